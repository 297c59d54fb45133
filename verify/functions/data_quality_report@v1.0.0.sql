-- Verify workshop_db:functions/data_quality_report on pg
BEGIN;
SELECT check_name, subject_kind, subject_id, subject_label, detail
  FROM workshop.data_quality_report() WHERE false;
ROLLBACK;
