-- Deploy workshop_db:functions/open_batches_at_stage to pg
-- requires: tables/batches
-- requires: indexes/batches_stage_pages
-- requires: indexes/batches_open_stage
BEGIN;

-- A stage page: the open batches at one stage, oldest first, a page after a keyset
-- cursor. The stage page's counterpart of workshop.orders_by_status(), for the same
-- reason: under row level security enum equality is no index condition, and a
-- statement with the stage as a parameter reaches the stage's partial index
-- (indexes/batches_stage_pages) only in a plan made for the value, so PostgreSQL plans a
-- staff member's prepared page on every call. Here each stage has its own statement
-- naming the stage, so even a generic plan proves its partial index's predicate, and
-- the keyset, a row comparison of timestamptz and uuid, is its index condition;
-- plan_cache_mode = force_generic_plan keeps each statement's one plan for the session.
-- At 100,000 orders a manager's prepared page took 0.21 ms p95 against 0.29 for the
-- statement (bench/results/2026-12-07-stage-page.md). SETOF workshop.batches, so
-- PostgREST filters and embeds its rows as batches. SECURITY INVOKER: the caller's
-- grants and policies apply. PostgREST: GET /rpc/open_batches_at_stage?p_stage=Sanding
CREATE FUNCTION workshop.open_batches_at_stage(p_stage workshop.production_stage,
                                               p_after_created_at timestamptz DEFAULT NULL,
                                               p_after_id uuid DEFAULT NULL,
                                               p_max_rows integer DEFAULT 50)
RETURNS SETOF workshop.batches
  LANGUAGE plpgsql STABLE
  SET search_path = ''
  SET plan_cache_mode = force_generic_plan
  ROWS 50
AS $$
DECLARE
  -- The first page starts below every batch: no OR in the keyset, which would stop it
  -- being the index condition.
  v_after_created_at timestamptz := COALESCE(p_after_created_at, '-infinity');
  v_after_id uuid := COALESCE(p_after_id, '00000000-0000-0000-0000-000000000000');
  v_max_rows integer := LEAST(GREATEST(COALESCE(p_max_rows, 50), 0), 1000);
BEGIN
  IF p_stage IS NULL THEN
    RAISE EXCEPTION 'a stage page needs a stage'
      USING ERRCODE = 'null_value_not_allowed',
            HINT = 'p_stage is one of: ' || pg_catalog.array_to_string(
                     pg_catalog.enum_range(NULL::workshop.production_stage)::text[], ', ');
  END IF;
  IF (p_after_created_at IS NULL) <> (p_after_id IS NULL) THEN
    RAISE EXCEPTION 'a page cursor needs both p_after_created_at and p_after_id (got %, %)',
          COALESCE(p_after_created_at::text, 'NULL'), COALESCE(p_after_id::text, 'NULL')
      USING ERRCODE = 'invalid_parameter_value',
            HINT = 'Pass the created_at and id of the last row of the previous page, or neither for the first page.';
  END IF;

  -- One statement per stage (a new label fails here with case_not_found until it gets
  -- its own; test/pgtap/functions/open_batches_at_stage.sql calls every label).
  CASE p_stage
  WHEN 'Intake' THEN
    RETURN QUERY
    SELECT b.*
      FROM workshop.batches b
     WHERE b.current_stage OPERATOR(pg_catalog.=) 'Intake'
       AND NOT b.is_complete
       AND (b.created_at, b.id) OPERATOR(pg_catalog.>) (v_after_created_at, v_after_id)
     ORDER BY b.created_at, b.id
     LIMIT v_max_rows;
  WHEN 'Sanding' THEN
    RETURN QUERY
    SELECT b.*
      FROM workshop.batches b
     WHERE b.current_stage OPERATOR(pg_catalog.=) 'Sanding'
       AND NOT b.is_complete
       AND (b.created_at, b.id) OPERATOR(pg_catalog.>) (v_after_created_at, v_after_id)
     ORDER BY b.created_at, b.id
     LIMIT v_max_rows;
  WHEN 'Finishing' THEN
    RETURN QUERY
    SELECT b.*
      FROM workshop.batches b
     WHERE b.current_stage OPERATOR(pg_catalog.=) 'Finishing'
       AND NOT b.is_complete
       AND (b.created_at, b.id) OPERATOR(pg_catalog.>) (v_after_created_at, v_after_id)
     ORDER BY b.created_at, b.id
     LIMIT v_max_rows;
  WHEN 'Sub-Assembly' THEN
    RETURN QUERY
    SELECT b.*
      FROM workshop.batches b
     WHERE b.current_stage OPERATOR(pg_catalog.=) 'Sub-Assembly'
       AND NOT b.is_complete
       AND (b.created_at, b.id) OPERATOR(pg_catalog.>) (v_after_created_at, v_after_id)
     ORDER BY b.created_at, b.id
     LIMIT v_max_rows;
  WHEN 'Final Assembly' THEN
    RETURN QUERY
    SELECT b.*
      FROM workshop.batches b
     WHERE b.current_stage OPERATOR(pg_catalog.=) 'Final Assembly'
       AND NOT b.is_complete
       AND (b.created_at, b.id) OPERATOR(pg_catalog.>) (v_after_created_at, v_after_id)
     ORDER BY b.created_at, b.id
     LIMIT v_max_rows;
  WHEN 'Acoustic QC' THEN
    RETURN QUERY
    SELECT b.*
      FROM workshop.batches b
     WHERE b.current_stage OPERATOR(pg_catalog.=) 'Acoustic QC'
       AND NOT b.is_complete
       AND (b.created_at, b.id) OPERATOR(pg_catalog.>) (v_after_created_at, v_after_id)
     ORDER BY b.created_at, b.id
     LIMIT v_max_rows;
  WHEN 'Shipping' THEN
    RETURN QUERY
    SELECT b.*
      FROM workshop.batches b
     WHERE b.current_stage OPERATOR(pg_catalog.=) 'Shipping'
       AND NOT b.is_complete
       AND (b.created_at, b.id) OPERATOR(pg_catalog.>) (v_after_created_at, v_after_id)
     ORDER BY b.created_at, b.id
     LIMIT v_max_rows;
  END CASE;
END
$$;
COMMENT ON FUNCTION workshop.open_batches_at_stage(workshop.production_stage, timestamptz, uuid, integer) IS
  'A stage page: the open batches at p_stage, oldest first (created_at, id), after the cursor (p_after_created_at, p_after_id) of the previous page''s last row (both NULL for the first page), at most p_max_rows (default 50, at most 1000). Row level security applies (SECURITY INVOKER); each stage has its own statement, its plan kept for the session.';
REVOKE ALL ON FUNCTION workshop.open_batches_at_stage(workshop.production_stage, timestamptz, uuid, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION workshop.open_batches_at_stage(workshop.production_stage, timestamptz, uuid, integer) TO authenticated, service_role;

COMMIT;
