-- Revert workshop_db:tables/batches_id_uuid_v7 from pg
-- Random keys again, as tables/batches made them; keys already made stay as they are.
BEGIN;
SET LOCAL lock_timeout = '5s';

ALTER TABLE workshop.batches ALTER COLUMN id SET DEFAULT gen_random_uuid();

COMMIT;
