-- Rule order_status_transition: a new order is pending; every status change follows
-- the graph of DOMAIN.md (checked exhaustively: every pair of statuses).
BEGIN;
SELECT plan(11);

INSERT INTO workshop.workers (id, name, email, role)
VALUES ('a2000000-0000-4000-8000-000000000001', 'Status Tester', 'status.tester@example.com', 'manager');
SET LOCAL workshop.worker_id = 'a2000000-0000-4000-8000-000000000001';
INSERT INTO workshop.orders (id, order_number, model_id, wood_type)
VALUES ('b2000000-0000-4000-8000-000000000001', 'TRANS-1',
        (SELECT id FROM workshop.headphone_models WHERE name = 'Eikon'), 'Cherry');

SELECT test_helpers.throws_rule(
  $$INSERT INTO workshop.orders (order_number, model_id, wood_type, status)
    VALUES ('TRANS-BAD', (SELECT id FROM workshop.headphone_models WHERE name = 'Eikon'), 'Cherry', 'shipped')$$,
  '23514', 'order_status_transition', 'a new order cannot start as shipped');
SELECT is((SELECT count(*) FROM workshop.orders WHERE order_number = 'TRANS-BAD'), 0::bigint,
  'the refused insert wrote nothing');

-- Every (from, to) pair: put the order in `from` with the triggers off (replica mode),
-- then try the change with them on. The allowed pairs must be exactly DOMAIN.md's.
CREATE TEMP TABLE tried (from_status workshop.order_status, to_status workshop.order_status,
                         err_state text, err_constraint text) ON COMMIT DROP;
DO $$
DECLARE
  f workshop.order_status;
  t workshop.order_status;
  e record;
BEGIN
  FOREACH f IN ARRAY pg_catalog.enum_range(NULL::workshop.order_status) LOOP
    FOREACH t IN ARRAY pg_catalog.enum_range(NULL::workshop.order_status) LOOP
      CONTINUE WHEN f = t;
      SET LOCAL session_replication_role = replica;
      UPDATE workshop.orders SET status = f WHERE order_number = 'TRANS-1';
      SET LOCAL session_replication_role = origin;
      e := test_helpers.error_of(pg_catalog.format(
             'UPDATE workshop.orders SET status = %L WHERE order_number = %L', t, 'TRANS-1'));
      INSERT INTO tried VALUES (f, t, e.err_state, e.err_constraint);
    END LOOP;
  END LOOP;
END
$$;
SELECT results_eq(
  $$SELECT from_status::text, to_status::text FROM tried WHERE err_state IS NULL ORDER BY 1, 2$$,
  $$VALUES ('in_production', 'cancelled'), ('in_production', 'on_hold'), ('in_production', 'pending'),
           ('in_production', 'ready_to_ship'),
           ('on_hold', 'cancelled'), ('on_hold', 'in_production'), ('on_hold', 'pending'),
           ('pending', 'cancelled'), ('pending', 'in_production'), ('pending', 'on_hold'),
           ('ready_to_ship', 'in_production'), ('ready_to_ship', 'on_hold'), ('ready_to_ship', 'pending'),
           ('ready_to_ship', 'shipped'),
           ('shipped', 'delivered')$$,
  'exactly the transitions of DOMAIN.md are allowed');
SELECT is((SELECT count(*) FROM tried), 42::bigint, 'all 42 pairs were tried');
SELECT is((SELECT count(*) FROM tried
            WHERE err_state IS NOT NULL
              AND (err_state, err_constraint) IS DISTINCT FROM ('23514', 'order_status_transition')), 0::bigint,
  'every refused pair is 23514 order_status_transition');
SELECT results_eq(
  $$SELECT from_status::text, to_status::text FROM workshop.order_status_transitions ORDER BY 1, 2$$,
  $$SELECT from_status::text, to_status::text FROM tried WHERE err_state IS NULL ORDER BY 1, 2$$,
  'the graph table is what the rule enforces');

-- Refusals, their messages, and that they write nothing.
SET LOCAL session_replication_role = replica;
UPDATE workshop.orders SET status = 'delivered' WHERE order_number = 'TRANS-1';
SET LOCAL session_replication_role = origin;
SELECT test_helpers.throws_rule(
  $$SELECT workshop.set_order_status('b2000000-0000-4000-8000-000000000001', 'pending')$$,
  '23514', 'order_status_transition', 'delivered is final');
SELECT is(
  (SELECT (e.err_message, e.err_hint)::text FROM test_helpers.error_of(
     $$UPDATE workshop.orders SET status = 'pending' WHERE order_number = 'TRANS-1'$$) e),
  ('order TRANS-1 cannot go from delivered to pending', 'delivered is final')::text,
  'the message names the order and both statuses; the hint says final');
SET LOCAL session_replication_role = replica;
UPDATE workshop.orders SET status = 'shipped' WHERE order_number = 'TRANS-1';
SET LOCAL session_replication_role = origin;
SELECT is(
  (SELECT e.err_hint FROM test_helpers.error_of(
     $$UPDATE workshop.orders SET status = 'pending' WHERE order_number = 'TRANS-1'$$) e),
  'from shipped it may go to: delivered', 'the hint lists where the order may go');
SELECT is(
  (SELECT (status, (SELECT count(*) FROM workshop.order_status_history h
                     WHERE h.order_id = o.id AND h.new_status = 'pending' AND h.old_status = 'shipped'))::text
     FROM workshop.orders o WHERE order_number = 'TRANS-1'),
  ('shipped', 0)::text, 'a refused change leaves the status and writes no history');
SELECT lives_ok(
  $$UPDATE workshop.orders SET notes = 'gift wrap' WHERE order_number = 'TRANS-1'$$,
  'updating other columns of a closed order is not a transition');

SELECT * FROM finish();
ROLLBACK;
