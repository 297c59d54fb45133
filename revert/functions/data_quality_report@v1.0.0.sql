-- Revert workshop_db:functions/data_quality_report from pg
BEGIN;
DROP FUNCTION workshop.data_quality_report(interval);
COMMIT;
