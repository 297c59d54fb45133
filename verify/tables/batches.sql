-- Verify workshop_db:tables/batches on pg
BEGIN;
SELECT id, batch_number, priority, current_stage, quality_status, is_complete,
       target_completion, actual_completion, created_by, created_at, updated_at
  FROM workshop.batches WHERE false;
ROLLBACK;
