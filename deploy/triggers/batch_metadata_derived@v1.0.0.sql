-- Deploy workshop_db:triggers/batch_metadata_derived to pg
-- requires: tables/batch_metadata
-- requires: tables/batch_orders
-- requires: tables/work_logs
-- requires: tables/quality_checks
-- requires: tables/model_production_stages
-- requires: tables/orders
BEGIN;

-- The derived columns of batch_metadata are computed in one place, a BEFORE trigger on
-- batch_metadata itself: whoever writes the row (the triggers below, or staff editing
-- notes and tags), the totals come out recomputed from the source rows, never
-- incremented and never taken from the client.
--   total_estimated_hours: the stage estimates of the models of the batch's active
--     orders; once the batch is complete it keeps the value it had at completion (its
--     memberships are then all inactive, and a complete batch is frozen).
--   actual_hours_spent: the batch's work_logs.
--   defect_rate: failed / all quality checks of the batch in percent, NULL without checks.
CREATE FUNCTION workshop_private.batch_metadata_derive() RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER  -- reads every source row, whatever the caller may see
  SET search_path = ''
AS $$
DECLARE
  v_complete boolean;
BEGIN
  SELECT b.is_complete INTO v_complete FROM workshop.batches b WHERE b.id = NEW.batch_id;
  IF TG_OP = 'UPDATE' AND v_complete THEN
    NEW.total_estimated_hours := OLD.total_estimated_hours;
  ELSE
    SELECT COALESCE(pg_catalog.sum(s.estimated_hours), 0) INTO NEW.total_estimated_hours
      FROM workshop.batch_orders bo
      JOIN workshop.orders o ON o.id = bo.order_id
      JOIN workshop.model_production_stages s ON s.model_id = o.model_id
     WHERE bo.batch_id = NEW.batch_id AND bo.is_active;
  END IF;
  SELECT COALESCE(pg_catalog.sum(w.hours), 0) INTO NEW.actual_hours_spent
    FROM workshop.work_logs w
   WHERE w.batch_id = NEW.batch_id;
  SELECT pg_catalog.round(100.0 * pg_catalog.count(*) FILTER (WHERE NOT q.passed) / NULLIF(pg_catalog.count(*), 0), 2) INTO NEW.defect_rate
    FROM workshop.quality_checks q
   WHERE q.batch_id = NEW.batch_id;
  RETURN NEW;
END
$$;
COMMENT ON FUNCTION workshop_private.batch_metadata_derive() IS
  'BEFORE INSERT OR UPDATE on batch_metadata: recomputes total_estimated_hours (frozen once complete), actual_hours_spent and defect_rate.';
REVOKE ALL ON FUNCTION workshop_private.batch_metadata_derive() FROM PUBLIC;

-- Every batch has its metadata row from the start.
CREATE FUNCTION workshop_private.batch_metadata_create() RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER  -- writes batch_metadata whatever the caller may write
  SET search_path = ''
AS $$
BEGIN
  INSERT INTO workshop.batch_metadata (batch_id) VALUES (NEW.id);
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION workshop_private.batch_metadata_create() IS
  'AFTER INSERT on batches: creates the batch''s batch_metadata row.';
REVOKE ALL ON FUNCTION workshop_private.batch_metadata_create() FROM PUBLIC;

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

-- An order's model or a model's stage estimates changed: recompute the open batches
-- in which such orders are active.
CREATE FUNCTION workshop_private.batch_metadata_touch_model() RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER  -- writes batch_metadata whatever the caller may write
  SET search_path = ''
AS $$
BEGIN
  IF TG_TABLE_NAME = 'orders' THEN
    UPDATE workshop.batch_metadata m
       SET batch_id = m.batch_id  -- no-op write: batch_metadata_derive recomputes the row
     WHERE m.batch_id IN (SELECT bo.batch_id FROM workshop.batch_orders bo
                           WHERE bo.order_id = NEW.id AND bo.is_active);
  ELSE
    UPDATE workshop.batch_metadata m
       SET batch_id = m.batch_id
     WHERE m.batch_id IN (SELECT bo.batch_id
                            FROM workshop.batch_orders bo
                            JOIN workshop.orders o ON o.id = bo.order_id
                           WHERE bo.is_active
                             AND o.model_id IN (CASE WHEN TG_OP <> 'INSERT' THEN OLD.model_id END,
                                                CASE WHEN TG_OP <> 'DELETE' THEN NEW.model_id END));
  END IF;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION workshop_private.batch_metadata_touch_model() IS
  'AFTER a change of orders.model_id or of model_production_stages: recomputes the metadata of the open batches concerned.';
REVOKE ALL ON FUNCTION workshop_private.batch_metadata_touch_model() FROM PUBLIC;

CREATE TRIGGER batch_metadata_derive
  BEFORE INSERT OR UPDATE ON workshop.batch_metadata
  FOR EACH ROW EXECUTE FUNCTION workshop_private.batch_metadata_derive();
CREATE TRIGGER batches_metadata_create
  AFTER INSERT ON workshop.batches
  FOR EACH ROW EXECUTE FUNCTION workshop_private.batch_metadata_create();
CREATE TRIGGER batch_orders_metadata
  AFTER INSERT OR DELETE OR UPDATE OF is_active ON workshop.batch_orders
  FOR EACH ROW EXECUTE FUNCTION workshop_private.batch_metadata_touch();
CREATE TRIGGER work_logs_metadata
  AFTER INSERT OR DELETE OR UPDATE OF batch_id, hours ON workshop.work_logs
  FOR EACH ROW EXECUTE FUNCTION workshop_private.batch_metadata_touch();
CREATE TRIGGER quality_checks_metadata
  AFTER INSERT OR DELETE OR UPDATE OF batch_id, passed ON workshop.quality_checks
  FOR EACH ROW EXECUTE FUNCTION workshop_private.batch_metadata_touch();
CREATE TRIGGER orders_metadata
  AFTER UPDATE OF model_id ON workshop.orders
  FOR EACH ROW WHEN (OLD.model_id IS DISTINCT FROM NEW.model_id)
  EXECUTE FUNCTION workshop_private.batch_metadata_touch_model();
CREATE TRIGGER model_production_stages_metadata
  AFTER INSERT OR DELETE OR UPDATE OF model_id, estimated_hours ON workshop.model_production_stages
  FOR EACH ROW EXECUTE FUNCTION workshop_private.batch_metadata_touch_model();
COMMENT ON TRIGGER batch_metadata_derive ON workshop.batch_metadata IS 'Derived columns are recomputed on every write.';
COMMENT ON TRIGGER batches_metadata_create ON workshop.batches IS 'Each batch gets its batch_metadata row.';
COMMENT ON TRIGGER batch_orders_metadata ON workshop.batch_orders IS 'Recomputes total_estimated_hours.';
COMMENT ON TRIGGER work_logs_metadata ON workshop.work_logs IS 'Recomputes actual_hours_spent.';
COMMENT ON TRIGGER quality_checks_metadata ON workshop.quality_checks IS 'Recomputes defect_rate.';
COMMENT ON TRIGGER orders_metadata ON workshop.orders IS 'Recomputes total_estimated_hours when an order changes model.';
COMMENT ON TRIGGER model_production_stages_metadata ON workshop.model_production_stages IS 'Recomputes total_estimated_hours when estimates change.';

COMMIT;
