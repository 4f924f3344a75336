#include "catalog/CatalogSchema.h"

namespace tsm::catalog {

namespace {

// Name-derived UIDs (see Uids.h): the SQL and C++ versions must agree.
const char* const kCatalogDdl = R"SQL(
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE SCHEMA IF NOT EXISTS tsm;

CREATE OR REPLACE FUNCTION tsm.name_uid(name text) RETURNS uuid
LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT (substr(h, 1, 12) || '3' || substr(h, 14, 3) || '8' || substr(h, 18, 15))::uuid
  FROM md5(name) AS h
$$;

CREATE TABLE IF NOT EXISTS tsm.data_source (
  id bigserial UNIQUE,
  uid uuid PRIMARY KEY,
  name text NOT NULL UNIQUE,
  class_type text NOT NULL DEFAULT 'postgresql',
  status text NOT NULL DEFAULT 'AVAILABLE',
  storage_access_mode text NOT NULL DEFAULT 'read_write',
  dsn text NOT NULL,
  capabilities jsonb NOT NULL DEFAULT '{}',
  extra_arguments jsonb NOT NULL DEFAULT '{}',
  creation_date timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS tsm.meta_table (
  uid uuid PRIMARY KEY,
  data_source_uid uuid NOT NULL REFERENCES tsm.data_source (uid),
  identifier text,
  namespace text,
  description text,
  labels text[] NOT NULL DEFAULT '{}',
  management_mode text NOT NULL
    CHECK (management_mode IN ('external_registered', 'platform_managed')),
  provisioning_status text NOT NULL DEFAULT 'active'
    CHECK (provisioning_status IN ('reserved', 'active')),
  schema_management_mode text NOT NULL DEFAULT 'backend_managed',
  schema_management jsonb NOT NULL DEFAULT '{}',
  migration_package text,
  migration_namespace text,
  migration_provider_key text,
  alembic_version_meta_table_uid text,
  alembic_revision text,
  physical_schema text NOT NULL,
  physical_table_name text NOT NULL,
  table_contract jsonb NOT NULL,
  contract_version text NOT NULL DEFAULT 'relational-table.v1',
  table_kind text NOT NULL DEFAULT 'relational',
  time_indexed boolean NOT NULL DEFAULT false,
  introspection_snapshot jsonb NOT NULL DEFAULT '{}',
  protect_from_deletion boolean NOT NULL DEFAULT false,
  creation_date timestamptz NOT NULL DEFAULT now(),
  created_by_user_uid uuid,
  organization_owner_uid uuid,
  registration jsonb NOT NULL DEFAULT '{}',
  UNIQUE (data_source_uid, physical_schema, physical_table_name)
);
CREATE UNIQUE INDEX IF NOT EXISTS meta_table_identifier_key
  ON tsm.meta_table (identifier) WHERE identifier IS NOT NULL AND identifier <> '';
CREATE INDEX IF NOT EXISTS meta_table_order_idx
  ON tsm.meta_table (namespace, identifier, uid);
CREATE INDEX IF NOT EXISTS meta_table_labels_idx ON tsm.meta_table USING gin (labels);

CREATE TABLE IF NOT EXISTS tsm.meta_column (
  meta_table_uid uuid NOT NULL REFERENCES tsm.meta_table (uid) ON DELETE CASCADE,
  ordinal_position integer NOT NULL,
  name text NOT NULL,
  logical_name text,
  data_type text NOT NULL,
  backend_type text,
  nullable boolean NOT NULL DEFAULT true,
  primary_key boolean NOT NULL DEFAULT false,
  is_unique boolean NOT NULL DEFAULT false,
  server_default text,
  description text,
  label text,
  PRIMARY KEY (meta_table_uid, ordinal_position)
);
CREATE INDEX IF NOT EXISTS meta_column_name_trgm
  ON tsm.meta_column USING gin (name gin_trgm_ops);

CREATE TABLE IF NOT EXISTS tsm.meta_index (
  meta_table_uid uuid NOT NULL REFERENCES tsm.meta_table (uid) ON DELETE CASCADE,
  ordinal integer NOT NULL,
  name text,
  columns text[] NOT NULL DEFAULT '{}',
  is_unique boolean NOT NULL DEFAULT false,
  method text,
  expression text,
  PRIMARY KEY (meta_table_uid, ordinal)
);

-- Outgoing foreign keys of a table. The target is kept by physical identity (same data
-- source) and resolved to a MetaTable when one is registered there.
CREATE TABLE IF NOT EXISTS tsm.meta_foreign_key (
  meta_table_uid uuid NOT NULL REFERENCES tsm.meta_table (uid) ON DELETE CASCADE,
  ordinal integer NOT NULL,
  name text,
  source_columns text[] NOT NULL DEFAULT '{}',
  target_schema text NOT NULL,
  target_table text NOT NULL,
  target_uid uuid REFERENCES tsm.meta_table (uid) ON DELETE SET NULL,
  target_columns text[] NOT NULL DEFAULT '{}',
  on_delete text NOT NULL DEFAULT 'no action',
  PRIMARY KEY (meta_table_uid, ordinal)
);
CREATE INDEX IF NOT EXISTS meta_foreign_key_target_idx ON tsm.meta_foreign_key (target_uid);
CREATE INDEX IF NOT EXISTS meta_foreign_key_physical_idx
  ON tsm.meta_foreign_key (target_schema, target_table);

-- One TableSearchIndex document per table. `catalog_text` answers the list `search=`
-- (identifier, namespace, physical names, description, labels, data source name);
-- `document` adds column names and descriptions for description-search.
CREATE TABLE IF NOT EXISTS tsm.table_search_index (
  meta_table_uid uuid PRIMARY KEY REFERENCES tsm.meta_table (uid) ON DELETE CASCADE,
  catalog_text text NOT NULL,
  document text NOT NULL,
  document_tsv tsvector NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS table_search_catalog_trgm
  ON tsm.table_search_index USING gin (catalog_text gin_trgm_ops);
CREATE INDEX IF NOT EXISTS table_search_document_trgm
  ON tsm.table_search_index USING gin (document gin_trgm_ops);
CREATE INDEX IF NOT EXISTS table_search_document_tsv
  ON tsm.table_search_index USING gin (document_tsv);

-- Every word of the search documents: query words are matched to it by trigram
-- similarity, which makes description-search tolerant of typos without a trigram scan
-- of every document.
CREATE TABLE IF NOT EXISTS tsm.search_vocabulary (
  word text PRIMARY KEY
);
CREATE INDEX IF NOT EXISTS search_vocabulary_trgm
  ON tsm.search_vocabulary USING gin (word gin_trgm_ops);
-- A catalog made before the vocabulary existed gets it now.
INSERT INTO tsm.search_vocabulary (word)
SELECT DISTINCT w FROM tsm.table_search_index s,
  regexp_split_to_table(lower(s.document), '[^[:alnum:]]+') AS w
WHERE length(w) BETWEEN 3 AND 40 AND NOT EXISTS (SELECT 1 FROM tsm.search_vocabulary)
ON CONFLICT DO NOTHING;

CREATE TABLE IF NOT EXISTS tsm.app_user (
  id bigserial UNIQUE,
  uid uuid PRIMARY KEY,
  username text NOT NULL UNIQUE,
  password_hash text,
  role text NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
  namespaces text[] NOT NULL DEFAULT '{*}',
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Only a SHA-256 of each token is stored.
CREATE TABLE IF NOT EXISTS tsm.auth_token (
  token_hash text PRIMARY KEY,
  user_uid uuid NOT NULL REFERENCES tsm.app_user (uid) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('access', 'refresh')),
  role text NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
  namespaces text[] NOT NULL DEFAULT '{*}',
  expires_at timestamptz,
  revoked boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS tsm.seed_state (
  name text PRIMARY KEY,
  version integer NOT NULL,
  seeded_at timestamptz NOT NULL DEFAULT now()
);
)SQL";

} // namespace

void initCatalog(db::Connection& connection) {
    db::Transaction tx(connection);
    connection.exec("SELECT pg_advisory_xact_lock(hashtext('tsm-refserver init'))");
    connection.execScript(kCatalogDdl);
    tx.commit();
}

bool catalogReady(db::Connection& connection) {
    db::Result r = connection.exec(
        "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = 'tsm' AND tablename IN "
        "('data_source', 'meta_table', 'meta_column', 'meta_index', 'meta_foreign_key', "
        "'table_search_index', 'app_user', 'auth_token')");
    return r.toInt(0, 0) == 8;
}

} // namespace tsm::catalog
