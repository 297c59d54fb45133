-- Revert workshop_db:tables/orders from pg
BEGIN;
DROP TABLE workshop.orders;
COMMIT;
