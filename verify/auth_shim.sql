-- Verify workshop_db:auth_shim on pg
BEGIN;
SELECT auth.uid(), auth.jwt();
DO $$
BEGIN
  PERFORM pg_catalog.set_config('request.jwt.claims',
    '{"sub":"00000000-0000-4000-8000-000000000001","role":"authenticated"}', true);
  ASSERT auth.uid() = '00000000-0000-4000-8000-000000000001'::uuid, 'auth.uid() does not read request.jwt.claims';
  ASSERT auth.jwt() ->> 'role' = 'authenticated', 'auth.jwt() does not read request.jwt.claims';
  -- The shim's own functions carry no SET clause (they must stay inlinable).
  ASSERT NOT EXISTS (SELECT FROM pg_catalog.pg_proc p
                      WHERE p.pronamespace = 'auth'::regnamespace
                        AND p.proconfig IS NOT NULL
                        AND pg_catalog.obj_description(p.oid, 'pg_proc') LIKE 'workshop_db:auth_shim:%'),
         'a shim function of auth has a SET clause: it cannot be inlined';
END
$$;
ROLLBACK;
