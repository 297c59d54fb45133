-- Rule order_status_logged: the first status and every change append
-- order_status_history, with the acting worker and the reason, in the same transaction.
BEGIN;
SELECT plan(11);

INSERT INTO workshop.workers (id, auth_user_id, name, email, role) VALUES
  ('a3000000-0000-4000-8000-000000000001', NULL, 'Log Service', 'log.service@example.com', 'manager'),
  ('a3000000-0000-4000-8000-000000000002', 'c3000000-0000-4000-8000-000000000002', 'Log Signed In', 'log.signed@example.com', 'worker');
SET LOCAL workshop.worker_id = 'a3000000-0000-4000-8000-000000000001';
SET LOCAL workshop.change_reason = 'imported from the shop';
INSERT INTO workshop.orders (id, order_number, model_id, wood_type)
VALUES ('b3000000-0000-4000-8000-000000000001', 'LOG-1',
        (SELECT id FROM workshop.headphone_models WHERE name = 'Auteur'), 'Sapele');

SELECT results_eq(
  $$SELECT old_status, new_status, changed_by, reason FROM workshop.order_status_history
     WHERE order_id = 'b3000000-0000-4000-8000-000000000001' ORDER BY id$$,
  $$VALUES (NULL::workshop.order_status, 'pending'::workshop.order_status,
            'a3000000-0000-4000-8000-000000000001'::uuid, 'imported from the shop')$$,
  'the insert logs the first status, the worker of workshop.worker_id and workshop.change_reason');

SET LOCAL workshop.change_reason = '';
UPDATE workshop.orders SET status = 'on_hold' WHERE id = 'b3000000-0000-4000-8000-000000000001';
SELECT results_eq(
  $$SELECT old_status, new_status, reason FROM workshop.order_status_history
     WHERE order_id = 'b3000000-0000-4000-8000-000000000001' ORDER BY id DESC LIMIT 1$$,
  $$VALUES ('pending'::workshop.order_status, 'on_hold'::workshop.order_status, NULL::text)$$,
  'a direct UPDATE of the status is logged too (no reason: NULL)');

SELECT lives_ok(
  $$SELECT workshop.set_order_status('b3000000-0000-4000-8000-000000000001', 'pending', 'wood arrived')$$,
  'set_order_status with a reason');
SELECT is(
  (SELECT reason FROM workshop.order_status_history
    WHERE order_id = 'b3000000-0000-4000-8000-000000000001' ORDER BY id DESC LIMIT 1),
  'wood arrived', 'the reason argument reaches the history');
SELECT is(current_setting('workshop.change_reason'), '', 'and the setting is restored afterwards');

-- A signed-in worker is the acting worker, whatever workshop.worker_id says.
SELECT set_config('request.jwt.claims', '{"sub": "c3000000-0000-4000-8000-000000000002"}', true) IS NOT NULL AS signed_in \gset
UPDATE workshop.orders SET status = 'on_hold' WHERE id = 'b3000000-0000-4000-8000-000000000001';
SELECT is(
  (SELECT changed_by FROM workshop.order_status_history
    WHERE order_id = 'b3000000-0000-4000-8000-000000000001' ORDER BY id DESC LIMIT 1),
  'a3000000-0000-4000-8000-000000000002'::uuid, 'the signed-in worker (auth.uid()) is changed_by');
SELECT set_config('request.jwt.claims', '', true) IS NOT NULL AS signed_out \gset

-- What is not a change writes nothing; a refused change writes nothing.
UPDATE workshop.orders SET notes = 'rush if possible' WHERE id = 'b3000000-0000-4000-8000-000000000001';
UPDATE workshop.orders SET status = status WHERE id = 'b3000000-0000-4000-8000-000000000001';
SELECT lives_ok(
  $$SELECT workshop.set_order_status('b3000000-0000-4000-8000-000000000001', 'on_hold', 'again')$$,
  'setting the status an order already has is accepted');
SELECT is((SELECT count(*) FROM workshop.order_status_history
            WHERE order_id = 'b3000000-0000-4000-8000-000000000001'), 4::bigint,
  'other columns, or the same status, write no history');
SELECT test_helpers.throws_rule(
  $$SELECT workshop.set_order_status('b3000000-0000-4000-8000-000000000001', 'shipped', 'skip ahead')$$,
  '23514', 'order_status_transition', 'on_hold to shipped is refused');
SELECT is((SELECT count(*) FROM workshop.order_status_history
            WHERE order_id = 'b3000000-0000-4000-8000-000000000001'), 4::bigint,
  'the refused change wrote no history');

SELECT results_eq(
  $$SELECT old_status::text, new_status::text FROM workshop.order_status_history
     WHERE order_id = 'b3000000-0000-4000-8000-000000000001' ORDER BY id$$,
  $$VALUES (NULL, 'pending'), ('pending', 'on_hold'), ('on_hold', 'pending'), ('pending', 'on_hold')$$,
  'the history chains: each old_status is the previous new_status');

SELECT * FROM finish();
ROLLBACK;
