-- Revert workshop_db:extensions/pg_trgm from pg
-- Drops pg_trgm only if the deploy created it (comment marker).
BEGIN;

DO $revert$
BEGIN
  IF (SELECT pg_catalog.obj_description(e.oid, 'pg_extension')
        FROM pg_catalog.pg_extension e WHERE e.extname = 'pg_trgm')
       LIKE 'workshop_db:extensions/pg_trgm:%' THEN
    DROP EXTENSION pg_trgm;  -- not CASCADE: refuses while others' objects use it
  END IF;
END
$revert$;

COMMIT;
