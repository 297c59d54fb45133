-- Deploy workshop_db:extensions/pg_stat_statements to pg
-- requires: extensions/schema
-- Statement statistics for workshop.slow_queries. Created only where the server offers
-- the extension (pg_available_extensions) and it is not installed yet; the library must
-- also be in shared_preload_libraries for it to collect anything (the embedded cluster
-- preloads it), which slow_queries checks when it is called. The comment marks an
-- extension this change created, so that the revert drops only that.
BEGIN;

DO $deploy$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_extension WHERE extname = 'pg_stat_statements')
     AND EXISTS (SELECT FROM pg_catalog.pg_available_extensions WHERE name = 'pg_stat_statements') THEN
    CREATE EXTENSION pg_stat_statements SCHEMA extensions;
    COMMENT ON EXTENSION pg_stat_statements IS
      'workshop_db:extensions/pg_stat_statements: statement statistics for workshop.slow_queries.';
  END IF;
END
$deploy$;

COMMIT;
