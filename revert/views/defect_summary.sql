-- Revert workshop_db:views/defect_summary from pg
BEGIN;
DROP VIEW workshop.defect_summary;
COMMIT;
