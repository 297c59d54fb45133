-- Revert workshop_db:triggers/quality_checks_defaults from pg
BEGIN;
DROP TRIGGER quality_checks_defaults ON workshop.quality_checks;
DROP FUNCTION workshop_private.quality_checks_defaults();
COMMIT;
