-- Deploy workshop_db:triggers/batch_metadata_derived to pg
-- requires: triggers/batch_metadata_derived@v1.0.0
BEGIN;

-- Set-based (issue 7): a statement on batch_orders, work_logs or quality_checks rewrites
-- the metadata row of each batch it touched once, not once per source row. The rewrite
-- is still the no-op UPDATE that makes batch_metadata_derive recompute the row from the
-- source rows, so the totals stay derived in one place. A transition table trigger has
-- one event and no column list: one trigger per event, and an UPDATE compares old and
-- new rows (matched on the primary key) on the columns the totals read. Each statement
-- over a transition table is planned for that statement's rows (EXECUTE): a plan kept
-- from a one-row statement would be a nested loop, quadratic for a bulk one, and one kept
-- from a bulk statement a scan of every batch for each single row.
DROP TRIGGER batch_orders_metadata ON workshop.batch_orders;
DROP TRIGGER work_logs_metadata ON workshop.work_logs;
DROP TRIGGER quality_checks_metadata ON workshop.quality_checks;
-- A private trigger function, called by no client: replaced by the per-statement ones.
-- squawk-ignore ban-drop-function
DROP FUNCTION workshop_private.batch_metadata_touch();

CREATE FUNCTION workshop_private.batch_metadata_touch_inserted() RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER  -- writes batch_metadata whatever the caller may write
  SET search_path = ''
AS $$
BEGIN
  IF NOT EXISTS (SELECT FROM new_rows) THEN
    RETURN NULL;  -- the statement wrote no row: nothing to plan
  END IF;
  EXECUTE $q$
    UPDATE workshop.batch_metadata m
       SET batch_id = m.batch_id  -- no-op write: batch_metadata_derive recomputes the row
     WHERE m.batch_id IN (SELECT n.batch_id FROM new_rows n)$q$;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION workshop_private.batch_metadata_touch_inserted() IS
  'AFTER INSERT on batch_orders, work_logs, quality_checks, per statement: recomputes the metadata of each batch of the new rows once.';
REVOKE ALL ON FUNCTION workshop_private.batch_metadata_touch_inserted() FROM PUBLIC;

CREATE FUNCTION workshop_private.batch_metadata_touch_deleted() RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER  -- writes batch_metadata whatever the caller may write
  SET search_path = ''
AS $$
BEGIN
  IF NOT EXISTS (SELECT FROM old_rows) THEN
    RETURN NULL;  -- the statement wrote no row: nothing to plan
  END IF;
  EXECUTE $q$
    UPDATE workshop.batch_metadata m
       SET batch_id = m.batch_id  -- no-op write: batch_metadata_derive recomputes the row
     WHERE m.batch_id IN (SELECT o.batch_id FROM old_rows o)$q$;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION workshop_private.batch_metadata_touch_deleted() IS
  'AFTER DELETE on batch_orders, work_logs, quality_checks, per statement: recomputes the metadata of each batch of the deleted rows once.';
REVOKE ALL ON FUNCTION workshop_private.batch_metadata_touch_deleted() FROM PUBLIC;

-- batch_orders: the batch and order of a membership never change (batch_membership), so
-- only is_active matters.
CREATE FUNCTION workshop_private.batch_orders_metadata_updated() RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER  -- writes batch_metadata whatever the caller may write
  SET search_path = ''
AS $$
BEGIN
  IF NOT EXISTS (SELECT FROM new_rows) THEN
    RETURN NULL;  -- the statement wrote no row: nothing to plan
  END IF;
  EXECUTE $q$
    UPDATE workshop.batch_metadata m
       SET batch_id = m.batch_id  -- no-op write: batch_metadata_derive recomputes the row
     WHERE m.batch_id IN (SELECT n.batch_id
                            FROM new_rows n
                            JOIN old_rows o ON (o.batch_id, o.order_id) = (n.batch_id, n.order_id)
                           WHERE o.is_active IS DISTINCT FROM n.is_active)$q$;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION workshop_private.batch_orders_metadata_updated() IS
  'AFTER UPDATE on batch_orders, per statement: recomputes the metadata of each batch where a membership changed is_active, once.';
REVOKE ALL ON FUNCTION workshop_private.batch_orders_metadata_updated() FROM PUBLIC;

CREATE FUNCTION workshop_private.work_logs_metadata_updated() RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER  -- writes batch_metadata whatever the caller may write
  SET search_path = ''
AS $$
BEGIN
  IF NOT EXISTS (SELECT FROM new_rows) THEN
    RETURN NULL;  -- the statement wrote no row: nothing to plan
  END IF;
  EXECUTE $q$
    UPDATE workshop.batch_metadata m
       SET batch_id = m.batch_id  -- no-op write: batch_metadata_derive recomputes the row
     WHERE m.batch_id IN (SELECT x.batch_id
                            FROM new_rows n
                            JOIN old_rows o ON o.id = n.id
                           CROSS JOIN LATERAL (VALUES (o.batch_id), (n.batch_id)) x(batch_id)
                           WHERE (o.batch_id, o.hours) IS DISTINCT FROM (n.batch_id, n.hours))$q$;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION workshop_private.work_logs_metadata_updated() IS
  'AFTER UPDATE on work_logs, per statement: recomputes the metadata of the old and new batches of logs whose batch or hours changed, once each.';
REVOKE ALL ON FUNCTION workshop_private.work_logs_metadata_updated() FROM PUBLIC;

CREATE FUNCTION workshop_private.quality_checks_metadata_updated() RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER  -- writes batch_metadata whatever the caller may write
  SET search_path = ''
AS $$
BEGIN
  IF NOT EXISTS (SELECT FROM new_rows) THEN
    RETURN NULL;  -- the statement wrote no row: nothing to plan
  END IF;
  EXECUTE $q$
    UPDATE workshop.batch_metadata m
       SET batch_id = m.batch_id  -- no-op write: batch_metadata_derive recomputes the row
     WHERE m.batch_id IN (SELECT x.batch_id
                            FROM new_rows n
                            JOIN old_rows o ON o.id = n.id
                           CROSS JOIN LATERAL (VALUES (o.batch_id), (n.batch_id)) x(batch_id)
                           WHERE (o.batch_id, o.passed) IS DISTINCT FROM (n.batch_id, n.passed))$q$;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION workshop_private.quality_checks_metadata_updated() IS
  'AFTER UPDATE on quality_checks, per statement: recomputes the metadata of the old and new batches of checks whose batch or result changed, once each.';
REVOKE ALL ON FUNCTION workshop_private.quality_checks_metadata_updated() FROM PUBLIC;

CREATE TRIGGER batch_orders_metadata
  AFTER INSERT ON workshop.batch_orders
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION workshop_private.batch_metadata_touch_inserted();
CREATE TRIGGER batch_orders_metadata_update
  AFTER UPDATE ON workshop.batch_orders
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION workshop_private.batch_orders_metadata_updated();
CREATE TRIGGER batch_orders_metadata_delete
  AFTER DELETE ON workshop.batch_orders
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION workshop_private.batch_metadata_touch_deleted();
CREATE TRIGGER work_logs_metadata
  AFTER INSERT ON workshop.work_logs
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION workshop_private.batch_metadata_touch_inserted();
CREATE TRIGGER work_logs_metadata_update
  AFTER UPDATE ON workshop.work_logs
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION workshop_private.work_logs_metadata_updated();
CREATE TRIGGER work_logs_metadata_delete
  AFTER DELETE ON workshop.work_logs
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION workshop_private.batch_metadata_touch_deleted();
CREATE TRIGGER quality_checks_metadata
  AFTER INSERT ON workshop.quality_checks
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION workshop_private.batch_metadata_touch_inserted();
CREATE TRIGGER quality_checks_metadata_update
  AFTER UPDATE ON workshop.quality_checks
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION workshop_private.quality_checks_metadata_updated();
CREATE TRIGGER quality_checks_metadata_delete
  AFTER DELETE ON workshop.quality_checks
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION workshop_private.batch_metadata_touch_deleted();
COMMENT ON TRIGGER batch_orders_metadata ON workshop.batch_orders IS 'Recomputes total_estimated_hours (inserted memberships, per statement).';
COMMENT ON TRIGGER batch_orders_metadata_update ON workshop.batch_orders IS 'Recomputes total_estimated_hours (is_active changed, per statement).';
COMMENT ON TRIGGER batch_orders_metadata_delete ON workshop.batch_orders IS 'Recomputes total_estimated_hours (deleted memberships, per statement).';
COMMENT ON TRIGGER work_logs_metadata ON workshop.work_logs IS 'Recomputes actual_hours_spent (inserted logs, per statement).';
COMMENT ON TRIGGER work_logs_metadata_update ON workshop.work_logs IS 'Recomputes actual_hours_spent (batch or hours changed, per statement).';
COMMENT ON TRIGGER work_logs_metadata_delete ON workshop.work_logs IS 'Recomputes actual_hours_spent (deleted logs, per statement).';
COMMENT ON TRIGGER quality_checks_metadata ON workshop.quality_checks IS 'Recomputes defect_rate (inserted checks, per statement).';
COMMENT ON TRIGGER quality_checks_metadata_update ON workshop.quality_checks IS 'Recomputes defect_rate (batch or result changed, per statement).';
COMMENT ON TRIGGER quality_checks_metadata_delete ON workshop.quality_checks IS 'Recomputes defect_rate (deleted checks, per statement).';

COMMIT;
