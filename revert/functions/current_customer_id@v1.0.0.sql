-- Revert workshop_db:functions/current_customer_id from pg
BEGIN;
DROP FUNCTION workshop_private.current_customer_id();
COMMIT;
