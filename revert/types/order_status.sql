-- Revert workshop_db:types/order_status from pg
BEGIN;
DROP TYPE workshop.order_status;
COMMIT;
