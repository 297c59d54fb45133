-- Verify workshop_db:views/table_sizes on pg
BEGIN;
SELECT schema_name, table_name, kind, total_bytes, table_bytes, index_bytes, toast_bytes,
       row_estimate, total_size
  FROM workshop.table_sizes WHERE false;
SELECT 1/count(*) FROM pg_catalog.pg_class
 WHERE oid = 'workshop.table_sizes'::regclass AND reloptions @> ARRAY['security_invoker=true'];
ROLLBACK;
