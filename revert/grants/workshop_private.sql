-- Revert workshop_db:grants/workshop_private from pg
BEGIN;

REVOKE EXECUTE ON FUNCTION
  workshop_private.current_worker_role(),
  workshop_private.current_customer_id(),
  workshop_private.current_worker_id()
  FROM authenticated, service_role;
REVOKE USAGE ON SCHEMA workshop_private FROM authenticated, service_role;

COMMIT;
