-- Verify workshop_db:views/index_usage on pg
BEGIN;
SELECT schema_name, table_name, index_name, index_scans, tuples_read, tuples_fetched, index_bytes,
       index_size, is_unique, is_primary, never_used, is_drop_candidate, stats_since
  FROM workshop.index_usage WHERE false;
SELECT 1/count(*) FROM pg_catalog.pg_class
 WHERE oid = 'workshop.index_usage'::regclass AND reloptions @> ARRAY['security_invoker=true'];
ROLLBACK;
