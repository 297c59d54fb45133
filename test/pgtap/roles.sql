-- The API roles of Supabase/PostgREST.
BEGIN;
SELECT plan(13);

SELECT has_role(r) FROM unnest(ARRAY['anon', 'authenticated', 'service_role']) r;
SELECT isnt_superuser(r) FROM unnest(ARRAY['anon', 'authenticated', 'service_role']) r;
-- Nobody logs in as an API role: PostgREST's authenticator switches to them.
SELECT ok(NOT rolcanlogin, format('%s cannot log in', rolname))
  FROM pg_catalog.pg_roles
 WHERE rolname IN ('anon', 'authenticated', 'service_role') ORDER BY rolname;
-- Only the trusted back end bypasses row level security.
SELECT ok((SELECT rolbypassrls FROM pg_catalog.pg_roles WHERE rolname = 'service_role'),
          'service_role bypasses row level security');
SELECT ok(NOT (SELECT rolbypassrls FROM pg_catalog.pg_roles WHERE rolname = 'anon'),
          'anon does not bypass row level security');
SELECT ok(NOT (SELECT rolbypassrls FROM pg_catalog.pg_roles WHERE rolname = 'authenticated'),
          'authenticated does not bypass row level security');
SELECT ok(NOT (SELECT rolcreaterole OR rolcreatedb FROM pg_catalog.pg_roles WHERE rolname = 'anon')
          AND NOT (SELECT rolcreaterole OR rolcreatedb FROM pg_catalog.pg_roles WHERE rolname = 'authenticated'),
          'anon and authenticated cannot create roles or databases');

SELECT * FROM finish();
ROLLBACK;
