-- Revert workshop_db:tables/uuid_v7_keys from pg
-- Random keys again, as the tables' own changes made them; keys already made stay.
BEGIN;
SET LOCAL lock_timeout = '5s';

ALTER TABLE workshop.orders ALTER COLUMN id SET DEFAULT gen_random_uuid();
ALTER TABLE workshop.customers ALTER COLUMN id SET DEFAULT gen_random_uuid();
ALTER TABLE workshop.batches ALTER COLUMN id SET DEFAULT gen_random_uuid();

COMMIT;
