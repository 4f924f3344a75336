#include "catalog/MetaTableQuery.h"

#include "catalog/MetaTableStore.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <sstream>

namespace tsm::catalog {

namespace {

enum class Kind { Text, Uuid, Labels, Integer };

struct FieldSpec {
    std::string column; // SQL expression over alias t
    Kind kind;
    std::set<std::string> lookups;
};

const std::map<std::string, FieldSpec>& fields() {
    static const std::map<std::string, FieldSpec> table = {
        {"identifier", {"t.identifier", Kind::Text, {"exact", "in", "contains"}}},
        {"uid", {"t.uid", Kind::Uuid, {"exact", "in"}}},
        {"data_source__uid", {"t.data_source_uid", Kind::Uuid, {"exact", "in"}}},
        {"data_source__id",
         {"(SELECT d.id FROM tsm.data_source d WHERE d.uid = t.data_source_uid)",
          Kind::Integer,
          {"exact", "in"}}},
        {"namespace", {"t.namespace", Kind::Text, {"exact", "in", "contains", "isnull"}}},
        {"namespace_uid",
         {"tsm.name_uid('namespace:' || t.namespace)", Kind::Uuid, {"exact", "in"}}},
        {"management_mode", {"t.management_mode", Kind::Text, {"exact", "in"}}},
        {"provisioning_status", {"t.provisioning_status", Kind::Text, {"exact", "in"}}},
        {"schema_management_mode", {"t.schema_management_mode", Kind::Text, {"exact", "in"}}},
        {"migration_provider_key", {"t.migration_provider_key", Kind::Text, {"exact", "in"}}},
        {"physical_schema", {"t.physical_schema", Kind::Text, {"exact", "in"}}},
        {"physical_table_name", {"t.physical_table_name", Kind::Text, {"exact", "in", "contains"}}},
        {"labels", {"t.labels", Kind::Labels, {"exact", "in", "contains"}}},
    };
    return table;
}

std::vector<std::string> splitComma(const std::string& text) {
    std::vector<std::string> out;
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, ','))
        out.push_back(item);
    if (!text.empty() && text.back() == ',')
        out.emplace_back();
    return out;
}

bool isInteger(const std::string& s) {
    return !s.empty() && s.size() < 19 &&
           std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

// Collects WHERE clauses and their parameters.
class Where {
public:
    std::string bind(const std::string& value) {
        m_params.add(value);
        return "$" + std::to_string(m_params.size());
    }
    std::string bindArray(const std::vector<std::string>& values) {
        m_params.addArray(values);
        return "$" + std::to_string(m_params.size());
    }
    void add(const std::string& clause) { m_clauses.push_back(clause); }
    std::string sql() const {
        std::string out;
        for (const std::string& c : m_clauses)
            out += (out.empty() ? "" : " AND ") + c;
        return out.empty() ? "true" : out;
    }
    db::Params& params() { return m_params; }

private:
    std::vector<std::string> m_clauses;
    db::Params m_params;
};

std::string likePattern(const std::string& text) {
    std::string out = "%";
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "%";
}

void addTerm(Where& where, const FilterTerm& term) {
    const FieldSpec& spec = fields().at(term.field);
    if (term.lookup == "isnull") {
        where.add(spec.column + (term.values.front() == "true" ? " IS NULL" : " IS NOT NULL"));
        return;
    }
    if (spec.kind == Kind::Labels) {
        if (term.lookup == "exact")
            where.add(where.bind(term.values.front()) + " = ANY(t.labels)");
        else if (term.lookup == "in")
            where.add("t.labels && " + where.bindArray(term.values) + "::text[]");
        else
            where.add("t.labels @> " + where.bindArray(term.values) + "::text[]");
        return;
    }
    if (term.lookup == "contains") {
        where.add("strpos(" + spec.column + ", " + where.bind(term.values.front()) + ") > 0");
        return;
    }
    // Values that cannot match the column's type match nothing (no cast error).
    std::vector<std::string> values;
    for (const std::string& v : term.values) {
        if (spec.kind == Kind::Uuid && !isUuid(v))
            continue;
        if (spec.kind == Kind::Integer && !isInteger(v))
            continue;
        values.push_back(v);
    }
    if (values.empty()) {
        where.add("false");
        return;
    }
    const std::string cast = spec.kind == Kind::Uuid      ? "::uuid"
                             : spec.kind == Kind::Integer ? "::bigint"
                                                          : "::text";
    if (term.lookup == "exact")
        where.add(spec.column + " = " + where.bind(values.front()) + cast);
    else
        where.add(spec.column + " = ANY(" + where.bindArray(values) + cast + "[])");
}

// Filters, visibility and `search` over alias t (search joins alias s).
void addQuery(Where& where, const TableQuery& query) {
    const std::string ns = where.bindArray(query.viewerNamespaces);
    where.add("('*' = ANY(" + ns + "::text[]) OR t.namespace = ANY(" + ns + "::text[]))");
    for (const FilterTerm& term : query.filters)
        addTerm(where, term);
    std::stringstream words(query.search);
    std::string word;
    while (words >> word)
        where.add("s.catalog_text ILIKE " + where.bind(likePattern(word)));
}

PageIds readPage(const db::Result& r) {
    PageIds page;
    for (int i = 0; i < r.rows(); ++i)
        page.uids.push_back(r.text(i, 0));
    return page;
}

} // namespace

bool addFilter(TableQuery& query, const std::string& key, const std::vector<std::string>& values,
               bool commaJoined, std::string& error) {
    std::string field = key;
    std::string lookup = "exact";
    for (const char* suffix : {"__in", "__contains", "__isnull", "__exact"}) {
        const std::string s = suffix;
        if (key.size() > s.size() && key.compare(key.size() - s.size(), s.size(), s) == 0) {
            field = key.substr(0, key.size() - s.size());
            lookup = s.substr(2);
            break;
        }
    }
    if (field == "identifiers" && lookup == "exact") { // §2.2 alias of identifier__in
        field = "identifier";
        lookup = "in";
    }
    auto spec = fields().find(field);
    if (spec == fields().end())
        return true;
    if (!spec->second.lookups.count(lookup)) {
        error = "Unsupported lookup '" + lookup + "' for filter '" + field + "'.";
        return false;
    }
    if (values.empty()) {
        error = "Filter '" + key + "' needs a value.";
        return false;
    }
    FilterTerm term{field, lookup, {}};
    if (lookup == "in" || (lookup == "contains" && spec->second.kind == Kind::Labels)) {
        for (const std::string& v : values)
            for (const std::string& item :
                 commaJoined ? splitComma(v) : std::vector<std::string>{v})
                term.values.push_back(item);
    } else {
        term.values.push_back(values.back());
    }
    if (lookup == "isnull") {
        std::string v = term.values.front();
        std::transform(v.begin(), v.end(), v.begin(),
                       [](unsigned char c) { return std::tolower(c); });
        if (v == "true" || v == "1")
            term.values = {"true"};
        else if (v == "false" || v == "0")
            term.values = {"false"};
        else {
            error = "Filter '" + key + "' needs a boolean, got '" + term.values.front() + "'.";
            return false;
        }
    }
    query.filters.push_back(term);
    return true;
}

PageIds listTables(db::Connection& connection, const TableQuery& query) {
    Where where;
    addQuery(where, query);
    const std::string from = query.search.empty()
                                 ? " FROM tsm.meta_table t WHERE "
                                 : " FROM tsm.meta_table t JOIN tsm.table_search_index s "
                                   "ON s.meta_table_uid = t.uid WHERE ";
    const std::string condition = where.sql();
    db::Params countParams = where.params();
    const std::string limit = where.bind(std::to_string(query.limit));
    const std::string offset = where.bind(std::to_string(query.offset));
    PageIds page =
        readPage(connection.exec("SELECT t.uid::text" + from + condition +
                                     " ORDER BY t.namespace, t.identifier, t.uid LIMIT " + limit +
                                     "::bigint OFFSET " + offset + "::bigint",
                                 where.params()));
    if (query.offset == 0 && (long long)page.uids.size() < query.limit)
        page.count = (long long)page.uids.size();
    else
        page.count = connection.exec("SELECT count(*)" + from + condition, countParams).toInt(0, 0);
    return page;
}

namespace {

// The two legs of description-search. Full text: ts_rank_cd of the OR of the query's
// words over the document. Trigram: every query word is matched to the catalog
// vocabulary by pg_trgm similarity (at most three words each, so typos still match);
// a document scores the mean over query words of its best matching word's similarity.
const char* const kDescriptionSearchSql = R"SQL(
WITH qw AS (
  SELECT DISTINCT w FROM regexp_split_to_table(lower(%TEXT%), '[^[:alnum:]]+') AS w
  WHERE length(w) >= 2
), fz AS (
  SELECT qw.w AS qword, v.word, v.sim, to_tsquery('english', v.word) AS tq
  FROM qw CROSS JOIN LATERAL (
    SELECT word, similarity(word, qw.w) AS sim FROM tsm.search_vocabulary
    WHERE word % qw.w ORDER BY sim DESC, word LIMIT 3) AS v
), fuzzy AS (
  SELECT to_tsquery('english', string_agg(word, ' | ')) AS tq FROM fz
), fts AS (
  SELECT t.uid, ts_rank_cd(s.document_tsv, websearch_to_tsquery('english', %TSQ%), 32) AS r
  FROM tsm.meta_table t JOIN tsm.table_search_index s ON s.meta_table_uid = t.uid
  WHERE %TSQ% <> '' AND s.document_tsv @@ websearch_to_tsquery('english', %TSQ%) AND %COND%
  ORDER BY r DESC, t.uid LIMIT %FTSK%::bigint
), trg AS (
  SELECT t.uid,
         (SELECT coalesce(sum(b.best), 0) FROM (SELECT max(fz.sim) AS best FROM fz
            WHERE s.document_tsv @@ fz.tq GROUP BY fz.qword) AS b)
           / greatest((SELECT count(*) FROM qw), 1) AS sim
  FROM fuzzy, tsm.meta_table t JOIN tsm.table_search_index s ON s.meta_table_uid = t.uid
  WHERE fuzzy.tq IS NOT NULL AND s.document_tsv @@ fuzzy.tq AND %COND%
  ORDER BY sim DESC, t.uid LIMIT %TRGK%::bigint
), scored AS (
  SELECT c.uid, (1 - %W%::float8) * coalesce(max(fts.r), 0)
                + %W%::float8 * coalesce(max(trg.sim), 0) AS score
  FROM (SELECT uid FROM fts UNION SELECT uid FROM trg) AS c
  LEFT JOIN fts ON fts.uid = c.uid LEFT JOIN trg ON trg.uid = c.uid
  GROUP BY c.uid
)
SELECT uid::text, count(*) OVER () FROM scored
ORDER BY score DESC, uid LIMIT %LIMIT%::bigint OFFSET %OFFSET%::bigint
)SQL";

std::string fill(std::string sql, const std::map<std::string, std::string>& values) {
    for (const auto& [key, value] : values)
        for (size_t at; (at = sql.find(key)) != std::string::npos;)
            sql.replace(at, key.size(), value);
    return sql;
}

} // namespace

PageIds descriptionSearch(db::Connection& connection, const DescriptionSearch& search,
                          const TableQuery& query) {
    // OR of the query's words: any of them may match the document. websearch_to_tsquery
    // never fails on odd input.
    std::string tsquery;
    std::string word;
    for (char c : search.q + " ") {
        if (std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80)) {
            word += c;
        } else if (!word.empty()) {
            tsquery += (tsquery.empty() ? "" : " or ") + word;
            word.clear();
        }
    }
    Where where;
    addQuery(where, query);
    const std::string condition = where.sql();
    const std::map<std::string, std::string> values = {
        {"%COND%", condition},
        {"%TSQ%", where.bind(tsquery)},
        {"%TEXT%", where.bind(search.q)},
        {"%FTSK%", where.bind(std::to_string(search.ftsK))},
        {"%TRGK%", where.bind(std::to_string(search.trigramK))},
        {"%W%", where.bind(std::to_string(search.wTrgm))},
        {"%LIMIT%", where.bind(std::to_string(query.limit))},
        {"%OFFSET%", where.bind(std::to_string(query.offset))}};
    db::Result r = connection.exec(fill(kDescriptionSearchSql, values), where.params());
    PageIds page = readPage(r);
    page.count = r.rows() > 0 ? r.toInt(0, 1) : 0;
    if (r.rows() == 0 && query.offset > 0) {
        // Past the end: count the candidates without a page.
        PageIds all = descriptionSearch(
            connection, search,
            TableQuery{query.filters, query.search, 1, 0, query.viewerNamespaces});
        page.count = all.count;
    }
    return page;
}

PageIds columnSearch(db::Connection& connection, const std::string& q, const TableQuery& query) {
    Where where;
    addQuery(where, query);
    const std::string condition = where.sql();
    const std::string term = where.bind(q);
    const std::string pattern = where.bind(likePattern(q));
    const std::string limit = where.bind(std::to_string(query.limit));
    const std::string offset = where.bind(std::to_string(query.offset));
    const std::string sql =
        "SELECT t.uid::text, count(*) OVER (), max(CASE WHEN lower(c.name) = lower(" + term +
        ") THEN 2.0 WHEN c.name ILIKE " + pattern + " THEN 1.0 + similarity(c.name, " + term +
        ") ELSE similarity(c.name, " + term +
        ") END) AS score, t.namespace, t.identifier FROM tsm.meta_column c JOIN tsm.meta_table t "
        "ON t.uid = c.meta_table_uid WHERE (c.name ILIKE " +
        pattern + " OR c.name % " + term + ") AND " + condition +
        " GROUP BY t.uid ORDER BY score DESC, t.namespace, t.identifier, t.uid LIMIT " + limit +
        "::bigint OFFSET " + offset + "::bigint";
    db::Result r = connection.exec(sql, where.params());
    PageIds page = readPage(r);
    page.count = r.rows() > 0 ? r.toInt(0, 1) : 0;
    if (r.rows() == 0 && query.offset > 0)
        page.count =
            columnSearch(connection, q,
                         TableQuery{query.filters, query.search, 1, 0, query.viewerNamespaces})
                .count;
    return page;
}

std::vector<NamespaceCount> visibleNamespaces(db::Connection& connection,
                                              const std::vector<std::string>& viewerNamespaces) {
    db::Result r = connection.exec(
        "SELECT t.namespace, count(*) FROM tsm.meta_table t WHERE t.namespace IS NOT NULL AND " +
            visibilityCondition("t", 1) + " GROUP BY t.namespace ORDER BY t.namespace",
        db::Params().addArray(viewerNamespaces));
    std::vector<NamespaceCount> out;
    for (int i = 0; i < r.rows(); ++i)
        out.push_back({r.text(i, 0), r.toInt(i, 1)});
    return out;
}

} // namespace tsm::catalog
