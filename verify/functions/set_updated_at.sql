-- Verify workshop_db:functions/set_updated_at on pg
BEGIN;
SELECT 1/count(*) FROM pg_catalog.pg_proc
 WHERE oid = 'workshop_private.set_updated_at()'::regprocedure
   AND prorettype = 'trigger'::regtype
   AND proconfig @> ARRAY['search_path=""'];
ROLLBACK;
