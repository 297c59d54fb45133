-- Catalog-wide function lint over workshop, workshop_private and the auth shim (the
-- functions of auth that this project created, marked by their comment). Each check
-- lists the offenders.
BEGIN;
SELECT plan(8);

CREATE TEMP VIEW our_functions AS
  SELECT p.oid, p.oid::regprocedure::text AS fn, n.nspname, p.prosecdef, p.proconfig,
         p.proacl, p.proowner, p.prolang, p.prorettype, p.prokind,
         p.prosqlbody IS NOT NULL AS has_standard_body
    FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
   WHERE n.nspname IN ('workshop', 'workshop_private')
      OR (n.nspname = 'auth'
          AND pg_catalog.obj_description(p.oid, 'pg_proc') LIKE 'workshop_db:auth_shim:%');

-- Except an invoker's function with a SQL-standard body (BEGIN ATOMIC or RETURN): its
-- names are bound when it is created, not looked up in the caller's search_path, and
-- without a SET clause the planner can inline it (workshop_private.uuid_v7, a column
-- default computed for every row inserted).
SELECT is_empty($$
  SELECT fn FROM our_functions
   WHERE nspname <> 'auth' AND NOT ('search_path=""' = ANY (COALESCE(proconfig, '{}')))
     AND NOT (has_standard_body AND NOT prosecdef)
$$, 'every workshop and workshop_private function sets search_path = '''' (never the caller''s), or binds its names at creation (a SQL-standard body, invoker''s rights)');

-- The auth shim's functions are Supabase's definitions: inlinable SQL, so no SET clause
-- (a SET makes a function non-inlinable and every policy pays for it). Instead every
-- name in them is schema-qualified: no bare function call, cast or operator.
SELECT is_empty($$
  SELECT fn FROM our_functions
   WHERE nspname = 'auth'
     AND (proconfig IS NOT NULL
          OR prolang <> (SELECT l.oid FROM pg_catalog.pg_language l WHERE l.lanname = 'sql')
          OR (SELECT p.prosrc FROM pg_catalog.pg_proc p WHERE p.oid = our_functions.oid)
             ~ '(^|[^.[:alnum:]_])(current_setting|jsonb|uuid)\M|[^.]->>')
$$, 'the auth shim''s functions are inlinable SQL with no SET clause and only schema-qualified names');

SELECT is_empty($$
  SELECT fn FROM our_functions WHERE prosecdef AND nspname <> 'workshop_private'
$$, 'SECURITY DEFINER functions live in workshop_private only');

SELECT is_empty($$
  SELECT fn FROM our_functions WHERE prosecdef AND pg_catalog.has_function_privilege('anon', oid, 'EXECUTE')
$$, 'no SECURITY DEFINER function is executable by anon');

SELECT is_empty($$
  SELECT f.fn FROM our_functions f,
         LATERAL pg_catalog.aclexplode(COALESCE(f.proacl, pg_catalog.acldefault('f', f.proowner))) a
   WHERE f.nspname IN ('workshop', 'workshop_private') AND a.grantee = 0 AND a.privilege_type = 'EXECUTE'
$$, 'no workshop or workshop_private function is executable by PUBLIC (REVOKE ALL ... FROM PUBLIC)');

-- SECURITY DEFINER functions that a signed-in user may call are audited one by one:
-- adding one to this list is a security review.
SELECT results_eq($$
  SELECT fn FROM our_functions
   WHERE prosecdef AND pg_catalog.has_function_privilege('authenticated', oid, 'EXECUTE')
   ORDER BY fn
$$, $$VALUES ('workshop_private.current_customer_id()'),
             -- the models of the caller's own orders, for the customer policy of models
             ('workshop_private.current_customer_model_ids()'),
             ('workshop_private.current_worker_id()'),
             ('workshop_private.current_worker_role()'),
             ('workshop_private.order_internal_notes(uuid)'),
             -- a summary page: reads the materialized view after require_staff_role
             ('workshop_private.production_summary_page(text,integer)'),
             -- the reporting gate and what it guards (each calls require_staff_role first)
             ('workshop_private.refresh_production_summary(boolean)'),
             ('workshop_private.require_staff_role(workshop.worker_role[])'),
             -- customer search as the owner, so its GIN indexes serve staff under row
             -- level security; the customers SELECT policies are its filter, and
             -- workshop.search_customers reads the rows found with the caller's policies
             ('workshop_private.search_customers_rows(text,integer)'),
             ('workshop_private.slow_queries(integer)')$$,
  'the SECURITY DEFINER functions executable by authenticated are the reviewed ones');

-- plpgsql_check: every plpgsql function, a trigger function with each table it is on.
SELECT is_empty($$
  SELECT f.fn, c.level, c.message, c.lineno
    FROM our_functions f
    CROSS JOIN LATERAL public.plpgsql_check_function_tb(f.oid) c
   WHERE f.prolang = (SELECT l.oid FROM pg_catalog.pg_language l WHERE l.lanname = 'plpgsql')
     AND f.prorettype NOT IN ('trigger'::regtype, 'event_trigger'::regtype)
     AND c.level = 'error'
$$, 'plpgsql_check finds no error in our plpgsql functions');

SELECT is_empty($$
  SELECT f.fn, t.tgrelid::regclass::text, c.level, c.message, c.lineno
    FROM our_functions f
    JOIN pg_catalog.pg_trigger t ON t.tgfoid = f.oid AND NOT t.tgisinternal
    CROSS JOIN LATERAL public.plpgsql_check_function_tb(f.oid, t.tgrelid,
                         oldtable => t.tgoldtable, newtable => t.tgnewtable) c
   WHERE f.prolang = (SELECT l.oid FROM pg_catalog.pg_language l WHERE l.lanname = 'plpgsql')
     AND c.level = 'error'
$$, 'plpgsql_check finds no error in our trigger functions, checked with each of their tables');

SELECT * FROM finish();
ROLLBACK;
