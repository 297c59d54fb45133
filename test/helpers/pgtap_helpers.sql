-- Test-only helpers for the pgTAP suite, loaded by scripts/test.sh into the pgTAP
-- database (never deployed by Sqitch). pgTAP's throws_ok checks the SQLSTATE and the
-- message, but our contract is the SQLSTATE plus the rule's name as the error's
-- constraint name, so these helpers read the error's fields.
CREATE SCHEMA test_helpers;
GRANT USAGE ON SCHEMA test_helpers TO PUBLIC;

-- The fields of the error a statement raises (all NULL when it succeeds). The
-- exception block is a subtransaction: whatever the statement wrote is rolled back.
CREATE FUNCTION test_helpers.error_of(
  stmt text,
  OUT err_state text, OUT err_constraint text, OUT err_message text, OUT err_detail text,
  OUT err_hint text)
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE stmt;
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS
    err_state      = RETURNED_SQLSTATE,
    err_constraint = CONSTRAINT_NAME,
    err_message    = MESSAGE_TEXT,
    err_detail     = PG_EXCEPTION_DETAIL,
    err_hint       = PG_EXCEPTION_HINT;
END
$$;

-- TAP: the statement fails with this SQLSTATE and this rule (constraint) name.
-- On failure the diagnostics show the whole error.
CREATE FUNCTION test_helpers.throws_rule(stmt text, errcode text, rule text, description text)
RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  e record;
  result text;
BEGIN
  e := test_helpers.error_of(stmt);
  result := public.ok(e.err_state IS NOT DISTINCT FROM errcode
                      AND e.err_constraint IS NOT DISTINCT FROM rule, description);
  IF e.err_state IS DISTINCT FROM errcode OR e.err_constraint IS DISTINCT FROM rule THEN
    result := result || E'\n' || public.diag(pg_catalog.format(
      E'    expected: %s / %s\n         got: %s / %s: %s (detail: %s, hint: %s)',
      errcode, rule, COALESCE(e.err_state, 'no error'), e.err_constraint, e.err_message, e.err_detail, e.err_hint));
  END IF;
  RETURN result;
END
$$;
-- TAP, three tests, for an index a change builds CONCURRENTLY (indexes/*): its
-- definition, that it is valid and ready (a failed CONCURRENTLY build leaves an invalid
-- index behind) and that it has a comment. what: the description's "is on ..." part.
CREATE FUNCTION test_helpers.online_index_ok(index_name text, definition text, what text)
RETURNS SETOF text LANGUAGE plpgsql AS $$
DECLARE
  idx regclass := pg_catalog.to_regclass('workshop.' || index_name);
BEGIN
  RETURN NEXT public.is(pg_catalog.pg_get_indexdef(idx), definition, index_name || ' is on ' || what);
  RETURN NEXT public.ok(COALESCE((SELECT i.indisvalid AND i.indisready FROM pg_catalog.pg_index i
                                   WHERE i.indexrelid = idx), false),
                        index_name || ' is valid (its CONCURRENTLY build completed)');
  RETURN NEXT public.isnt(pg_catalog.obj_description(idx, 'pg_class'), NULL, index_name || ' has a comment');
END
$$;

-- The plan of a statement as text (EXPLAIN with the given options, its lines joined),
-- for tests that check which index a query uses.
CREATE FUNCTION test_helpers.plan_of(stmt text, options text DEFAULT 'FORMAT JSON')
RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  line text;
  result text := '';
BEGIN
  FOR line IN EXECUTE 'EXPLAIN (' || options || ') ' || stmt LOOP
    result := result || line || E'\n';
  END LOOP;
  RETURN result;
END
$$;

GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA test_helpers TO PUBLIC;
