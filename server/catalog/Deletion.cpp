#include "catalog/Deletion.h"

#include "catalog/DataSourceStore.h"
#include "catalog/MetaTableStore.h"

#include <algorithm>
#include <deque>
#include <set>

namespace tsm::catalog {

namespace {

Refusal refusal(int status, const std::string& code, const std::string& detail) {
    Refusal r;
    r.status = status;
    r.code = code;
    r.detail = detail;
    return r;
}

std::string nameOf(const TableRow& row) {
    return row.identifier.value_or(row.physicalSchema + "." + row.physicalTableName);
}

// Edges from other tables into `targets` (self-references excluded).
db::Result incomingEdges(db::Connection& catalog, const std::vector<std::string>& targets) {
    return catalog.exec(
        "SELECT f.name, f.meta_table_uid::text, f.target_uid::text, f.source_columns::text, "
        "f.target_columns::text, f.on_delete FROM tsm.meta_foreign_key f "
        "WHERE f.target_uid = ANY($1::uuid[]) AND f.meta_table_uid <> f.target_uid "
        "ORDER BY f.target_uid, f.meta_table_uid, f.ordinal",
        db::Params().addArray(targets));
}

// Every transitive dependent of `root`, breadth-first, root first.
std::vector<std::string> withDependents(db::Connection& catalog, const std::string& root) {
    std::vector<std::string> order{root};
    std::set<std::string> seen{root};
    std::vector<std::string> frontier{root};
    while (!frontier.empty()) {
        db::Result edges = incomingEdges(catalog, frontier);
        frontier.clear();
        for (int i = 0; i < edges.rows(); ++i) {
            const std::string source = edges.text(i, 1);
            if (seen.insert(source).second) {
                order.push_back(source);
                frontier.push_back(source);
            }
        }
    }
    return order;
}

// Tables of the data source whose physical table no longer exists.
std::vector<std::string> tablesWithoutPhysical(db::Connection& catalog, db::Connection& data,
                                               const std::string& dataSourceUid) {
    db::Result rows =
        catalog.exec("SELECT uid::text, physical_schema, physical_table_name FROM tsm.meta_table "
                     "WHERE data_source_uid = $1::uuid",
                     db::Params(dataSourceUid));
    std::vector<std::string> schemas, names, uids;
    for (int i = 0; i < rows.rows(); ++i) {
        uids.push_back(rows.text(i, 0));
        schemas.push_back(rows.text(i, 1));
        names.push_back(rows.text(i, 2));
    }
    std::vector<std::string> missing;
    if (uids.empty())
        return missing;
    db::Result exists = data.exec(
        "SELECT to_regclass(format('%I.%I', s, n)) IS NOT NULL FROM unnest($1::text[], $2::text[]) "
        "WITH ORDINALITY AS x(s, n, i) ORDER BY i",
        db::Params().addArray(schemas).addArray(names));
    for (int i = 0; i < exists.rows() && i < int(uids.size()); ++i)
        if (!exists.toBool(i, 0))
            missing.push_back(uids[size_t(i)]);
    return missing;
}

} // namespace

DeleteOutcome deleteMetaTable(db::Connection& catalog, db::DataConnections& data,
                              const Principal& principal, const std::string& uid,
                              const DeleteOptions& options) {
    DeleteOutcome out;
    const std::optional<TableRow> root = tableRow(catalog, uid);
    if (!root) {
        out.refusal = refusal(404, "not_found", "Not found.");
        return out;
    }
    if (options.overrideProtection && !principal.atLeast(Role::Admin)) {
        out.refusal = refusal(403, "permission_denied",
                              "Only an administrator may override deletion protection.");
        return out;
    }

    std::vector<std::string> targets{uid};
    if (options.fullDeleteDownstreamTables) {
        targets = withDependents(catalog, uid);
    } else {
        db::Result edges = incomingEdges(catalog, {uid});
        if (edges.rows() > 0) {
            Refusal r = refusal(409, "incoming_foreign_keys",
                                "MetaTable '" + nameOf(*root) + "' is referenced by " +
                                    std::to_string(edges.rows()) +
                                    " foreign key(s) of other tables; delete them first or "
                                    "pass full_delete_downstream_tables=true.");
            cc::Json blocking = cc::Json::array();
            for (int i = 0; i < edges.rows(); ++i)
                blocking.push_back(
                    {{"name", edges.optText(i, 0) ? cc::Json(edges.text(i, 0)) : cc::Json()},
                     {"source_uid", edges.text(i, 1)},
                     {"target_uid", edges.text(i, 2)},
                     {"source_columns", edges.toArray(i, 3)},
                     {"target_columns", edges.toArray(i, 4)},
                     {"on_delete", edges.text(i, 5)}});
            r.topFields["blocking_edges"] = blocking;
            out.refusal = r;
            return out;
        }
    }

    const std::optional<DataSourceRecord> source = dataSourceByUid(catalog, root->dataSourceUid);
    std::optional<db::ConnectionPool::Lease> dataConnection;
    try {
        if (source)
            dataConnection.emplace(data.acquire(source->dsn));
    } catch (const db::PgError&) {
        // The data source is unreachable: catalog-only deletion still works.
    }
    if (options.deleteWithNoTable && dataConnection) {
        for (const std::string& orphan :
             tablesWithoutPhysical(catalog, **dataConnection, root->dataSourceUid))
            if (std::find(targets.begin(), targets.end(), orphan) == targets.end())
                targets.push_back(orphan);
    }

    std::vector<TableRow> rows = tableRows(catalog, targets);
    // Keep the planned order (root, then dependents) for the reply and reverse it for DROP.
    std::stable_sort(rows.begin(), rows.end(), [&](const TableRow& a, const TableRow& b) {
        return std::find(targets.begin(), targets.end(), a.uid) <
               std::find(targets.begin(), targets.end(), b.uid);
    });
    for (const TableRow& row : rows) {
        if (!row.visibleTo(principal)) {
            out.refusal = refusal(403, "permission_denied",
                                  "A dependent table is in a namespace you cannot see.");
            return out;
        }
        if (row.protect && !(options.overrideProtection && options.fullDeleteSelected)) {
            Refusal r = refusal(409, "protected",
                                "MetaTable '" + nameOf(row) +
                                    "' is protected from deletion; an administrator may pass "
                                    "override_protection=true with full_delete_selected=true.");
            r.errorFields["meta_table_uid"] = row.uid;
            out.refusal = r;
            return out;
        }
    }

    std::vector<std::string> drops;
    if (options.fullDeleteSelected)
        for (auto it = rows.rbegin(); it != rows.rend(); ++it)
            if (it->managementMode == "platform_managed")
                drops.push_back(db::quoteQualified(it->physicalSchema, it->physicalTableName));

    std::optional<db::Transaction> dataTx;
    if (!drops.empty()) {
        if (!dataConnection) {
            out.refusal =
                refusal(503, "data_source_unavailable",
                        "The data source is unreachable; physical tables cannot be dropped.");
            return out;
        }
        dataTx.emplace(**dataConnection);
        for (size_t i = 0; i < drops.size(); ++i) {
            try {
                (*dataConnection)->exec("DROP TABLE IF EXISTS " + drops[i]);
            } catch (const db::PgError& e) {
                Refusal r = refusal(409, "physical_drop_failed",
                                    "PostgreSQL refused to drop " + drops[i] + ": " + e.what());
                r.errorFields["sqlstate"] = e.sqlstate();
                out.refusal = r;
                return out;
            }
        }
    }

    db::Transaction catalogTx(catalog);
    catalog.exec("DELETE FROM tsm.meta_table WHERE uid = ANY($1::uuid[])",
                 db::Params().addArray(targets));
    for (const TableRow& row : rows)
        out.deletedMetaTables.push_back(
            {{"uid", row.uid},
             {"identifier", row.identifier ? cc::Json(*row.identifier) : cc::Json()}});
    for (auto it = rows.rbegin(); it != rows.rend(); ++it)
        if (options.fullDeleteSelected && it->managementMode == "platform_managed")
            out.droppedPhysicalTables.push_back(it->physicalSchema + "." + it->physicalTableName);

    if (options.dryRun) {
        catalogTx.rollback();
        if (dataTx)
            dataTx->rollback();
        return out;
    }
    if (dataTx)
        dataTx->commit(); // physical first: a retry finds them gone and completes the catalog
    catalogTx.commit();
    return out;
}

} // namespace tsm::catalog
