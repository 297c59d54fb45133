-- Revert workshop_db:triggers/batch_orders_membership from pg
BEGIN;
DROP TRIGGER batch_orders_status ON workshop.batch_orders;
DROP TRIGGER batch_orders_guard ON workshop.batch_orders;
DROP FUNCTION workshop_private.batch_orders_status();
DROP FUNCTION workshop_private.batch_orders_guard();
COMMIT;
