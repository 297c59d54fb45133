-- Revert workshop_db:triggers/batch_metadata_derived from pg
-- Restores the released version (deploy/triggers/batch_metadata_derived@v1.0.0.sql).
BEGIN;

DROP TRIGGER batch_orders_metadata ON workshop.batch_orders;
DROP TRIGGER batch_orders_metadata_update ON workshop.batch_orders;
DROP TRIGGER batch_orders_metadata_delete ON workshop.batch_orders;
DROP TRIGGER work_logs_metadata ON workshop.work_logs;
DROP TRIGGER work_logs_metadata_update ON workshop.work_logs;
DROP TRIGGER work_logs_metadata_delete ON workshop.work_logs;
DROP TRIGGER quality_checks_metadata ON workshop.quality_checks;
DROP TRIGGER quality_checks_metadata_update ON workshop.quality_checks;
DROP TRIGGER quality_checks_metadata_delete ON workshop.quality_checks;
DROP FUNCTION workshop_private.batch_metadata_touch_inserted();
DROP FUNCTION workshop_private.batch_metadata_touch_deleted();
DROP FUNCTION workshop_private.batch_orders_metadata_updated();
DROP FUNCTION workshop_private.work_logs_metadata_updated();
DROP FUNCTION workshop_private.quality_checks_metadata_updated();

-- A source row of batch_orders, work_logs or quality_checks changed: rewrite the
-- metadata of the batches it belongs (belonged) to, which recomputes them.
CREATE FUNCTION workshop_private.batch_metadata_touch() RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER  -- writes batch_metadata whatever the caller may write
  SET search_path = ''
AS $$
BEGIN
  UPDATE workshop.batch_metadata m
     SET batch_id = m.batch_id  -- no-op write: batch_metadata_derive recomputes the row
   WHERE m.batch_id IN (CASE WHEN TG_OP <> 'INSERT' THEN OLD.batch_id END,
                        CASE WHEN TG_OP <> 'DELETE' THEN NEW.batch_id END);
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION workshop_private.batch_metadata_touch() IS
  'AFTER writes on batch_orders, work_logs, quality_checks: recomputes the metadata of the affected batches.';
REVOKE ALL ON FUNCTION workshop_private.batch_metadata_touch() FROM PUBLIC;

CREATE TRIGGER batch_orders_metadata
  AFTER INSERT OR DELETE OR UPDATE OF is_active ON workshop.batch_orders
  FOR EACH ROW EXECUTE FUNCTION workshop_private.batch_metadata_touch();
CREATE TRIGGER work_logs_metadata
  AFTER INSERT OR DELETE OR UPDATE OF batch_id, hours ON workshop.work_logs
  FOR EACH ROW EXECUTE FUNCTION workshop_private.batch_metadata_touch();
CREATE TRIGGER quality_checks_metadata
  AFTER INSERT OR DELETE OR UPDATE OF batch_id, passed ON workshop.quality_checks
  FOR EACH ROW EXECUTE FUNCTION workshop_private.batch_metadata_touch();
COMMENT ON TRIGGER batch_orders_metadata ON workshop.batch_orders IS 'Recomputes total_estimated_hours.';
COMMENT ON TRIGGER work_logs_metadata ON workshop.work_logs IS 'Recomputes actual_hours_spent.';
COMMENT ON TRIGGER quality_checks_metadata ON workshop.quality_checks IS 'Recomputes defect_rate.';

COMMIT;
