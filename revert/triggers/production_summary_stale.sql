-- Revert workshop_db:triggers/production_summary_stale from pg
BEGIN;
DROP TRIGGER batches_production_summary_stale ON workshop.batches;
DROP TRIGGER batch_orders_production_summary_stale ON workshop.batch_orders;
DROP TRIGGER orders_production_summary_stale ON workshop.orders;
DROP TRIGGER work_logs_production_summary_stale ON workshop.work_logs;
DROP TRIGGER model_production_stages_production_summary_stale ON workshop.model_production_stages;
DROP TRIGGER headphone_models_production_summary_stale ON workshop.headphone_models;
DROP FUNCTION workshop_private.mark_production_summary_stale();
COMMIT;
