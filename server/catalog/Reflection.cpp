#include "catalog/Reflection.h"

#include "core/DTypes.h"

#include <QString>

#include <set>

namespace tsm::catalog {

namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

std::optional<QString> q(const std::optional<std::string>& s) {
    if (!s)
        return std::nullopt;
    return QString::fromStdString(*s);
}

QStringList qlist(const std::vector<std::string>& items) {
    QStringList out;
    for (const std::string& s : items)
        out << QString::fromStdString(s);
    return out;
}

std::string onDeleteName(const std::string& code) {
    if (code == "r")
        return "restrict";
    if (code == "c")
        return "cascade";
    if (code == "n")
        return "set null";
    if (code == "d")
        return "set default";
    return "no action";
}

std::string constraintType(const std::string& code) {
    if (code == "p")
        return "PRIMARY KEY";
    if (code == "u")
        return "UNIQUE";
    if (code == "f")
        return "FOREIGN KEY";
    if (code == "c")
        return "CHECK";
    if (code == "x")
        return "EXCLUDE";
    return code;
}

// A naive timestamp has no remote token (§3.2; the SDK refuses it): such columns are
// exposed as `timestamp with time zone`, and backend_type keeps the physical truth.
QString dataTypeFor(const std::string& backendType) {
    const QString token = cc::dtype::fromPostgresType(q(backendType));
    if (cc::dtype::isNaiveTimestamp(token))
        return QString::fromLatin1(cc::dtype::TimestampTz);
    return token;
}

} // namespace

std::optional<ReflectedTable> reflectTable(db::Connection& data, const std::string& schema,
                                           const std::string& table) {
    db::Result t = data.exec(
        "SELECT c.oid, obj_description(c.oid, 'pg_class'), "
        "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') "
        "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = $1 AND c.relname = $2 AND c.relkind IN ('r', 'p', 'v', 'm', 'f')",
        db::Params(schema, table));
    if (t.rows() == 0)
        return std::nullopt;
    const std::string oid = t.text(0, 0);
    ReflectedTable out;
    out.schema = schema;
    out.table = table;
    out.description = t.optText(0, 1);
    out.introspectedAt = t.text(0, 2);

    db::Result cols = data.exec(
        "SELECT a.attname, format_type(a.atttypid, a.atttypmod), NOT a.attnotnull, "
        "pg_get_expr(d.adbin, d.adrelid), a.attnum, col_description(a.attrelid, a.attnum) "
        "FROM pg_catalog.pg_attribute a LEFT JOIN pg_catalog.pg_attrdef d "
        "ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
        "WHERE a.attrelid = $1::oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum",
        db::Params(oid));
    for (int i = 0; i < cols.rows(); ++i) {
        ReflectedColumn c;
        c.name = cols.text(i, 0);
        c.backendType = cols.text(i, 1);
        c.nullable = cols.toBool(i, 2);
        c.defaultExpr = cols.optText(i, 3);
        c.ordinal = int(cols.toInt(i, 4));
        c.description = cols.optText(i, 5);
        out.columns.push_back(c);
    }

    db::Result idx = data.exec(
        "SELECT ic.relname, i.indisunique, i.indisprimary, am.amname, "
        "ARRAY(SELECT a.attname FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(attnum, ord) "
        "JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum "
        "WHERE k.ord <= i.indnkeyatts ORDER BY k.ord)::text[], "
        "pg_get_expr(i.indexprs, i.indrelid) "
        "FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid "
        "JOIN pg_catalog.pg_am am ON am.oid = ic.relam "
        "WHERE i.indrelid = $1::oid ORDER BY i.indisprimary DESC, ic.relname",
        db::Params(oid));
    for (int i = 0; i < idx.rows(); ++i) {
        ReflectedIndex x;
        x.name = idx.text(i, 0);
        x.unique = idx.toBool(i, 1);
        x.primary = idx.toBool(i, 2);
        x.method = idx.text(i, 3);
        x.columns = idx.toArray(i, 4);
        x.expression = idx.optText(i, 5);
        out.indexes.push_back(x);
    }

    db::Result con = data.exec(
        "SELECT con.conname, con.contype, "
        "ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord) "
        "JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum "
        "ORDER BY k.ord)::text[], pg_get_constraintdef(con.oid), tn.nspname, tc.relname, "
        "ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord) "
        "JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum "
        "ORDER BY k.ord)::text[], con.confdeltype "
        "FROM pg_catalog.pg_constraint con "
        "LEFT JOIN pg_catalog.pg_class tc ON tc.oid = con.confrelid "
        "LEFT JOIN pg_catalog.pg_namespace tn ON tn.oid = tc.relnamespace "
        "WHERE con.conrelid = $1::oid ORDER BY con.contype = 'p' DESC, con.conname",
        db::Params(oid));
    for (int i = 0; i < con.rows(); ++i) {
        ReflectedConstraint c;
        c.name = con.text(i, 0);
        c.type = constraintType(con.text(i, 1));
        c.columns = con.toArray(i, 2);
        c.definition = con.text(i, 3);
        out.constraints.push_back(c);
        if (c.type == "FOREIGN KEY") {
            ReflectedForeignKey fk;
            fk.name = c.name;
            fk.sourceColumns = c.columns;
            fk.targetSchema = con.text(i, 4);
            fk.targetTable = con.text(i, 5);
            fk.targetColumns = con.toArray(i, 6);
            fk.onDelete = onDeleteName(con.text(i, 7));
            out.foreignKeys.push_back(fk);
        }
    }

    std::set<std::string> primary;
    std::set<std::string> unique;
    for (const ReflectedIndex& x : out.indexes) {
        if (x.primary)
            primary.insert(x.columns.begin(), x.columns.end());
        else if (x.unique && x.columns.size() == 1 && !x.expression)
            unique.insert(x.columns.front());
    }
    for (ReflectedColumn& c : out.columns) {
        c.primaryKey = primary.count(c.name) > 0;
        c.unique = unique.count(c.name) > 0;
    }
    return out;
}

std::vector<std::string> tablesInSchema(db::Connection& data, const std::string& schema) {
    db::Result r =
        data.exec("SELECT c.relname FROM pg_catalog.pg_class c "
                  "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                  "WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT c.relispartition "
                  "ORDER BY c.relname",
                  db::Params(schema));
    std::vector<std::string> out;
    for (int i = 0; i < r.rows(); ++i)
        out.push_back(r.text(i, 0));
    return out;
}

cc::IntrospectionSnapshot toSnapshot(const ReflectedTable& table) {
    cc::IntrospectionSnapshot s;
    s.schema = q(table.schema);
    s.tableName = q(table.table);
    s.introspectedAt = q(table.introspectedAt);
    for (const ReflectedColumn& c : table.columns) {
        cc::SnapshotColumn sc;
        sc.name = q(c.name);
        sc.backendType = q(c.backendType);
        sc.dataType = dataTypeFor(c.backendType);
        sc.nullable = c.nullable;
        sc.defaultValue = q(c.defaultExpr);
        sc.ordinalPosition = c.ordinal;
        s.columns.push_back(sc);
    }
    s.indexes = toIndexes(table);
    for (const ReflectedConstraint& c : table.constraints) {
        cc::SnapshotConstraint sc;
        sc.name = q(c.name);
        sc.type = q(c.type);
        sc.columns = qlist(c.columns);
        sc.definition = q(c.definition);
        s.constraints.push_back(sc);
    }
    for (const ReflectedForeignKey& fk : table.foreignKeys) {
        cc::SnapshotForeignKey sf;
        sf.name = q(fk.name);
        sf.sourceColumns = qlist(fk.sourceColumns);
        sf.targetSchema = q(fk.targetSchema);
        sf.targetTable = q(fk.targetTable);
        sf.targetColumns = qlist(fk.targetColumns);
        sf.onDelete = q(fk.onDelete);
        s.foreignKeys.push_back(sf);
    }
    s.raw = cc::Json::object();
    return s;
}

cc::TableContract toContract(const ReflectedTable& table) {
    cc::TableContract contract;
    contract.physicalSchema = q(table.schema);
    contract.physicalTableName = q(table.table);
    for (const ReflectedColumn& c : table.columns) {
        cc::Column col;
        col.name = q(c.name);
        col.dataType = dataTypeFor(c.backendType);
        col.backendType = cc::dtype::normalizeBackendType(q(c.backendType));
        col.nullable = c.nullable;
        col.primaryKey = c.primaryKey;
        col.unique = c.unique;
        col.serverDefault = q(c.defaultExpr);
        col.description = q(c.description);
        contract.columns.push_back(col);
    }
    return contract;
}

std::vector<cc::Column> toColumns(const ReflectedTable& table, const cc::TableContract* contract) {
    std::vector<cc::Column> out;
    int position = 0;
    for (const ReflectedColumn& c : table.columns) {
        cc::Column col;
        col.name = q(c.name);
        col.dataType = dataTypeFor(c.backendType);
        col.backendType = cc::dtype::normalizeBackendType(q(c.backendType));
        col.nullable = c.nullable;
        col.primaryKey = c.primaryKey;
        col.unique = c.unique;
        col.serverDefault = q(c.defaultExpr);
        col.description = q(c.description);
        col.ordinalPosition = position++;
        if (const cc::Column* declared = contract ? contract->column(col.name) : nullptr) {
            if (!declared->dataType.isEmpty())
                col.dataType = cc::dtype::normalizeDataType(declared->dataType);
            if (declared->description)
                col.description = declared->description;
            col.label = declared->label;
            col.logicalName = declared->logicalName;
        }
        out.push_back(col);
    }
    return out;
}

std::vector<cc::Index> toIndexes(const ReflectedTable& table) {
    std::vector<cc::Index> out;
    for (const ReflectedIndex& x : table.indexes) {
        cc::Index i;
        i.name = q(x.name);
        i.columns = qlist(x.columns);
        i.unique = x.unique;
        i.method = q(x.method);
        i.expression = q(x.expression);
        out.push_back(i);
    }
    return out;
}

} // namespace tsm::catalog
