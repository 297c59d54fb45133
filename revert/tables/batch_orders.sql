-- Revert workshop_db:tables/batch_orders from pg
BEGIN;
DROP TABLE workshop.batch_orders;
COMMIT;
