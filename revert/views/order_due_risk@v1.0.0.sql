-- Revert workshop_db:views/order_due_risk from pg
BEGIN;
DROP VIEW workshop.order_due_risk;
COMMIT;
