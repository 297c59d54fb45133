-- Revert workshop_db:tables/orders_id_uuid_v7 from pg
-- Random keys again, as tables/orders made them; keys already made stay as they are.
BEGIN;
SET LOCAL lock_timeout = '5s';

ALTER TABLE workshop.orders ALTER COLUMN id SET DEFAULT gen_random_uuid();

COMMIT;
