-- Catalog-wide privilege lint for the API roles: least privilege, no path to
-- orders.internal_notes for a customer or anon, nothing of workshop_private readable.
-- Each check lists the offenders.
BEGIN;
SELECT plan(10);

CREATE TEMP VIEW api_table_privileges AS
  SELECT r.rolname, c.oid::regclass::text AS rel, c.relkind, priv
    FROM pg_catalog.pg_class c
   CROSS JOIN (VALUES ('anon'), ('authenticated'), ('service_role')) r (rolname)
   CROSS JOIN (VALUES ('SELECT'), ('INSERT'), ('UPDATE'), ('DELETE'), ('TRUNCATE'),
                      ('REFERENCES'), ('TRIGGER')) p (priv)
   WHERE c.relnamespace IN ('workshop'::regnamespace, 'workshop_private'::regnamespace)
     AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
     AND (pg_catalog.has_table_privilege(r.rolname, c.oid, p.priv)
          OR (p.priv IN ('SELECT', 'INSERT', 'UPDATE', 'REFERENCES')
              AND pg_catalog.has_any_column_privilege(r.rolname, c.oid, p.priv)));

SELECT results_eq($$
  SELECT rel, priv FROM api_table_privileges WHERE rolname = 'anon' ORDER BY rel, priv
$$, $$VALUES ('workshop.headphone_models', 'SELECT'), ('workshop.model_production_stages', 'SELECT')$$,
  'anon may only read headphone_models and model_production_stages');

SELECT is_empty($$
  SELECT rolname, rel, priv FROM api_table_privileges WHERE priv IN ('TRUNCATE', 'REFERENCES', 'TRIGGER')
$$, 'no API role has TRUNCATE (it skips policies and row triggers), REFERENCES or TRIGGER');

SELECT is_empty($$
  SELECT rolname, rel, priv FROM api_table_privileges
   WHERE rel LIKE 'workshop_private.%' AND rolname IN ('anon', 'authenticated')
$$, 'anon and authenticated have no privilege on any relation of workshop_private');

SELECT is_empty($$
  SELECT rolname, rel, priv FROM api_table_privileges
   WHERE rel IN ('workshop.order_status_history', 'workshop.batch_stage_history')
     AND priv <> 'SELECT'
$$, 'the history tables are written by the database only: API roles may only read them');

SELECT is_empty($$
  SELECT r.rolname FROM (VALUES ('anon'), ('authenticated')) r (rolname)
   WHERE pg_catalog.has_column_privilege(r.rolname, 'workshop.orders', 'internal_notes', 'SELECT')
$$, 'neither anon nor authenticated may select orders.internal_notes');

-- A view or materialized view over orders.internal_notes that runs with its owner's
-- rights would bypass the column grant; only a security_invoker view keeps it.
SELECT is_empty($$
  SELECT DISTINCT v.oid::regclass::text, r.rolname
    FROM pg_catalog.pg_attribute a
    JOIN pg_catalog.pg_depend d ON d.refclassid = 'pg_catalog.pg_class'::regclass
                               AND d.refobjid = a.attrelid AND d.refobjsubid = a.attnum
                               AND d.classid = 'pg_catalog.pg_rewrite'::regclass
    JOIN pg_catalog.pg_rewrite w ON w.oid = d.objid
    JOIN pg_catalog.pg_class v ON v.oid = w.ev_class AND v.oid <> a.attrelid
   CROSS JOIN (VALUES ('anon'), ('authenticated')) r (rolname)
   WHERE a.attrelid = 'workshop.orders'::regclass AND a.attname = 'internal_notes'
     AND pg_catalog.has_table_privilege(r.rolname, v.oid, 'SELECT')
     AND NOT (v.relkind = 'v' AND COALESCE(v.reloptions, '{}') && ARRAY['security_invoker=true', 'security_invoker=on'])
$$, 'no view that anon or authenticated can read shows internal_notes with its owner''s rights');

-- The one reviewed exception: workshop.production_summary reads a materialized view
-- (which has no row level security) with its owner's rights behind a staff gate, so
-- that the caller's filters reach its index. Adding a view here is a security review.
SELECT is_empty($$
  SELECT c.oid::regclass::text FROM pg_catalog.pg_class c
   WHERE c.relnamespace = 'workshop'::regnamespace AND c.relkind = 'v'
     AND NOT COALESCE(c.reloptions, '{}') && ARRAY['security_invoker=true', 'security_invoker=on']
     AND NOT (c.oid = 'workshop.production_summary'::regclass
              AND pg_catalog.pg_get_viewdef(c.oid) LIKE '%workshop_private.require_staff_role(%')
$$, 'every workshop view is security_invoker (row level security applies to the caller), but the reviewed staff-gated summary');

SELECT is_empty($$
  SELECT p.oid::regprocedure::text FROM pg_catalog.pg_proc p
   WHERE p.pronamespace IN ('workshop'::regnamespace, 'workshop_private'::regnamespace)
     AND pg_catalog.has_function_privilege('anon', p.oid, 'EXECUTE')
$$, 'anon executes no function of ours');

SELECT ok((SELECT r.rolbypassrls FROM pg_catalog.pg_roles r WHERE r.rolname = 'service_role'),
  'service_role bypasses row level security (it has no policies of its own)');

SELECT is_empty($$
  SELECT r.rolname FROM pg_catalog.pg_roles r
   WHERE r.rolname IN ('anon', 'authenticated') AND (r.rolbypassrls OR r.rolsuper)
$$, 'anon and authenticated are subject to row level security');

SELECT * FROM finish();
ROLLBACK;
