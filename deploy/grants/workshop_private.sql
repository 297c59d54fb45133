-- Deploy workshop_db:grants/workshop_private to pg
-- requires: functions/current_worker_id
-- requires: functions/current_worker_role
-- requires: functions/current_customer_id
-- The API roles' only way into workshop_private: policies are evaluated as the querying
-- role, so the helpers they call must be reachable by it. USAGE alone exposes nothing:
-- every function there is revoked from PUBLIC and granted one by one, and no relation
-- of workshop_private is granted to anon or authenticated (a lint test holds that).
-- anon gets nothing: its policies call no helper.
BEGIN;

GRANT USAGE ON SCHEMA workshop_private TO authenticated, service_role;
GRANT EXECUTE ON FUNCTION
  workshop_private.current_worker_role(),
  workshop_private.current_customer_id(),
  workshop_private.current_worker_id()
  TO authenticated, service_role;

COMMIT;
