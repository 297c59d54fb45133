-- Deploy workshop_db:functions/orders_by_status to pg
-- requires: tables/orders
-- requires: indexes/orders_status_pages
-- requires: indexes/orders_by_status
BEGIN;

-- A status page: the orders of one status, newest first, a page after a keyset cursor.
-- For staff under row level security, where enum equality is no index condition (it
-- is not leakproof) and a statement with the status as a parameter can reach the
-- status's partial index (indexes/orders_status_pages) only through a plan made for
-- the value. PostgreSQL then plans a prepared page again on every call: its generic
-- plan is estimated dearer. Here each status has its own statement naming the status
-- as a constant, so every plan, generic ones too, proves its partial index's predicate;
-- the keyset, a row comparison of timestamptz and uuid, is leakproof and stays the
-- index condition. plan_cache_mode = force_generic_plan keeps each statement's one plan
-- for the session: at 100,000 orders a manager's prepared page took 0.29 ms p95
-- against 0.44 for one statement with the status as a parameter
-- (bench/results/2026-12-07-status-page.md). SECURITY INVOKER: the caller's grants and
-- policies apply. PostgREST: GET /rpc/orders_by_status?p_status=on_hold&...
CREATE FUNCTION workshop.orders_by_status(p_status workshop.order_status,
                                          p_before_created_at timestamptz DEFAULT NULL,
                                          p_before_id uuid DEFAULT NULL,
                                          p_max_rows integer DEFAULT 50)
RETURNS TABLE (id uuid, order_number text, status workshop.order_status,
               priority workshop.batch_priority, due_date date, created_at timestamptz)
  LANGUAGE plpgsql STABLE
  SET search_path = ''
  SET plan_cache_mode = force_generic_plan
  ROWS 50
AS $$
DECLARE
  -- The first page starts above every order: no OR in the keyset, which would stop it
  -- being the index condition.
  v_before_created_at timestamptz := COALESCE(p_before_created_at, 'infinity');
  v_before_id uuid := COALESCE(p_before_id, 'ffffffff-ffff-ffff-ffff-ffffffffffff');
  v_max_rows integer := LEAST(GREATEST(COALESCE(p_max_rows, 50), 0), 1000);
BEGIN
  IF p_status IS NULL THEN
    RAISE EXCEPTION 'a status page needs a status'
      USING ERRCODE = 'null_value_not_allowed',
            HINT = 'p_status is one of: ' || pg_catalog.array_to_string(
                     pg_catalog.enum_range(NULL::workshop.order_status)::text[], ', ');
  END IF;
  IF (p_before_created_at IS NULL) <> (p_before_id IS NULL) THEN
    RAISE EXCEPTION 'a page cursor needs both p_before_created_at and p_before_id (got %, %)',
          COALESCE(p_before_created_at::text, 'NULL'), COALESCE(p_before_id::text, 'NULL')
      USING ERRCODE = 'invalid_parameter_value',
            HINT = 'Pass the created_at and id of the last row of the previous page, or neither for the first page.';
  END IF;

  -- One statement per status (a new label fails here with case_not_found until it
  -- gets its own; test/pgtap/functions/orders_by_status.sql calls every label).
  CASE p_status
  WHEN 'pending' THEN
    RETURN QUERY
    SELECT o.id, o.order_number, o.status, o.priority, o.due_date, o.created_at
      FROM workshop.orders o
     WHERE o.status OPERATOR(pg_catalog.=) 'pending'
       AND (o.created_at, o.id) OPERATOR(pg_catalog.<) (v_before_created_at, v_before_id)
     ORDER BY o.created_at DESC, o.id DESC
     LIMIT v_max_rows;
  WHEN 'in_production' THEN
    RETURN QUERY
    SELECT o.id, o.order_number, o.status, o.priority, o.due_date, o.created_at
      FROM workshop.orders o
     WHERE o.status OPERATOR(pg_catalog.=) 'in_production'
       AND (o.created_at, o.id) OPERATOR(pg_catalog.<) (v_before_created_at, v_before_id)
     ORDER BY o.created_at DESC, o.id DESC
     LIMIT v_max_rows;
  WHEN 'on_hold' THEN
    RETURN QUERY
    SELECT o.id, o.order_number, o.status, o.priority, o.due_date, o.created_at
      FROM workshop.orders o
     WHERE o.status OPERATOR(pg_catalog.=) 'on_hold'
       AND (o.created_at, o.id) OPERATOR(pg_catalog.<) (v_before_created_at, v_before_id)
     ORDER BY o.created_at DESC, o.id DESC
     LIMIT v_max_rows;
  WHEN 'ready_to_ship' THEN
    RETURN QUERY
    SELECT o.id, o.order_number, o.status, o.priority, o.due_date, o.created_at
      FROM workshop.orders o
     WHERE o.status OPERATOR(pg_catalog.=) 'ready_to_ship'
       AND (o.created_at, o.id) OPERATOR(pg_catalog.<) (v_before_created_at, v_before_id)
     ORDER BY o.created_at DESC, o.id DESC
     LIMIT v_max_rows;
  WHEN 'shipped' THEN
    RETURN QUERY
    SELECT o.id, o.order_number, o.status, o.priority, o.due_date, o.created_at
      FROM workshop.orders o
     WHERE o.status OPERATOR(pg_catalog.=) 'shipped'
       AND (o.created_at, o.id) OPERATOR(pg_catalog.<) (v_before_created_at, v_before_id)
     ORDER BY o.created_at DESC, o.id DESC
     LIMIT v_max_rows;
  WHEN 'delivered' THEN
    RETURN QUERY
    SELECT o.id, o.order_number, o.status, o.priority, o.due_date, o.created_at
      FROM workshop.orders o
     WHERE o.status OPERATOR(pg_catalog.=) 'delivered'
       AND (o.created_at, o.id) OPERATOR(pg_catalog.<) (v_before_created_at, v_before_id)
     ORDER BY o.created_at DESC, o.id DESC
     LIMIT v_max_rows;
  WHEN 'cancelled' THEN
    RETURN QUERY
    SELECT o.id, o.order_number, o.status, o.priority, o.due_date, o.created_at
      FROM workshop.orders o
     WHERE o.status OPERATOR(pg_catalog.=) 'cancelled'
       AND (o.created_at, o.id) OPERATOR(pg_catalog.<) (v_before_created_at, v_before_id)
     ORDER BY o.created_at DESC, o.id DESC
     LIMIT v_max_rows;
  END CASE;
END
$$;
COMMENT ON FUNCTION workshop.orders_by_status(workshop.order_status, timestamptz, uuid, integer) IS
  'A status page: orders of p_status, newest first (created_at, id descending), after the cursor (p_before_created_at, p_before_id) of the previous page''s last row (both NULL for the first page), at most p_max_rows (default 50, at most 1000). Row level security applies (SECURITY INVOKER); each status has its own statement, its plan kept for the session.';
REVOKE ALL ON FUNCTION workshop.orders_by_status(workshop.order_status, timestamptz, uuid, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION workshop.orders_by_status(workshop.order_status, timestamptz, uuid, integer) TO authenticated, service_role;

COMMIT;
