#pragma once

#include "catalog/Principal.h"
#include "db/PgConnection.h"

#include <optional>
#include <string>
#include <vector>

namespace tsm::catalog {

// One §2.1 filter: `field` with `lookup` (exact, in, contains, isnull) over `values`
// (one value, or several for `in`).
struct FilterTerm {
    std::string field;
    std::string lookup;
    std::vector<std::string> values;
};

// Filters, free text and paging of a list or search request. Visibility is always
// applied: only tables in the viewer's namespaces are found.
struct TableQuery {
    std::vector<FilterTerm> filters;
    std::string search; // list `search=`: every word must appear in the catalog text
    long long limit = 100;
    long long offset = 0;
    std::vector<std::string> viewerNamespaces; // "*" = all
};

// Adds `key` (e.g. `namespace__in`) with its raw values to the query. Keys that are
// not filters return true and are ignored (DRF ignores unknown parameters); a known
// field with a lookup it does not support, or a malformed value, returns false and
// sets `error`. `commaJoined`: `__in` values arrive as one comma-joined string.
bool addFilter(TableQuery& query, const std::string& key, const std::vector<std::string>& values,
               bool commaJoined, std::string& error);

struct PageIds {
    long long count = 0;
    std::vector<std::string> uids; // in reply order
};

// `GET meta_table/`: ordered by namespace, identifier, uid.
PageIds listTables(db::Connection& connection, const TableQuery& query);

// `GET description-search/`: PostgreSQL full-text rank (ts_rank_cd over the document)
// blended with pg_trgm word similarity: score = (1 - wTrgm) * rank + wTrgm * similarity.
// `ftsK` and `trigramK` cap the candidates each leg contributes.
struct DescriptionSearch {
    std::string q;
    long long trigramK = 200;
    long long ftsK = 200; // the `embed_k` parameter: this server has no embedding leg
    double wTrgm = 0.65;
};
PageIds descriptionSearch(db::Connection& connection, const DescriptionSearch& search,
                          const TableQuery& query);

// `GET column-search/`: tables having a column whose name equals, contains or is
// trigram-similar to `q`, best match first.
PageIds columnSearch(db::Connection& connection, const std::string& q, const TableQuery& query);

// Namespaces the viewer can see, with their table counts, ordered by name.
struct NamespaceCount {
    std::string name;
    long long tables = 0;
};
std::vector<NamespaceCount> visibleNamespaces(db::Connection& connection,
                                              const std::vector<std::string>& viewerNamespaces);

} // namespace tsm::catalog
