-- Deploy workshop_db:functions/refresh_production_summary to pg
-- requires: matviews/production_summary
-- requires: tables/production_summary_state
-- requires: functions/require_staff_role
BEGIN;

-- Refreshes the production summary as its owner (REFRESH needs ownership), so that any
-- staff member can. CONCURRENTLY: readers keep reading the old rows meanwhile. One
-- refresh at a time per database: a second one started meanwhile returns 'skipped' at
-- once instead of queueing on the materialized view's lock (the advisory lock is keyed
-- by the view's oid and held until the caller's transaction ends). A write still
-- running in another session when the snapshot is taken may not be in it, so the
-- summary then stays marked stale; so does a write that marked it again meanwhile
-- (remarked_at, see mark_production_summary_stale).
CREATE FUNCTION workshop_private.refresh_production_summary(
  only_if_stale boolean,
  OUT status text, OUT last_refreshed_at timestamptz, OUT is_stale boolean)
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path = ''
AS $$
DECLARE
  v_key       bigint := 'workshop_private.production_summary'::pg_catalog.regclass::pg_catalog.oid::bigint;
  v_started   timestamptz := pg_catalog.clock_timestamp();
  v_in_flight boolean;
  v_state     workshop_private.production_summary_state;
BEGIN
  PERFORM workshop_private.require_staff_role(ARRAY['worker', 'manager', 'admin']::workshop.worker_role[]);

  IF NOT pg_catalog.pg_try_advisory_xact_lock(v_key) THEN
    SELECT * INTO v_state FROM workshop_private.production_summary_state;
    status := 'skipped';
    last_refreshed_at := v_state.last_refreshed_at;
    is_stale := v_state.is_stale;
    RETURN;
  END IF;

  SELECT * INTO v_state FROM workshop_private.production_summary_state;
  IF only_if_stale AND NOT v_state.is_stale THEN
    status := 'fresh';
    last_refreshed_at := v_state.last_refreshed_at;
    is_stale := false;
    RETURN;
  END IF;

  -- Sessions holding a write lock on a source table now may commit after the snapshot.
  SELECT EXISTS (
    SELECT FROM pg_catalog.pg_locks l
     WHERE l.locktype = 'relation'
       AND l.mode = 'RowExclusiveLock'
       AND l.pid <> pg_catalog.pg_backend_pid()
       AND l.database = (SELECT d.oid FROM pg_catalog.pg_database d
                          WHERE d.datname = pg_catalog.current_database())
       AND l.relation IN ('workshop.batches'::pg_catalog.regclass, 'workshop.batch_orders'::pg_catalog.regclass,
                          'workshop.orders'::pg_catalog.regclass, 'workshop.work_logs'::pg_catalog.regclass,
                          'workshop.model_production_stages'::pg_catalog.regclass,
                          'workshop.headphone_models'::pg_catalog.regclass))
    INTO v_in_flight;

  last_refreshed_at := pg_catalog.clock_timestamp();
  REFRESH MATERIALIZED VIEW CONCURRENTLY workshop_private.production_summary;

  UPDATE workshop_private.production_summary_state s
     SET is_stale = v_in_flight OR COALESCE(s.remarked_at >= v_started, false),
         stale_since = CASE WHEN v_in_flight OR COALESCE(s.remarked_at >= v_started, false)
                            THEN COALESCE(s.stale_since, refresh_production_summary.last_refreshed_at) END,
         last_refreshed_at = refresh_production_summary.last_refreshed_at,
         last_refresh_duration = pg_catalog.clock_timestamp() - v_started
  RETURNING s.is_stale INTO is_stale;
  status := 'refreshed';
END
$$;
COMMENT ON FUNCTION workshop_private.refresh_production_summary(boolean) IS
  'Refreshes workshop_private.production_summary CONCURRENTLY as its owner: refreshed, fresh (only_if_stale and nothing changed) or skipped (another refresh is running).';
REVOKE ALL ON FUNCTION workshop_private.refresh_production_summary(boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION workshop_private.refresh_production_summary(boolean) TO authenticated, service_role;

-- The API: a thin invoker wrapper, so that the SECURITY DEFINER part stays in the
-- private schema. A SQL-standard body is parsed here, at creation: callers need EXECUTE
-- on the private function but no USAGE on workshop_private, which stays closed.
CREATE FUNCTION workshop.refresh_production_summary(
  only_if_stale boolean DEFAULT false,
  OUT status text, OUT last_refreshed_at timestamptz, OUT is_stale boolean)
  LANGUAGE sql
  SET search_path = ''
BEGIN ATOMIC
  SELECT r.status, r.last_refreshed_at, r.is_stale
    FROM workshop_private.refresh_production_summary(only_if_stale) r;
END;
COMMENT ON FUNCTION workshop.refresh_production_summary(boolean) IS
  'Refreshes the production summary (staff, service_role, DBAs). status: refreshed | fresh (only_if_stale and no write since) | skipped (another refresh is running); last_refreshed_at: data as of; is_stale: writes pending after it.';
REVOKE ALL ON FUNCTION workshop.refresh_production_summary(boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION workshop.refresh_production_summary(boolean) TO authenticated, service_role;

COMMIT;
