-- Deploy workshop_db:tables/customers_id_uuid_v7 to pg
-- requires: tables/customers
-- requires: functions/uuid_v7
-- New customers get time-ordered keys (workshop_private.uuid_v7()) instead of random ones.
-- The Shopify import adds a customer for each new buyer, and each new
-- order's customer_id then goes next to the last ones in idx_orders_customer_id.
-- Rows that exist keep their keys; a client may still send its own. A key now tells the
-- millisecond its row was made, which created_at shows the same readers anyway.
-- A catalog change only, but ALTER TABLE takes ACCESS EXCLUSIVE on customers for it: give up
-- rather than queue behind a long transaction (and every reader behind us).
BEGIN;
SET LOCAL lock_timeout = '5s';

ALTER TABLE workshop.customers ALTER COLUMN id SET DEFAULT workshop_private.uuid_v7();

COMMIT;
