-- Revert workshop_db:extensions/pg_stat_statements from pg
-- Drops pg_stat_statements only if the deploy created it (comment marker).
BEGIN;

DO $revert$
BEGIN
  IF (SELECT pg_catalog.obj_description(e.oid, 'pg_extension')
        FROM pg_catalog.pg_extension e WHERE e.extname = 'pg_stat_statements')
       LIKE 'workshop_db:extensions/pg_stat_statements:%' THEN
    DROP EXTENSION pg_stat_statements;
  END IF;
END
$revert$;

COMMIT;
