-- Verify workshop_db:tables/quality_checks on pg
BEGIN;
SELECT id, batch_id, order_id, stage, item, passed, defect_reason, checked_by, checked_at
  FROM workshop.quality_checks WHERE false;
SELECT 1/count(*) FROM pg_catalog.pg_constraint
 WHERE conrelid = 'workshop.quality_checks'::regclass AND conname = 'qc_defect_reason';
ROLLBACK;
