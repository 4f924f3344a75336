#include "seed/SyntheticSeed.h"

#include "catalog/CatalogSchema.h"
#include "catalog/DataSourceStore.h"
#include "catalog/SearchIndex.h"
#include "db/PgConnection.h"

#include <chrono>

namespace tsm::seed {

namespace {

// $1 data source uid, $2 namespace (also the physical schema), $3 table count.
const char* const kTablesSql = R"SQL(
WITH spec AS (
  SELECT g AS n,
         (ARRAY['sales','risk','finance','ops','market','credit','client','treasury','compliance','product'])[1 + g % 10] AS domain,
         (ARRAY['orders','accounts','positions','prices','events','limits','invoices','payments','ratings','exposures','trades','quotes'])[1 + (g * 7) % 12] AS entity,
         (ARRAY['daily','monthly','intraday','historical','current','staged'])[1 + (g * 3) % 6] AS flavour
  FROM generate_series(1, $3::integer) AS g
), named AS (
  SELECT n, domain, entity, flavour,
         domain || '_' || entity || '_' || lpad(n::text, 5, '0') AS name
  FROM spec
), ins AS (
  INSERT INTO tsm.meta_table (uid, data_source_uid, identifier, namespace, description, labels,
    management_mode, provisioning_status, schema_management_mode, physical_schema,
    physical_table_name, table_contract, registration, organization_owner_uid)
  SELECT tsm.name_uid('meta_table:' || $1::text || ':' || $2 || '.' || name), $1::text::uuid,
         $2 || '.' || name, $2,
         initcap(flavour) || ' ' || entity || ' of the ' || domain || ' domain, table ' || n
           || '; feeds ' || (ARRAY['reporting','risk models','billing','dashboards','reconciliation'])[1 + n % 5] || '.',
         ARRAY[domain, flavour, 'synthetic'],
         'external_registered', 'active', 'external_registered', $2, name,
         jsonb_build_object('version', 'relational-table.v1',
           'physical', jsonb_build_object('schema', $2, 'table_name', name),
           'columns', '[]'::jsonb, 'constraints', '[]'::jsonb),
         '{"created": true, "mode": "external_registered"}'::jsonb,
         tsm.name_uid('organization:tsm-refserver')
  FROM named
  ON CONFLICT (data_source_uid, physical_schema, physical_table_name) DO NOTHING
  RETURNING uid, physical_table_name
)
INSERT INTO synthetic_new (uid, n)
SELECT uid, right(physical_table_name, 5)::integer FROM ins
)SQL";

// Columns: id, one reference column per FK ($1), then up to four attributes.
const char* const kColumnsSql = R"SQL(
INSERT INTO tsm.meta_column (meta_table_uid, ordinal_position, name, data_type, backend_type,
  nullable, primary_key, is_unique, description)
SELECT s.uid, c.pos, c.name, c.data_type, c.backend_type, c.nullable, c.pos = 0, false, c.description
FROM synthetic_new s
CROSS JOIN LATERAL (
  SELECT 0 AS pos, 'id' AS name, 'int64' AS data_type, 'bigint' AS backend_type, false AS nullable,
         'Surrogate key' AS description
  UNION ALL
  SELECT k, 'ref_' || k || '_id', 'int64', 'bigint', true, 'Reference to a related table'
  FROM generate_series(1, LEAST($1::integer, s.n - 1)) AS k
  UNION ALL
  SELECT LEAST($1::integer, s.n - 1) + a.pos, a.name, a.data_type, a.backend_type, true, a.description
  FROM (VALUES (1, 'label', 'string', 'text', 'Display label'),
               (2, 'amount', 'float64', 'double precision', 'Amount in the reporting currency'),
               (3, 'updated_at', 'timestamp with time zone', 'timestamp with time zone', 'Last change'),
               (4, 'status_code', 'string', 'text', 'Lifecycle status')) AS a(pos, name, data_type, backend_type, description)
  WHERE a.pos <= 1 + s.n % 4
) AS c
)SQL";

const char* const kContractColumnsSql = R"SQL(
UPDATE tsm.meta_table t SET table_contract = jsonb_set(t.table_contract, '{columns}',
  (SELECT jsonb_agg(jsonb_build_object('name', c.name, 'data_type', c.data_type,
     'backend_type', c.backend_type, 'nullable', c.nullable, 'primary_key', c.primary_key,
     'unique', false, 'description', c.description) ORDER BY c.ordinal_position)
   FROM tsm.meta_column c WHERE c.meta_table_uid = t.uid))
FROM synthetic_new s WHERE s.uid = t.uid
)SQL";

const char* const kIndexesSql = R"SQL(
INSERT INTO tsm.meta_index (meta_table_uid, ordinal, name, columns, is_unique, method)
SELECT s.uid, 0, t.physical_table_name || '_pkey', '{id}', true, 'btree'
FROM synthetic_new s JOIN tsm.meta_table t ON t.uid = s.uid
)SQL";

// FK k ($1 per table) of table n points at a lower-numbered table of schema $2 chosen by a
// multiplicative hash.
const char* const kForeignKeysSql = R"SQL(
INSERT INTO tsm.meta_foreign_key (meta_table_uid, ordinal, name, source_columns, target_schema,
  target_table, target_uid, target_columns, on_delete)
SELECT s.uid, k - 1, t.physical_table_name || '_ref_' || k || '_id_fkey', ARRAY['ref_' || k || '_id'],
       $2, target.physical_table_name, target.uid, '{id}',
       (ARRAY['restrict','cascade','set null','no action'])[1 + (s.n + k) % 4]
FROM synthetic_new s
JOIN tsm.meta_table t ON t.uid = s.uid
CROSS JOIN LATERAL generate_series(1, LEAST($1::integer, s.n - 1)) AS k
JOIN tsm.meta_table target ON target.data_source_uid = t.data_source_uid
  AND target.physical_schema = $2
  AND right(target.physical_table_name, 5)::integer = 1 + ((s.n::bigint * 7919 + k * 104729) % (s.n - 1))
)SQL";

} // namespace

SyntheticReport seedSynthetic(const std::string& catalogConninfo, long long tables, int fksPerTable,
                              const std::string& ns) {
    const auto started = std::chrono::steady_clock::now();
    SyntheticReport report;
    db::Connection connection(catalogConninfo);
    catalog::initCatalog(connection);

    catalog::NewDataSource source;
    source.name = "synthetic";
    source.dsn = catalogConninfo; // no physical tables: catalog rows only
    std::string error;
    source.capabilities =
        *catalog::parseCapabilities("supports_table_registration,supports_compiled_select", error);
    source.storageAccessMode = "read_only";
    const std::string sourceUid = catalog::upsertDataSource(connection, source);

    const long long k = fksPerTable < 0 ? 0 : fksPerTable;
    db::Transaction tx(connection);
    connection.exec("SET LOCAL synchronous_commit = off");
    connection.exec("SET LOCAL jit = off"); // compiling costs more than it saves here
    connection.execScript("CREATE TEMP TABLE synthetic_new (uid uuid PRIMARY KEY, "
                          "n integer NOT NULL) ON COMMIT DROP");
    connection.exec(kTablesSql, db::Params(sourceUid, ns, tables));
    connection.execScript("ANALYZE synthetic_new; ANALYZE tsm.meta_table");
    connection.exec(kColumnsSql, db::Params(k));
    connection.exec(kContractColumnsSql);
    connection.exec(kIndexesSql);
    report.foreignKeys = connection.exec(kForeignKeysSql, db::Params(k, ns)).affected();
    db::Result created = connection.exec("SELECT uid::text FROM synthetic_new");
    std::vector<std::string> uids;
    for (int i = 0; i < created.rows(); ++i)
        uids.push_back(created.text(i, 0));
    report.tablesCreated = created.rows();
    catalog::refreshSearchDocuments(connection, uids);
    tx.commit();
    connection.execScript("ANALYZE tsm.meta_table; ANALYZE tsm.meta_column; "
                          "ANALYZE tsm.meta_foreign_key; ANALYZE tsm.table_search_index;");
    report.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return report;
}

} // namespace tsm::seed
