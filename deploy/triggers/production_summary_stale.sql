-- Deploy workshop_db:triggers/production_summary_stale to pg
-- requires: tables/production_summary_state
-- requires: tables/batches
-- requires: tables/batch_orders
-- requires: tables/orders
-- requires: tables/work_logs
-- requires: tables/model_production_stages
-- requires: tables/headphone_models
BEGIN;

-- Marks workshop_private.production_summary stale after any write to its source tables.
-- Once per statement, and the UPDATE matches nothing while the flag is already set, so
-- busy writers do not queue on the state row. A refresh running in another session
-- (it holds the advisory lock keyed by the materialized view's oid) may have taken its
-- snapshot before this write commits and will clear the flag when it ends: then the
-- write marks it again with remarked_at, which waits for that refresh's transaction if
-- it already wrote the state row. SECURITY DEFINER: the writer (a worker, the import)
-- has no rights on workshop_private.
CREATE FUNCTION workshop_private.mark_production_summary_stale() RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path = ''
AS $$
DECLARE
  v_key bigint := 'workshop_private.production_summary'::pg_catalog.regclass::pg_catalog.oid::bigint;
BEGIN
  UPDATE workshop_private.production_summary_state
     SET is_stale = true, stale_since = pg_catalog.now()
   WHERE NOT is_stale;
  IF pg_catalog.pg_try_advisory_lock_shared(v_key) THEN
    PERFORM pg_catalog.pg_advisory_unlock_shared(v_key);
  ELSE
    UPDATE workshop_private.production_summary_state
       SET is_stale = true,
           stale_since = COALESCE(stale_since, pg_catalog.now()),
           remarked_at = pg_catalog.clock_timestamp();
  END IF;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION workshop_private.mark_production_summary_stale() IS
  'Statement trigger: marks the production summary stale after a write to one of its source tables.';
REVOKE ALL ON FUNCTION workshop_private.mark_production_summary_stale() FROM PUBLIC;

CREATE TRIGGER batches_production_summary_stale
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON workshop.batches
  FOR EACH STATEMENT EXECUTE FUNCTION workshop_private.mark_production_summary_stale();
CREATE TRIGGER batch_orders_production_summary_stale
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON workshop.batch_orders
  FOR EACH STATEMENT EXECUTE FUNCTION workshop_private.mark_production_summary_stale();
CREATE TRIGGER orders_production_summary_stale
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON workshop.orders
  FOR EACH STATEMENT EXECUTE FUNCTION workshop_private.mark_production_summary_stale();
CREATE TRIGGER work_logs_production_summary_stale
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON workshop.work_logs
  FOR EACH STATEMENT EXECUTE FUNCTION workshop_private.mark_production_summary_stale();
CREATE TRIGGER model_production_stages_production_summary_stale
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON workshop.model_production_stages
  FOR EACH STATEMENT EXECUTE FUNCTION workshop_private.mark_production_summary_stale();
CREATE TRIGGER headphone_models_production_summary_stale
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON workshop.headphone_models
  FOR EACH STATEMENT EXECUTE FUNCTION workshop_private.mark_production_summary_stale();

COMMENT ON TRIGGER batches_production_summary_stale ON workshop.batches IS 'Marks the production summary stale.';
COMMENT ON TRIGGER batch_orders_production_summary_stale ON workshop.batch_orders IS 'Marks the production summary stale.';
COMMENT ON TRIGGER orders_production_summary_stale ON workshop.orders IS 'Marks the production summary stale.';
COMMENT ON TRIGGER work_logs_production_summary_stale ON workshop.work_logs IS 'Marks the production summary stale.';
COMMENT ON TRIGGER model_production_stages_production_summary_stale ON workshop.model_production_stages IS 'Marks the production summary stale.';
COMMENT ON TRIGGER headphone_models_production_summary_stale ON workshop.headphone_models IS 'Marks the production summary stale.';

COMMIT;
