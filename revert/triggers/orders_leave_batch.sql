-- Revert workshop_db:triggers/orders_leave_batch from pg
BEGIN;
DROP TRIGGER orders_leave_batch ON workshop.orders;
DROP FUNCTION workshop_private.orders_leave_batch();
COMMIT;
