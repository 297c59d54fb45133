-- Verify workshop_db:roles on pg
BEGIN;
SELECT 1/count(*) FROM pg_catalog.pg_roles WHERE rolname = 'anon';
SELECT 1/count(*) FROM pg_catalog.pg_roles WHERE rolname = 'authenticated';
SELECT 1/count(*) FROM pg_catalog.pg_roles WHERE rolname = 'service_role';
ROLLBACK;
