-- Verify workshop_db:tables/batch_metadata on pg
BEGIN;
SELECT batch_id, total_estimated_hours, actual_hours_spent, defect_rate, notes, tags
  FROM workshop.batch_metadata WHERE false;
ROLLBACK;
