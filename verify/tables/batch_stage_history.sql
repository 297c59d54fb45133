-- Verify workshop_db:tables/batch_stage_history on pg
BEGIN;
SELECT id, batch_id, from_stage, to_stage, kind, moved_by, reason, moved_at
  FROM workshop.batch_stage_history WHERE false;
ROLLBACK;
