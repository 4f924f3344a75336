#include "catalog/SearchIndex.h"

namespace tsm::catalog {

namespace {

// Identifiers such as `markets.price_bars_daily` become words for the text search parser.
const char* const kRefreshSql = R"SQL(
WITH docs AS (
  SELECT t.uid,
         concat_ws(' ', t.identifier, t.namespace, t.physical_schema, t.physical_table_name,
                   t.physical_schema || '.' || t.physical_table_name, t.description,
                   array_to_string(t.labels, ' '), ds.name) AS catalog_text,
         coalesce((SELECT string_agg(concat_ws(' ', c.name, c.logical_name, c.label,
                                               c.description), ' ' ORDER BY c.ordinal_position)
                   FROM tsm.meta_column c WHERE c.meta_table_uid = t.uid), '') AS column_text,
         concat_ws(' ', t.identifier, t.namespace, t.physical_table_name) AS name_text,
         concat_ws(' ', t.description, array_to_string(t.labels, ' '), ds.name) AS about_text
  FROM tsm.meta_table t JOIN tsm.data_source ds ON ds.uid = t.data_source_uid
  WHERE %WHERE%
)
INSERT INTO tsm.table_search_index AS s
  (meta_table_uid, catalog_text, document, document_tsv, updated_at)
SELECT uid, catalog_text, catalog_text || ' ' || column_text,
       setweight(to_tsvector('english', translate(name_text, '_.', '  ')), 'A')
       || setweight(to_tsvector('english', translate(about_text, '_.', '  ')), 'B')
       || setweight(to_tsvector('english', translate(column_text, '_.', '  ')), 'C'),
       now()
FROM docs
ON CONFLICT (meta_table_uid) DO UPDATE SET catalog_text = EXCLUDED.catalog_text,
  document = EXCLUDED.document, document_tsv = EXCLUDED.document_tsv,
  updated_at = EXCLUDED.updated_at
)SQL";

const char* const kVocabularySql = R"SQL(
INSERT INTO tsm.search_vocabulary (word)
SELECT DISTINCT w FROM tsm.table_search_index s,
  regexp_split_to_table(lower(s.document), '[^[:alnum:]]+') AS w
WHERE %WHERE% AND length(w) BETWEEN 3 AND 40
ON CONFLICT DO NOTHING
)SQL";

std::string withWhere(std::string sql, const std::string& where) {
    sql.replace(sql.find("%WHERE%"), 7, where);
    return sql;
}

std::string refreshSql(const std::string& where) {
    std::string sql = kRefreshSql;
    sql.replace(sql.find("%WHERE%"), 7, where);
    return sql;
}

} // namespace

void refreshSearchDocuments(db::Connection& connection, const std::vector<std::string>& uids) {
    if (uids.empty())
        return;
    const db::Params byUid = db::Params().addArray(uids);
    connection.exec(refreshSql("t.uid = ANY($1::uuid[])"), byUid);
    connection.exec(withWhere(kVocabularySql, "s.meta_table_uid = ANY($1::uuid[])"), byUid);
}

void refreshAllSearchDocuments(db::Connection& connection) {
    connection.exec(refreshSql("true"));
    connection.exec(withWhere(kVocabularySql, "true"));
}

} // namespace tsm::catalog
