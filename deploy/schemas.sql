-- Deploy workshop_db:schemas to pg
-- requires: roles
BEGIN;

CREATE SCHEMA workshop;
COMMENT ON SCHEMA workshop IS
  'Workshop DB: tables, enums, views and API functions of the headphone workshop; exposed to the API roles.';

CREATE SCHEMA workshop_private;
COMMENT ON SCHEMA workshop_private IS
  'Workshop DB internals: trigger functions, SECURITY DEFINER helpers, materialized views. Never exposed to the API roles.';

REVOKE ALL ON SCHEMA workshop, workshop_private FROM PUBLIC;
GRANT USAGE ON SCHEMA workshop TO anon, authenticated, service_role;

COMMIT;
