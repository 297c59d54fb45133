-- Verify workshop_db:functions/current_customer_model_ids on pg
-- It exists, runs as its owner, and only authenticated may call it.
BEGIN;
SELECT 1/(prosecdef AND proconfig = ARRAY['search_path=""'])::int FROM pg_catalog.pg_proc
 WHERE oid = 'workshop_private.current_customer_model_ids()'::pg_catalog.regprocedure;
SELECT 1/(pg_catalog.has_function_privilege('authenticated', 'workshop_private.current_customer_model_ids()', 'EXECUTE')
          AND NOT pg_catalog.has_function_privilege('anon', 'workshop_private.current_customer_model_ids()', 'EXECUTE'))::int;
ROLLBACK;
