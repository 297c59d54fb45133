-- Revert workshop_db:triggers/batch_metadata_derived from pg
BEGIN;
DROP TRIGGER model_production_stages_metadata ON workshop.model_production_stages;
DROP TRIGGER orders_metadata ON workshop.orders;
DROP TRIGGER quality_checks_metadata ON workshop.quality_checks;
DROP TRIGGER work_logs_metadata ON workshop.work_logs;
DROP TRIGGER batch_orders_metadata ON workshop.batch_orders;
DROP TRIGGER batches_metadata_create ON workshop.batches;
DROP TRIGGER batch_metadata_derive ON workshop.batch_metadata;
DROP FUNCTION workshop_private.batch_metadata_touch_model();
DROP FUNCTION workshop_private.batch_metadata_touch();
DROP FUNCTION workshop_private.batch_metadata_create();
DROP FUNCTION workshop_private.batch_metadata_derive();
COMMIT;
