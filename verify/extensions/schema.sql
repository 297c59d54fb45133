-- Verify workshop_db:extensions/schema on pg
BEGIN;
SELECT 1/count(*) FROM pg_catalog.pg_namespace WHERE nspname = 'extensions';
ROLLBACK;
