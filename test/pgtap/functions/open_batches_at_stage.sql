-- workshop.open_batches_at_stage(p_stage, p_after_created_at, p_after_id, p_max_rows): a
-- stage page, the open batches at a stage, oldest first, with a keyset cursor, read
-- through the caller's privileges and policies. Cast: test/helpers/policy_helpers.sql
-- (batch BX at Intake, created now); on top of it 21 batches T-G1..T-G21, three at each
-- stage, an hour apart (T-G21 the oldest), T-G1 and T-G8 (both at Intake) created at the
-- same instant, T-G14 (at Shipping) complete.
BEGIN;
SELECT plan(21);
SELECT test_helpers.policy_fixture();

CREATE TEMP TABLE fixture_batches AS
  SELECT i, ('e2000000-0000-4000-8000-0000000000' || pg_catalog.lpad(i::text, 2, '0'))::uuid AS id,
         (pg_catalog.enum_range(NULL::workshop.production_stage))[1 + (i - 1) % 7] AS target
    FROM generate_series(1, 21) i;
INSERT INTO workshop.batches (id, batch_number, created_by)
SELECT f.id, 'T-G' || f.i, test_helpers.id('M') FROM fixture_batches f;
UPDATE workshop.batches b
   SET created_at = '2026-06-01 12:00+00'::timestamptz - pg_catalog.make_interval(hours => CASE WHEN f.i = 8 THEN 1 ELSE f.i END)
  FROM fixture_batches f WHERE f.id = b.id;
-- Each batch one stage forward at a time to its stage (Shipping with good quality).
DO $$
DECLARE
  s workshop.production_stage;
BEGIN
  FOREACH s IN ARRAY pg_catalog.enum_range('Sanding'::workshop.production_stage, NULL) LOOP
    IF s = 'Shipping' THEN
      UPDATE workshop.batches b SET quality_status = 'good'
        FROM fixture_batches f WHERE f.id = b.id AND f.target = 'Shipping';
    END IF;
    UPDATE workshop.batches b SET current_stage = s
      FROM fixture_batches f WHERE f.id = b.id AND f.target >= s;
  END LOOP;
END
$$;
UPDATE workshop.batches SET is_complete = true WHERE batch_number = 'T-G14';

-- A page as batch numbers, in the function's order; after: the batch number of the
-- previous page's last row.
CREATE FUNCTION pg_temp.page(s workshop.production_stage, after text DEFAULT NULL, n integer DEFAULT 50)
RETURNS text[] LANGUAGE sql AS $$
  SELECT COALESCE(pg_catalog.array_agg(p.batch_number ORDER BY p.ordinality), '{}')
    FROM workshop.open_batches_at_stage(s,
           (SELECT a.created_at FROM workshop.batches a WHERE a.batch_number = after),
           (SELECT a.id FROM workshop.batches a WHERE a.batch_number = after), n)
         WITH ORDINALITY p
$$;

SELECT results_eq(
  $$SELECT s::text, pg_temp.page(s) FROM unnest(enum_range(NULL::workshop.production_stage)) s ORDER BY s$$,
  $$SELECT s::text, COALESCE((SELECT array_agg(b.batch_number ORDER BY b.created_at, b.id)
                               FROM workshop.batches b WHERE b.current_stage = s AND NOT b.is_complete), '{}')
      FROM unnest(enum_range(NULL::workshop.production_stage)) s ORDER BY s$$,
  'every stage: all its open batches, oldest first, the id breaking ties');
SELECT is((SELECT pg_catalog.count(DISTINCT b.current_stage) FROM workshop.batches b
            WHERE b.batch_number LIKE 'T-G%' AND NOT b.is_complete), 7::bigint,
  'the fixture has open batches at every stage, so every statement above returned rows');
SELECT is(pg_temp.page('Sanding'), ARRAY['T-G16', 'T-G9', 'T-G2'], 'Sanding: T-G16, T-G9, T-G2');
SELECT is(pg_temp.page('Shipping'), ARRAY['T-G21', 'T-G7'], 'Shipping: the complete T-G14 is on no page');
SELECT is(
  (SELECT p.batch_number FROM workshop.open_batches_at_stage('Sanding') p LIMIT 1),
  'T-G16', 'the rows are batches (SETOF workshop.batches)');

-- Paging: each page starts after the previous page's last row.
SELECT is(pg_temp.page('Sanding', 'T-G16', 1), ARRAY['T-G9'], 'the page after T-G16, one row: T-G9');
SELECT is(pg_temp.page('Sanding', 'T-G2'), '{}'::text[], 'after the newest: an empty page');
SELECT is(
  (WITH RECURSIVE walk(n, id, created_at, batch_number) AS (
     SELECT 1, p.id, p.created_at, p.batch_number FROM workshop.open_batches_at_stage('Intake', NULL, NULL, 1) p
     UNION ALL
     SELECT w.n + 1, p.id, p.created_at, p.batch_number
       FROM walk w CROSS JOIN LATERAL workshop.open_batches_at_stage('Intake', w.created_at, w.id, 1) p)
   SELECT array_agg(batch_number ORDER BY n) FROM walk),
  pg_temp.page('Intake'),
  'pages of one row walk every batch at Intake once, across the two created at the same instant');
SELECT is((SELECT count(*) FROM workshop.batches b WHERE b.batch_number IN ('T-G1', 'T-G8')
            GROUP BY b.created_at), 2::bigint, 'T-G1 and T-G8 share their created_at');

-- Page size: default 50, clamped to 0..1000.
SELECT is(cardinality(pg_temp.page('Intake', NULL, 2)), 2, 'p_max_rows 2: two rows');
SELECT is(cardinality(pg_temp.page('Intake', NULL, NULL)), cardinality(pg_temp.page('Intake')),
  'p_max_rows NULL: the default page');
SELECT is(cardinality(pg_temp.page('Intake', NULL, -1)), 0, 'p_max_rows below 0: no row');

-- Refusals.
SET LOCAL TIME ZONE 'UTC';
SELECT is(
  (SELECT (e.err_state, e.err_message, e.err_hint)::text
     FROM test_helpers.error_of($$SELECT * FROM workshop.open_batches_at_stage(NULL)$$) e),
  ('22004', 'a stage page needs a stage',
   'p_stage is one of: Intake, Sanding, Finishing, Sub-Assembly, Final Assembly, Acoustic QC, Shipping')::text,
  'no stage: 22004, the labels as hint');
SELECT is(
  (SELECT (e.err_state, e.err_message, e.err_hint)::text
     FROM test_helpers.error_of($$SELECT * FROM workshop.open_batches_at_stage('Intake', '2026-06-01 12:00+00', NULL)$$) e),
  ('22023', 'a page cursor needs both p_after_created_at and p_after_id (got 2026-06-01 12:00:00+00, NULL)',
   'Pass the created_at and id of the last row of the previous page, or neither for the first page.')::text,
  'half a cursor: 22023, naming both values, with a hint');
SELECT is(
  (SELECT e.err_state FROM test_helpers.error_of(
     $$SELECT * FROM workshop.open_batches_at_stage('Intake', NULL, 'e2000000-0000-4000-8000-000000000001')$$) e),
  '22023', 'the other half of a cursor: 22023');

-- Row level security: the caller's policies filter the page.
SET LOCAL ROLE authenticated;
SELECT test_helpers.sign_in('worker');
SELECT is(pg_temp.page('Sanding'), ARRAY['T-G16', 'T-G9', 'T-G2'], 'a worker: every batch');
SELECT test_helpers.sign_in('customer_a');
SELECT is(pg_temp.page('Intake'), '{}'::text[], 'a customer: no batch');
SELECT test_helpers.sign_in('former');
SELECT is(pg_temp.page('Intake'), '{}'::text[], 'a former manager: none');
RESET ROLE;

SET LOCAL ROLE anon;
SELECT throws_ok($$SELECT * FROM workshop.open_batches_at_stage('Intake')$$, '42501', NULL,
  'anon may not call it');
RESET ROLE;

SELECT ok((SELECT NOT prosecdef AND provolatile = 's' AND l.lanname = 'plpgsql'
                  AND proretset AND prorettype = 'workshop.batches'::regtype
             FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
            WHERE p.oid = 'workshop.open_batches_at_stage(workshop.production_stage, timestamptz, uuid, integer)'::regprocedure),
  'SECURITY INVOKER, STABLE, PL/pgSQL (the plans of its statements kept for the session), SETOF workshop.batches');
SELECT is((SELECT proconfig FROM pg_proc
            WHERE oid = 'workshop.open_batches_at_stage(workshop.production_stage, timestamptz, uuid, integer)'::regprocedure),
  ARRAY['search_path=""', 'plan_cache_mode=force_generic_plan'],
  'search_path empty, and its statements keep their generic plans');

SELECT * FROM finish();
ROLLBACK;
