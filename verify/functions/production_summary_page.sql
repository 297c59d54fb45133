-- Verify workshop_db:functions/production_summary_page on pg
BEGIN;
SELECT 1/count(*) FROM pg_catalog.pg_proc
 WHERE oid = 'workshop.production_summary_page(text,integer)'::regprocedure AND NOT prosecdef;
SELECT 1/count(*) FROM pg_catalog.pg_proc
 WHERE oid = 'workshop_private.production_summary_page(text,integer)'::regprocedure AND prosecdef;
ROLLBACK;
