-- Revert workshop_db:tables/order_status_history from pg
BEGIN;
DROP TABLE workshop.order_status_history;
COMMIT;
