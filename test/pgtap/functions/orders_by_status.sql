-- workshop.orders_by_status(p_status, p_before_created_at, p_before_id, p_max_rows): a
-- status page, newest first, with a keyset cursor, read through the caller's privileges
-- and policies. Cast: test/helpers/policy_helpers.sql; on top of it 21 orders T-S1..T-S21,
-- three of each status, customers CA (odd) and CB (even), an hour apart, T-S1 and T-S8
-- (both pending) created at the same instant.
BEGIN;
SELECT plan(20);
SELECT test_helpers.policy_fixture();

CREATE TEMP TABLE fixture_orders AS
  SELECT i, ('d2000000-0000-4000-8000-0000000000' || pg_catalog.lpad(i::text, 2, '0'))::uuid AS id,
         (pg_catalog.enum_range(NULL::workshop.order_status))[1 + (i - 1) % 7] AS target
    FROM generate_series(1, 21) i;
INSERT INTO workshop.orders (id, order_number, customer_id, model_id, wood_type)
SELECT f.id, 'T-S' || f.i, test_helpers.id(CASE WHEN f.i % 2 = 1 THEN 'CA' ELSE 'CB' END),
       (SELECT m.id FROM workshop.headphone_models m WHERE m.name = 'Atticus'), 'Walnut'
  FROM fixture_orders f;
UPDATE workshop.orders o
   SET created_at = '2026-06-01 12:00+00'::timestamptz - pg_catalog.make_interval(hours => CASE WHEN f.i = 8 THEN 1 ELSE f.i END)
  FROM fixture_orders f WHERE f.id = o.id;
-- Each order along allowed moves to its status.
UPDATE workshop.orders o SET status = 'in_production' FROM fixture_orders f
 WHERE f.id = o.id AND f.target IN ('in_production', 'ready_to_ship', 'shipped', 'delivered');
UPDATE workshop.orders o SET status = 'ready_to_ship' FROM fixture_orders f
 WHERE f.id = o.id AND f.target IN ('ready_to_ship', 'shipped', 'delivered');
UPDATE workshop.orders o SET status = 'shipped' FROM fixture_orders f
 WHERE f.id = o.id AND f.target IN ('shipped', 'delivered');
UPDATE workshop.orders o SET status = f.target FROM fixture_orders f
 WHERE f.id = o.id AND f.target IN ('on_hold', 'cancelled', 'delivered');

-- A page as order numbers, in the function's order; after: the order number of the
-- previous page's last row.
CREATE FUNCTION pg_temp.page(s workshop.order_status, after text DEFAULT NULL, n integer DEFAULT 50)
RETURNS text[] LANGUAGE sql AS $$
  SELECT COALESCE(pg_catalog.array_agg(p.order_number ORDER BY p.ord), '{}')
    FROM workshop.orders_by_status(s,
           (SELECT a.created_at FROM workshop.orders a WHERE a.order_number = after),
           (SELECT a.id FROM workshop.orders a WHERE a.order_number = after), n)
         WITH ORDINALITY p(id, order_number, status, priority, due_date, created_at, ord)
$$;

SELECT results_eq(
  $$SELECT s::text, pg_temp.page(s) FROM unnest(enum_range(NULL::workshop.order_status)) s ORDER BY s$$,
  $$SELECT s::text, COALESCE((SELECT array_agg(o.order_number ORDER BY o.created_at DESC, o.id DESC)
                               FROM workshop.orders o WHERE o.status = s), '{}')
      FROM unnest(enum_range(NULL::workshop.order_status)) s ORDER BY s$$,
  'every status: all its orders, newest first, the id breaking ties');
SELECT is((SELECT pg_catalog.count(DISTINCT o.status) FROM workshop.orders o
            WHERE o.order_number LIKE 'T-S%'), 7::bigint,
  'the fixture has orders of every status, so every statement above returned rows');
SELECT is(pg_temp.page('on_hold'), ARRAY['T-S3', 'T-S10', 'T-S17'], 'on_hold: T-S3, T-S10, T-S17');

-- Paging: each page starts after the previous page's last row.
SELECT is(pg_temp.page('on_hold', 'T-S3', 1), ARRAY['T-S10'], 'the page after T-S3, one row: T-S10');
SELECT is(pg_temp.page('on_hold', 'T-S17'), '{}'::text[], 'after the oldest: an empty page');
SELECT is(
  (WITH RECURSIVE walk(n, id, created_at, order_number) AS (
     SELECT 1, p.id, p.created_at, p.order_number FROM workshop.orders_by_status('pending', NULL, NULL, 1) p
     UNION ALL
     SELECT w.n + 1, p.id, p.created_at, p.order_number
       FROM walk w CROSS JOIN LATERAL workshop.orders_by_status('pending', w.created_at, w.id, 1) p)
   SELECT array_agg(order_number ORDER BY n) FROM walk),
  pg_temp.page('pending'),
  'pages of one row walk every pending order once, across the two created at the same instant');
SELECT is((SELECT count(*) FROM workshop.orders o WHERE o.order_number IN ('T-S1', 'T-S8')
            GROUP BY o.created_at), 2::bigint, 'T-S1 and T-S8 share their created_at');

-- Page size: default 50, clamped to 0..1000.
SELECT is(cardinality(pg_temp.page('pending', NULL, 2)), 2, 'p_max_rows 2: two rows');
SELECT is(cardinality(pg_temp.page('pending', NULL, NULL)), cardinality(pg_temp.page('pending')),
  'p_max_rows NULL: the default page');
SELECT is(cardinality(pg_temp.page('pending', NULL, -1)), 0, 'p_max_rows below 0: no row');

-- Refusals.
SET LOCAL TIME ZONE 'UTC';
SELECT is(
  (SELECT (e.err_state, e.err_message, e.err_hint)::text
     FROM test_helpers.error_of($$SELECT * FROM workshop.orders_by_status(NULL)$$) e),
  ('22004', 'a status page needs a status',
   'p_status is one of: pending, in_production, on_hold, ready_to_ship, shipped, delivered, cancelled')::text,
  'no status: 22004, the labels as hint');
SELECT is(
  (SELECT (e.err_state, e.err_message, e.err_hint)::text
     FROM test_helpers.error_of($$SELECT * FROM workshop.orders_by_status('pending', '2026-06-01 12:00+00', NULL)$$) e),
  ('22023', 'a page cursor needs both p_before_created_at and p_before_id (got 2026-06-01 12:00:00+00, NULL)',
   'Pass the created_at and id of the last row of the previous page, or neither for the first page.')::text,
  'half a cursor: 22023, naming both values, with a hint');
SELECT is(
  (SELECT e.err_state FROM test_helpers.error_of(
     $$SELECT * FROM workshop.orders_by_status('pending', NULL, 'd2000000-0000-4000-8000-000000000001')$$) e),
  '22023', 'the other half of a cursor: 22023');

-- Row level security: the caller's policies filter the page.
SET LOCAL ROLE authenticated;
SELECT test_helpers.sign_in('customer_a');
SELECT is(pg_temp.page('on_hold'), ARRAY['T-S3', 'T-S17'], 'customer A: their own on_hold orders only');
SELECT test_helpers.sign_in('customer_b');
SELECT is(pg_temp.page('on_hold'), ARRAY['T-S10'], 'customer B: theirs');
SELECT test_helpers.sign_in('worker');
SELECT is(pg_temp.page('on_hold'), ARRAY['T-S3', 'T-S10', 'T-S17'], 'a worker: every order');
SELECT test_helpers.sign_in('former');
SELECT is(pg_temp.page('on_hold'), '{}'::text[], 'a former manager: none');
RESET ROLE;

SET LOCAL ROLE anon;
SELECT throws_ok($$SELECT * FROM workshop.orders_by_status('pending')$$, '42501', NULL,
  'anon may not call it');
RESET ROLE;

SELECT ok((SELECT NOT prosecdef AND provolatile = 's' AND l.lanname = 'plpgsql'
             FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
            WHERE p.oid = 'workshop.orders_by_status(workshop.order_status, timestamptz, uuid, integer)'::regprocedure),
  'SECURITY INVOKER, STABLE, PL/pgSQL (the plans of its statements kept for the session)');
SELECT is((SELECT proconfig FROM pg_proc
            WHERE oid = 'workshop.orders_by_status(workshop.order_status, timestamptz, uuid, integer)'::regprocedure),
  ARRAY['search_path=""', 'plan_cache_mode=force_generic_plan'],
  'search_path empty, and its statements keep their generic plans');

SELECT * FROM finish();
ROLLBACK;
