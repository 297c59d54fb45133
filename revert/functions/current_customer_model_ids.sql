-- Revert workshop_db:functions/current_customer_model_ids from pg
BEGIN;
DROP FUNCTION workshop_private.current_customer_model_ids();
COMMIT;
