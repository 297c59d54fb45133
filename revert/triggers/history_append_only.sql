-- Revert workshop_db:triggers/history_append_only from pg
BEGIN;
DROP TRIGGER batch_stage_history_append_only ON workshop.batch_stage_history;
DROP TRIGGER order_status_history_append_only ON workshop.order_status_history;
DROP FUNCTION workshop_private.history_append_only();
COMMIT;
