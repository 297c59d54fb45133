-- Demo data, part 0: load once. The demo is loaded in one transaction after
-- seed/reference; when its first worker exists it was loaded before, and every later
-- part skips. The decision is a transaction-local setting read by the other parts.
DO $$
BEGIN
  PERFORM pg_catalog.set_config('workshop.demo_skip',
    EXISTS (SELECT FROM workshop.workers w WHERE w.id = 'de000000-0000-4000-8000-000000000001')::text, true);
END
$$;
