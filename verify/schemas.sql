-- Verify workshop_db:schemas on pg
BEGIN;
SELECT pg_catalog.has_schema_privilege('workshop', 'USAGE');
SELECT pg_catalog.has_schema_privilege('workshop_private', 'USAGE');
DO $$
BEGIN
  ASSERT pg_catalog.has_schema_privilege('anon', 'workshop', 'USAGE'), 'anon lacks USAGE on workshop';
  ASSERT NOT pg_catalog.has_schema_privilege('anon', 'workshop_private', 'USAGE'), 'workshop_private is exposed';
END
$$;
ROLLBACK;
