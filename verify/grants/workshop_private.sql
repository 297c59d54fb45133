-- Verify workshop_db:grants/workshop_private on pg
BEGIN;
DO $$
DECLARE
  r text;
BEGIN
  FOREACH r IN ARRAY ARRAY['authenticated', 'service_role'] LOOP
    ASSERT pg_catalog.has_schema_privilege(r, 'workshop_private', 'USAGE'),
      pg_catalog.format('%s lacks USAGE on workshop_private', r);
    ASSERT pg_catalog.has_function_privilege(r, 'workshop_private.current_worker_role()', 'EXECUTE'),
      pg_catalog.format('%s cannot execute current_worker_role()', r);
    ASSERT pg_catalog.has_function_privilege(r, 'workshop_private.current_customer_id()', 'EXECUTE'),
      pg_catalog.format('%s cannot execute current_customer_id()', r);
    ASSERT pg_catalog.has_function_privilege(r, 'workshop_private.current_worker_id()', 'EXECUTE'),
      pg_catalog.format('%s cannot execute current_worker_id()', r);
  END LOOP;
  ASSERT NOT pg_catalog.has_schema_privilege('anon', 'workshop_private', 'USAGE'), 'anon has USAGE on workshop_private';
END
$$;
ROLLBACK;
