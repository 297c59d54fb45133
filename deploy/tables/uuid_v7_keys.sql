-- Deploy workshop_db:tables/uuid_v7_keys to pg
-- requires: tables/orders
-- requires: tables/customers
-- requires: tables/batches
-- requires: functions/uuid_v7
-- New rows of the tables that grow with the business, orders, customers and batches, get
-- time-ordered keys (workshop_private.uuid_v7()) instead of random ones; the small
-- tables (workers, models, stages) keep gen_random_uuid(). The Shopify import adds
-- orders and customers in bulk, and each new order writes orders_pkey, the history's
-- idx_order_status_history_order_id and idx_orders_customer_id, and through the
-- history's foreign key reads its own row back: with random keys each of those touched
-- a random page. On a copy of the 1,000,000-order data set an INSERT of 10,000 orders
-- (with their first history rows) took about 10 % less time with these keys (issue 7).
-- Batches are referenced by every membership and stage move, whose indexes gain alike.
-- Rows that exist keep their keys; a client may still send its own. A key now tells the
-- millisecond its row was made, which created_at shows the same readers anyway.
-- A catalog change only, but ALTER TABLE takes ACCESS EXCLUSIVE on each table for it:
-- give up rather than queue behind a long transaction (and every reader behind us).
BEGIN;
SET LOCAL lock_timeout = '5s';

ALTER TABLE workshop.orders ALTER COLUMN id SET DEFAULT workshop_private.uuid_v7();
ALTER TABLE workshop.customers ALTER COLUMN id SET DEFAULT workshop_private.uuid_v7();
ALTER TABLE workshop.batches ALTER COLUMN id SET DEFAULT workshop_private.uuid_v7();

COMMIT;
