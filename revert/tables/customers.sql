-- Revert workshop_db:tables/customers from pg
BEGIN;
DROP TABLE workshop.customers;
COMMIT;
