-- Deploy workshop_db:tables/batches_id_uuid_v7 to pg
-- requires: tables/batches
-- requires: functions/uuid_v7
-- New batches get time-ordered keys (workshop_private.uuid_v7()) instead of random ones.
-- Batches are referenced by every membership and stage move
-- (batch_orders, batch_stage_history): their keys in order keep those indexes' new
-- entries together.
-- Rows that exist keep their keys; a client may still send its own. A key now tells the
-- millisecond its row was made, which created_at shows the same readers anyway.
-- A catalog change only, but ALTER TABLE takes ACCESS EXCLUSIVE on batches for it: give up
-- rather than queue behind a long transaction (and every reader behind us).
BEGIN;
SET LOCAL lock_timeout = '5s';

ALTER TABLE workshop.batches ALTER COLUMN id SET DEFAULT workshop_private.uuid_v7();

COMMIT;
