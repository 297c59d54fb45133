-- Verify workshop_db:extensions/pg_trgm on pg
BEGIN;
SELECT extensions.similarity('walnut', 'walnuts');
SELECT 1/count(*) FROM pg_catalog.pg_extension e
  JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
 WHERE e.extname = 'pg_trgm' AND n.nspname = 'extensions';
ROLLBACK;
