-- Verify workshop_db:auth_shim on pg
BEGIN;
SELECT auth.uid(), auth.jwt();
DO $$
BEGIN
  PERFORM pg_catalog.set_config('request.jwt.claims',
    '{"sub":"00000000-0000-4000-8000-000000000001","role":"authenticated"}', true);
  ASSERT auth.uid() = '00000000-0000-4000-8000-000000000001'::uuid, 'auth.uid() does not read request.jwt.claims';
  ASSERT auth.jwt() ->> 'role' = 'authenticated', 'auth.jwt() does not read request.jwt.claims';
END
$$;
ROLLBACK;
