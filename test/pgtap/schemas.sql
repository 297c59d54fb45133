-- Schemas: workshop (exposed to the API roles) and workshop_private (never exposed);
-- nothing of ours in public.
BEGIN;
SELECT plan(18);

SELECT has_schema('workshop');
SELECT has_schema('workshop_private');
-- Owned by the role that deploys (the tests run as it), never by an API role: an owner
-- would bypass row level security.
SELECT schema_owner_is('workshop', current_user::name);
SELECT schema_owner_is('workshop_private', current_user::name);
SELECT is_empty($$
  SELECT c.oid::regclass::text
    FROM pg_catalog.pg_class c
   WHERE c.relnamespace IN ('workshop'::regnamespace, 'workshop_private'::regnamespace)
     AND pg_catalog.pg_get_userbyid(c.relowner) IN ('anon', 'authenticated', 'service_role')
  UNION ALL
  SELECT p.oid::regprocedure::text
    FROM pg_catalog.pg_proc p
   WHERE p.pronamespace IN ('workshop'::regnamespace, 'workshop_private'::regnamespace)
     AND pg_catalog.pg_get_userbyid(p.proowner) IN ('anon', 'authenticated', 'service_role')
$$, 'no relation or function of ours is owned by an API role');

-- USAGE: the API roles reach workshop. Of workshop_private, anon reaches nothing;
-- authenticated and service_role reach it only to call the policy helpers (change
-- grants/workshop_private; test/pgtap/lint/privileges.sql proves nothing there is readable).
SELECT ok(pg_catalog.has_schema_privilege(r, 'workshop', 'USAGE'),
          format('%s has USAGE on workshop', r))
  FROM unnest(ARRAY['anon', 'authenticated', 'service_role']) r;
SELECT ok(NOT pg_catalog.has_schema_privilege('anon', 'workshop_private', 'USAGE'),
          'anon has no USAGE on workshop_private');
SELECT ok(pg_catalog.has_schema_privilege(r, 'workshop_private', 'USAGE'),
          format('%s has USAGE on workshop_private, for the policy helpers', r))
  FROM unnest(ARRAY['authenticated', 'service_role']) r;
SELECT ok(NOT pg_catalog.has_schema_privilege(r, 'workshop', 'CREATE'),
          format('%s cannot create objects in workshop', r))
  FROM unnest(ARRAY['anon', 'authenticated', 'service_role']) r;
SELECT is_empty($$
  SELECT a.privilege_type
    FROM pg_catalog.pg_namespace n, aclexplode(n.nspacl) a
   WHERE n.nspname IN ('workshop', 'workshop_private') AND a.grantee = 0
$$, 'PUBLIC has no privilege on workshop or workshop_private');

-- Nothing of ours in public: every relation, type and function there belongs to an
-- extension (pgTAP and plpgsql_check live there in the test database only).
SELECT is_empty($$
  SELECT c.oid::regclass::text
    FROM pg_catalog.pg_class c
   WHERE c.relnamespace = 'public'::regnamespace
     AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d  -- a composite type's relation follows its type
                      WHERE (d.classid, d.objid) IN (('pg_catalog.pg_class'::regclass, c.oid),
                                                     ('pg_catalog.pg_type'::regclass, c.reltype))
                        AND d.deptype = 'e')
  UNION ALL
  SELECT t.oid::regtype::text
    FROM pg_catalog.pg_type t
   WHERE t.typnamespace = 'public'::regnamespace
     AND t.typrelid = 0 AND t.typelem = 0  -- row and array types follow their owners
     AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d
                      WHERE d.classid = 'pg_catalog.pg_type'::regclass AND d.objid = t.oid
                        AND d.deptype = 'e')
  UNION ALL
  SELECT p.oid::regprocedure::text
    FROM pg_catalog.pg_proc p
   WHERE p.pronamespace = 'public'::regnamespace
     AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d
                      WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid
                        AND d.deptype = 'e')
$$, 'public holds nothing but extension objects');

-- The tables are in workshop; workshop_private holds only the summary's refresh state and
-- the complete batches' frozen summary figures.
SELECT tables_are('workshop', ARRAY[
  'workers', 'headphone_models', 'model_production_stages', 'customers', 'orders',
  'order_status_transitions', 'order_status_history', 'batches', 'batch_metadata',
  'batch_orders', 'batch_stage_history', 'quality_checks', 'work_logs']);
SELECT tables_are('workshop_private', ARRAY['completed_batch_summary', 'production_summary_state']::name[]);

SELECT * FROM finish();
ROLLBACK;
