#include "exec/StatementGuard.h"

#include "exec/PlanShape.h"
#include "exec/RoutinePolicy.h"

#include "core/Json.h"

#include <map>
#include <set>

namespace tsm::exec {

namespace {

// Every function and operator the probe function's body refers to, following views into
// their rewrite rules. Built-in objects are pinned and never appear in pg_depend, so their
// OIDs are read from the stored parse trees (FuncExpr, Aggref, WindowFunc, OpExpr nodes);
// user-defined ones are also found through pg_depend, whatever node refers to them.
// Text that a statement controls (aliases, constants) can only add OIDs, never hide one.
const char* const kRoutinesQuery = R"SQL(
WITH RECURSIVE bodies(classid, objid, tree) AS (
    SELECT 'pg_catalog.pg_proc'::pg_catalog.regclass::pg_catalog.oid, p.oid,
           p.prosqlbody::pg_catalog.text
      FROM pg_catalog.pg_proc p
     WHERE p.proname = 'cc_scope_probe' AND p.pronamespace = pg_catalog.pg_my_temp_schema()
    UNION
    SELECT 'pg_catalog.pg_rewrite'::pg_catalog.regclass::pg_catalog.oid, r.oid,
           r.ev_action::pg_catalog.text
      FROM bodies b
     CROSS JOIN LATERAL pg_catalog.regexp_matches(b.tree, ':relid (\d+)', 'g') AS m(v)
      JOIN pg_catalog.pg_class c ON c.oid = m.v[1]::pg_catalog.oid AND c.relkind = 'v'
      JOIN pg_catalog.pg_rewrite r ON r.ev_class = c.oid
), used(classid, oid) AS (
    SELECT 'pg_catalog.pg_proc'::pg_catalog.regclass::pg_catalog.oid, m.v[1]::pg_catalog.oid
      FROM bodies b
     CROSS JOIN LATERAL pg_catalog.regexp_matches(
           b.tree, ':(?:funcid|aggfnoid|winfnoid) (\d+)', 'g') AS m(v)
    UNION
    SELECT 'pg_catalog.pg_operator'::pg_catalog.regclass::pg_catalog.oid, m.v[1]::pg_catalog.oid
      FROM bodies b
     CROSS JOIN LATERAL pg_catalog.regexp_matches(b.tree, ':opno (\d+)', 'g') AS m(v)
    UNION
    SELECT d.refclassid, d.refobjid
      FROM bodies b JOIN pg_catalog.pg_depend d ON d.classid = b.classid AND d.objid = b.objid
)
SELECT 'function', n.nspname, p.proname, n.nspname, p.proname, p.provolatile
  FROM used
  JOIN pg_catalog.pg_proc p
    ON used.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND p.oid = used.oid
  JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
UNION ALL
SELECT 'operator', n.nspname, o.oprname, fn.nspname, f.proname, f.provolatile
  FROM used
  JOIN pg_catalog.pg_operator o
    ON used.classid = 'pg_catalog.pg_operator'::pg_catalog.regclass AND o.oid = used.oid
  JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace
  LEFT JOIN pg_catalog.pg_proc f ON f.oid = o.oprcode
  LEFT JOIN pg_catalog.pg_namespace fn ON fn.oid = f.pronamespace
)SQL";

// For relations outside the scope: their ancestors through partitioning or inheritance.
const char* const kAncestorsQuery = R"SQL(
WITH RECURSIVE up(child, ancestor) AS (
    SELECT c.oid, c.oid
      FROM pg_catalog.jsonb_to_recordset($1::pg_catalog.jsonb)
           AS r(s pg_catalog.text, t pg_catalog.text)
      JOIN pg_catalog.pg_namespace n ON n.nspname = r.s
      JOIN pg_catalog.pg_class c ON c.relnamespace = n.oid AND c.relname = r.t
    UNION
    SELECT up.child, i.inhparent
      FROM up JOIN pg_catalog.pg_inherits i ON i.inhrelid = up.ancestor
)
SELECT cn.nspname, cc.relname, an.nspname, ac.relname
  FROM up
  JOIN pg_catalog.pg_class cc ON cc.oid = up.child
  JOIN pg_catalog.pg_namespace cn ON cn.oid = cc.relnamespace
  JOIN pg_catalog.pg_class ac ON ac.oid = up.ancestor
  JOIN pg_catalog.pg_namespace an ON an.oid = ac.relnamespace
 WHERE up.ancestor <> up.child
)SQL";

std::string value(const PGresult* result, int row, int column) {
    return std::string(PQgetvalue(result, row, column),
                       std::size_t(PQgetlength(result, row, column)));
}

std::string upper(std::string s) {
    for (char& c : s)
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
    return s;
}

// "an UPDATE", "an INSERT ... ON CONFLICT", "a SELECT"
std::string describeType(const std::string& type) {
    if (type == "upsert")
        return "an INSERT ... ON CONFLICT";
    if (type == "insert")
        return "an INSERT without ON CONFLICT";
    if (type == "select")
        return "a SELECT";
    return (type == "update" ? "an " : "a ") + upper(type);
}

Refusal unsupported(const SqlFailure& failure) {
    return badRequest("unsupported_statement",
                      "Only SELECT, INSERT, UPDATE and DELETE statements can be executed: " +
                          failure.message,
                      cc::Json{{"sqlstate", failure.sqlstate}});
}

class Guard {
public:
    Guard(PgSession& session, const GuardRequest& request, std::vector<Oid>& types)
        : m_session(session)
        , m_request(request)
        , m_types(types) {}

    std::optional<Refusal> run() {
        if (std::optional<Refusal> r = prepare())
            return r;
        const PgReply savepoint = m_session.exec("SAVEPOINT cc_guard");
        if (!savepoint.ok())
            return failed(*savepoint.failure);
        std::optional<Refusal> refusal = checkRoutines();
        if (!refusal)
            refusal = checkPlan();
        const PgReply back = m_session.exec("ROLLBACK TO SAVEPOINT cc_guard; "
                                            "RELEASE SAVEPOINT cc_guard");
        if (!refusal && !back.ok())
            return failed(*back.failure);
        return refusal;
    }

private:
    Refusal failed(const SqlFailure& failure) const {
        return refusalFor(failure, m_request.statementTimeoutMs);
    }

    std::optional<Refusal> prepare() {
        const BoundStatement& statement = *m_request.statement;
        const PgReply prepared = m_session.prepare(statement.sql, m_types);
        if (!prepared.ok()) {
            if (prepared.failure->message.find("cannot insert multiple commands") !=
                std::string::npos)
                return badRequest("multiple_statements", "The SQL must be exactly one statement.",
                                  cc::Json{{"sqlstate", prepared.failure->sqlstate}});
            return failed(*prepared.failure);
        }
        const PgReply described = m_session.describePrepared();
        if (!described.ok())
            return failed(*described.failure);
        const int count = PQnparams(described.get());
        if (count != int(statement.values.size()))
            return badRequest("invalid_parameters",
                              "The SQL uses " + std::to_string(count) + " parameters but binds " +
                                  std::to_string(statement.values.size()) +
                                  "; write parameters only as pyformat placeholders.");
        m_types.resize(std::size_t(count));
        for (int i = 0; i < count; ++i)
            m_types[std::size_t(i)] = PQparamtype(described.get(), i);
        return std::nullopt;
    }

    std::optional<Refusal> checkRoutines() {
        // Parameters become typed NULLs in the probe: a function takes at most 100
        // arguments, an expanded IN list easily more. Types resolve the same functions.
        std::vector<std::string> typeNames;
        if (!m_types.empty()) {
            std::string oids = "{";
            for (std::size_t i = 0; i < m_types.size(); ++i)
                oids += (i ? "," : "") + std::to_string(m_types[i]);
            oids += "}";
            const PgReply names = m_session.execParams(
                "SELECT pg_catalog.format_type(t, NULL) FROM "
                "pg_catalog.unnest($1::pg_catalog.oid[]) WITH ORDINALITY AS u(t, n) ORDER BY n",
                {oids}, {});
            if (!names.ok())
                return failed(*names.failure);
            for (int i = 0; i < PQntuples(names.get()); ++i)
                typeNames.push_back(value(names.get(), i, 0));
        }
        if (typeNames.size() != m_types.size())
            return Refusal{500, "internal_error", "Parameter types could not be named.",
                           cc::Json::object()};
        const std::string body = m_request.statement->render([&](int position) {
            return "CAST(NULL AS " + typeNames[std::size_t(position - 1)] + ")";
        });
        // The new line keeps a trailing `--` comment from swallowing the END.
        const std::string probe = "CREATE FUNCTION pg_temp.cc_scope_probe() RETURNS void "
                                  "LANGUAGE sql BEGIN ATOMIC\n" +
                                  body + "\n; END";
        const PgReply created = m_session.execParams(probe, {}, {});
        if (!created.ok()) {
            if (created.failure->sqlstate == "57014" || created.failure->sqlstate.empty())
                return failed(*created.failure);
            return unsupported(*created.failure);
        }
        const PgReply routines = m_session.execParams(kRoutinesQuery, {}, {});
        if (!routines.ok())
            return failed(*routines.failure);
        for (int i = 0; i < PQntuples(routines.get()); ++i) {
            RoutineUse use;
            use.kind = value(routines.get(), i, 0);
            use.schema = value(routines.get(), i, 1);
            use.name = value(routines.get(), i, 2);
            use.functionSchema = value(routines.get(), i, 3);
            use.functionName = value(routines.get(), i, 4);
            const std::string volatility = value(routines.get(), i, 5);
            use.volatility = volatility.empty() ? 'v' : volatility[0];
            if (std::optional<std::string> why = refusedRoutine(use))
                return forbidden("function_not_allowed", *why,
                                 cc::Json{{"function", use.schema + "." + use.name}});
        }
        return std::nullopt;
    }

    std::optional<Refusal> checkPlan() {
        const BoundStatement& statement = *m_request.statement;
        const PgReply explained = m_session.execParams(
            "EXPLAIN (VERBOSE, FORMAT JSON) " + statement.sql, statement.values, m_types);
        if (!explained.ok()) {
            if (explained.failure->sqlstate == "42601")
                return unsupported(*explained.failure);
            return failed(*explained.failure);
        }
        if (PQntuples(explained.get()) != 1 || PQnfields(explained.get()) != 1)
            return Refusal{500, "internal_error", "EXPLAIN gave no plan.", cc::Json::object()};
        const std::optional<PlanShape> shape = readPlanShape(value(explained.get(), 0, 0));
        if (!shape)
            return Refusal{500, "internal_error", "EXPLAIN gave a plan that cannot be read.",
                           cc::Json::object()};
        if (std::optional<Refusal> r = checkType(*shape))
            return r;
        return checkScope(*shape);
    }

    std::optional<Refusal> checkType(const PlanShape& shape) const {
        const std::string& type = shape.statementType;
        if (type != "select" && type != "insert" && type != "update" && type != "delete" &&
            type != "upsert")
            return badRequest("unsupported_statement",
                              "Only SELECT, INSERT, UPDATE and DELETE statements can be "
                              "executed; this one is " +
                                  describeType(type) + ".",
                              cc::Json{{"statement_type", type}});
        if (type != m_request.operation)
            return badRequest("operation_mismatch",
                              "The statement is " + describeType(type) +
                                  ", but the operation is '" + m_request.operation + "'.",
                              cc::Json{{"statement_type", type}});
        if (shape.nestedWriteType)
            return badRequest("operation_mismatch",
                              "The statement is " + describeType(type) + " but also runs " +
                                  describeType(*shape.nestedWriteType) +
                                  " in a WITH clause; the operation is '" + m_request.operation +
                                  "'.",
                              cc::Json{{"statement_type", *shape.nestedWriteType}});
        return std::nullopt;
    }

    std::optional<Refusal> checkScope(const PlanShape& shape) {
        std::map<RelationName, bool> writable; // scope: relation -> write access
        for (const ScopedRelation& s : *m_request.scope) {
            bool& w = writable[RelationName{s.schema, s.table}];
            w = w || s.write;
        }
        std::vector<RelationName> outside;
        for (const RelationName& r : shape.touched)
            if (!writable.count(r))
                outside.push_back(r);
        // Partitions and inheritance children inherit the access of a scoped ancestor.
        std::map<RelationName, std::vector<RelationName>> ancestors;
        if (!outside.empty()) {
            cc::Json list = cc::Json::array();
            for (const RelationName& r : outside)
                list.push_back(cc::Json{{"s", r.schema}, {"t", r.table}});
            const PgReply found = m_session.execParams(
                kAncestorsQuery, {list.dump(-1, ' ', false, cc::Json::error_handler_t::replace)},
                {});
            if (!found.ok())
                return failed(*found.failure);
            for (int i = 0; i < PQntuples(found.get()); ++i)
                ancestors[RelationName{value(found.get(), i, 0), value(found.get(), i, 1)}]
                    .push_back(RelationName{value(found.get(), i, 2), value(found.get(), i, 3)});
        }
        const auto access = [&](const RelationName& r) -> std::optional<bool> {
            const auto direct = writable.find(r);
            if (direct != writable.end())
                return direct->second;
            std::optional<bool> best;
            for (const RelationName& a : ancestors[r]) {
                const auto it = writable.find(a);
                if (it != writable.end())
                    best = (best && *best) || it->second;
            }
            return best;
        };
        for (const RelationName& r : shape.touched)
            if (!access(r))
                return forbidden("scope_access_denied",
                                 "The statement uses " + r.qualified() +
                                     ", which is not in the operation's scope.",
                                 cc::Json{{"relation", r.qualified()}, {"access", "read"}});
        for (const RelationName& r : shape.written) {
            const std::optional<bool> w = access(r);
            if (!w || !*w)
                return forbidden("scope_access_denied",
                                 "The statement writes " + r.qualified() +
                                     ", which the scope grants no write access to.",
                                 cc::Json{{"relation", r.qualified()}, {"access", "write"}});
        }
        return std::nullopt;
    }

    PgSession& m_session;
    const GuardRequest& m_request;
    std::vector<Oid>& m_types;
};

} // namespace

std::optional<Refusal> guardStatement(PgSession& session, const GuardRequest& request,
                                      std::vector<Oid>& types) {
    return Guard(session, request, types).run();
}

} // namespace tsm::exec
