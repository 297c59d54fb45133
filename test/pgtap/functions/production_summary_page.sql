-- workshop.production_summary_page: a page of the production summary by batch number,
-- for staff; the same rows and columns as workshop.production_summary.
BEGIN;
SELECT plan(9);

INSERT INTO workshop.workers (id, auth_user_id, name, email, role) VALUES
  ('a7300000-0000-4000-8000-000000000001', 'e7300000-0000-4000-8000-000000000001', 'Page Manager', 'page.manager@example.com', 'manager');
INSERT INTO workshop.customers (id, auth_user_id, name, email) VALUES
  ('c7300000-0000-4000-8000-000000000001', 'e7300000-0000-4000-8000-000000000009', 'Page Customer', 'page.customer@example.com');
SET LOCAL workshop.worker_id = 'a7300000-0000-4000-8000-000000000001';
INSERT INTO workshop.orders (id, order_number, customer_id, model_id, wood_type)
SELECT 'b7300000-0000-4000-8000-000000000001', 'SP-O1', 'c7300000-0000-4000-8000-000000000001', m.id, 'Cherry'
  FROM workshop.headphone_models m WHERE m.name = 'Atticus';
SELECT id AS b1 FROM workshop.create_batch('SP-B1', 'rush', CURRENT_DATE - 1) \gset
SELECT workshop.add_order_to_batch(:'b1', 'b7300000-0000-4000-8000-000000000001');
SELECT workshop.create_batch('SP-B' || i) FROM generate_series(2, 4) i;
SELECT workshop.refresh_production_summary();

SET LOCAL ROLE authenticated;
SELECT set_config('request.jwt.claims', '{"sub":"e7300000-0000-4000-8000-000000000001","role":"authenticated"}', true);
SELECT results_eq(
  $$SELECT batch_number FROM workshop.production_summary_page('SP-B1', 2)$$,
  $$VALUES ('SP-B2'), ('SP-B3')$$,
  'a manager gets the batches after the key, by batch number, at most max_rows');
SELECT results_eq(
  $$SELECT * FROM workshop.production_summary_page('SP-A', 4)$$,
  $$SELECT * FROM workshop.production_summary WHERE batch_number > 'SP-A' ORDER BY batch_number LIMIT 4$$,
  'its rows are the view''s rows, every column (is_late, hours_variance, refreshed_at included)');
SELECT ok((SELECT is_late AND order_count = 1 FROM workshop.production_summary_page('SP-A', 1)),
  'SP-B1 is late (due yesterday) with its one order');
SELECT is((SELECT count(*)::int FROM workshop.production_summary_page(NULL, NULL) WHERE batch_number LIKE 'SP-%'),
  4, 'without a key or a size: from the first batch, 50 at most');
SELECT is_empty($$SELECT * FROM workshop.production_summary_page(NULL, 0)$$, 'max_rows 0: no row');
SELECT is_empty($$SELECT * FROM workshop.production_summary_page(NULL, -5)$$, 'a negative max_rows: no row');

-- A customer (signed in, not staff): refused before any row is read.
SELECT set_config('request.jwt.claims', '{"sub":"e7300000-0000-4000-8000-000000000009","role":"authenticated"}', true);
SELECT throws_ok($$SELECT * FROM workshop.production_summary_page(NULL, 10)$$, '42501', NULL,
  'a customer gets 42501');
RESET ROLE;
SET LOCAL ROLE anon;
SELECT set_config('request.jwt.claims', '{"role":"anon"}', true);
SELECT throws_ok($$SELECT * FROM workshop.production_summary_page(NULL, 10)$$, '42501', NULL,
  'anon cannot call it');
RESET ROLE;
SELECT ok(NOT has_function_privilege('anon', 'workshop_private.production_summary_page(text,integer)', 'EXECUTE'),
  'anon cannot execute the private SECURITY DEFINER function');

SELECT * FROM finish();
ROLLBACK;
