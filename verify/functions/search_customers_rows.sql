-- Verify workshop_db:functions/search_customers_rows on pg
BEGIN;
DO $$
DECLARE
  f oid := 'workshop_private.search_customers_rows(text, integer)'::regprocedure;
BEGIN
  ASSERT (SELECT p.prosecdef FROM pg_catalog.pg_proc p WHERE p.oid = f),
    'search_customers_rows(text, integer) is not SECURITY DEFINER';
  ASSERT (SELECT 'search_path=""' = ANY (p.proconfig) FROM pg_catalog.pg_proc p WHERE p.oid = f),
    'search_customers_rows(text, integer) has no fixed search_path';
  ASSERT NOT pg_catalog.has_function_privilege('anon', f, 'EXECUTE'),
    'anon may execute search_customers_rows(text, integer)';
END
$$;
SELECT customer_id, match_kind, rank FROM workshop_private.search_customers_rows('verify', 1) WHERE false;
ROLLBACK;
