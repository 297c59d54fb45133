-- The auth shim: auth.uid() and auth.jwt() read the JWT claims PostgREST puts in
-- request.jwt.claims, and are NULL without claims.
BEGIN;
SELECT plan(22);

SELECT has_schema('auth');
SELECT has_function('auth', 'uid', ARRAY[]::name[]);
SELECT has_function('auth', 'jwt', ARRAY[]::name[]);
SELECT function_returns('auth', 'uid', ARRAY[]::name[], 'uuid');
SELECT function_returns('auth', 'jwt', ARRAY[]::name[], 'jsonb');
SELECT volatility_is('auth', 'uid', ARRAY[]::name[], 'stable');
SELECT volatility_is('auth', 'jwt', ARRAY[]::name[], 'stable');
-- As Supabase defines them: no SET clause, so that the planner inlines them into the
-- policy helpers (every name in them is schema-qualified instead; test/pgtap/lint).
SELECT ok((SELECT proconfig IS NULL FROM pg_catalog.pg_proc WHERE oid = 'auth.uid()'::regprocedure),
          'auth.uid() has no SET clause (inlinable)');
SELECT ok((SELECT proconfig IS NULL FROM pg_catalog.pg_proc WHERE oid = 'auth.jwt()'::regprocedure),
          'auth.jwt() has no SET clause (inlinable)');
SELECT matches(test_helpers.plan_of('SELECT w.id FROM workshop.workers w WHERE w.auth_user_id = auth.uid()', 'VERBOSE, COSTS OFF'),
  'current_setting\(''request\.jwt\.claim\.sub''',
  'auth.uid() is inlined into the query that calls it (its body appears in the plan)');
SELECT ok(pg_catalog.has_function_privilege(r, 'auth.uid()', 'EXECUTE')
          AND pg_catalog.has_function_privilege(r, 'auth.jwt()', 'EXECUTE')
          AND pg_catalog.has_schema_privilege(r, 'auth', 'USAGE'),
          format('%s may call auth.uid() and auth.jwt()', r))
  FROM unnest(ARRAY['anon', 'authenticated', 'service_role']) r;

-- Without claims (the setting unset, or set to the empty string): NULL.
SELECT is(auth.uid(), NULL, 'auth.uid() is NULL without claims');
SELECT is(auth.jwt(), NULL, 'auth.jwt() is NULL without claims');
SELECT set_config('request.jwt.claims', '', true);
SELECT is(auth.uid(), NULL, 'auth.uid() is NULL when the claims are empty');
SELECT is(auth.jwt(), NULL, 'auth.jwt() is NULL when the claims are empty');

-- With claims, as PostgREST sets them for a request.
SELECT set_config('request.jwt.claims',
  '{"sub": "6b1c0a9e-2f7d-4c8e-9a51-0d3e4f5a6b7c", "role": "authenticated", "email": "ada@example.com"}', true);
SELECT is(auth.uid(), '6b1c0a9e-2f7d-4c8e-9a51-0d3e4f5a6b7c'::uuid, 'auth.uid() is the sub claim');
SELECT is(auth.jwt() ->> 'role', 'authenticated', 'auth.jwt() holds the role claim');
SELECT is(auth.jwt() ->> 'email', 'ada@example.com', 'auth.jwt() holds every claim');

-- Claims without a subject (an anon request): no user.
SELECT set_config('request.jwt.claims', '{"role": "anon"}', true);
SELECT is(auth.uid(), NULL, 'auth.uid() is NULL for claims without sub');

-- The older PostgREST setting request.jwt.claim.sub is honoured too, as in Supabase.
SELECT set_config('request.jwt.claim.sub', '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0', true);
SELECT is(auth.uid(), '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0'::uuid, 'auth.uid() reads request.jwt.claim.sub');

SELECT * FROM finish();
ROLLBACK;
