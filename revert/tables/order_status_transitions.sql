-- Revert workshop_db:tables/order_status_transitions from pg
BEGIN;
DROP TABLE workshop.order_status_transitions;
COMMIT;
