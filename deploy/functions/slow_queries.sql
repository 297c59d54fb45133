-- Deploy workshop_db:functions/slow_queries to pg
-- requires: functions/require_staff_role
-- requires: extensions/pg_stat_statements
BEGIN;

-- The statements of this database that took the most time, from pg_stat_statements.
-- Whether the extension is installed (and where) is looked up at each call, and the view
-- is read with dynamic SQL, so this works, and says so, on a server without it: then,
-- or when the library is not in shared_preload_libraries, it returns one row whose note
-- says why (and a NOTICE) instead of failing. SECURITY DEFINER: pg_stat_statements
-- shows other users' query texts only to a role with pg_read_all_stats (the owner).
CREATE FUNCTION workshop_private.slow_queries(p_limit integer)
RETURNS TABLE (queryid bigint, calls bigint, total_exec_ms double precision,
               mean_exec_ms double precision, max_exec_ms double precision, rows_returned bigint,
               shared_blks_hit bigint, shared_blks_read bigint, query text, note text)
  LANGUAGE plpgsql
  SECURITY DEFINER
  SET search_path = ''
AS $$
DECLARE
  v_schema name;
BEGIN
  PERFORM workshop_private.require_staff_role(ARRAY['manager', 'admin']::workshop.worker_role[]);
  SELECT n.nspname INTO v_schema
    FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
   WHERE e.extname = 'pg_stat_statements';
  IF v_schema IS NULL THEN
    note := 'pg_stat_statements is not installed in this database: CREATE EXTENSION pg_stat_statements SCHEMA extensions (the server must preload it)';
    RAISE NOTICE '%', note;
    RETURN NEXT;
    RETURN;
  END IF;
  BEGIN
    RETURN QUERY EXECUTE pg_catalog.format(
      'SELECT s.queryid, s.calls, s.total_exec_time, s.mean_exec_time, s.max_exec_time, s.rows,
              s.shared_blks_hit, s.shared_blks_read, s.query, NULL::text
         FROM %I.pg_stat_statements s
        WHERE s.dbid = (SELECT d.oid FROM pg_catalog.pg_database d WHERE d.datname = pg_catalog.current_database())
        ORDER BY s.total_exec_time DESC, s.queryid
        LIMIT $1', v_schema)
      USING GREATEST(COALESCE(p_limit, 20), 0);
  EXCEPTION WHEN object_not_in_prerequisite_state THEN
    -- "pg_stat_statements must be loaded via shared_preload_libraries"
    note := 'pg_stat_statements is installed but not loaded: add it to shared_preload_libraries and restart the server';
    RAISE NOTICE '%', note;
    RETURN NEXT;
  END;
END
$$;
COMMENT ON FUNCTION workshop_private.slow_queries(integer) IS
  'Top statements of this database by total execution time from pg_stat_statements, or one row whose note says why there are none. Managers and admins only.';
REVOKE ALL ON FUNCTION workshop_private.slow_queries(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION workshop_private.slow_queries(integer) TO authenticated, service_role;

CREATE FUNCTION workshop.slow_queries(max_rows integer DEFAULT 20)
RETURNS TABLE (queryid bigint, calls bigint, total_exec_ms double precision,
               mean_exec_ms double precision, max_exec_ms double precision, rows_returned bigint,
               shared_blks_hit bigint, shared_blks_read bigint, query text, note text)
  LANGUAGE sql
  SET search_path = ''
-- A SQL-standard body is parsed at creation: no USAGE on workshop_private needed.
BEGIN ATOMIC
  SELECT s.queryid, s.calls, s.total_exec_ms, s.mean_exec_ms, s.max_exec_ms, s.rows_returned,
         s.shared_blks_hit, s.shared_blks_read, s.query, s.note
    FROM workshop_private.slow_queries(max_rows) s;
END;
COMMENT ON FUNCTION workshop.slow_queries(integer) IS
  'Top max_rows statements of this database by total execution time (pg_stat_statements); without the extension one row whose note says so. Managers and admins only.';
REVOKE ALL ON FUNCTION workshop.slow_queries(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION workshop.slow_queries(integer) TO authenticated, service_role;

COMMIT;
