-- Rule order_wood_offered: an order's wood is one its model offers (insert, update of
-- wood or model), and a model keeps every wood its open orders use.
BEGIN;
SELECT plan(17);

INSERT INTO workshop.workers (id, name, email, role)
VALUES ('a1000000-0000-4000-8000-000000000001', 'Wood Tester', 'wood.tester@example.com', 'manager');
SET LOCAL workshop.worker_id = 'a1000000-0000-4000-8000-000000000001';

-- The seed's intent: a valid order with only order_number, model and wood is accepted, pending.
SELECT lives_ok(
  $$INSERT INTO workshop.orders (id, order_number, model_id, wood_type)
    VALUES ('b1000000-0000-4000-8000-000000000001', 'WOOD-1',
            (SELECT id FROM workshop.headphone_models WHERE name = 'Atticus'), 'Walnut')$$,
  'an Atticus in Walnut with only order_number, model and wood is accepted');
SELECT is((SELECT status FROM workshop.orders WHERE order_number = 'WOOD-1'), 'pending'::workshop.order_status,
  'and it is pending');

-- The seed's intent: a wood the model does not offer is refused with 23514.
SELECT test_helpers.throws_rule(
  $$INSERT INTO workshop.orders (order_number, model_id, wood_type)
    VALUES ('WOOD-BAD', (SELECT id FROM workshop.headphone_models WHERE name = 'Atticus'), 'Ziricote')$$,
  '23514', 'order_wood_offered', 'an Atticus cannot be ordered in Ziricote');
SELECT is(
  (SELECT (e.err_message, e.err_hint)::text FROM test_helpers.error_of(
     $$INSERT INTO workshop.orders (order_number, model_id, wood_type)
       VALUES ('WOOD-BAD', (SELECT id FROM workshop.headphone_models WHERE name = 'Atticus'), 'Ziricote')$$) e),
  ('wood Ziricote is not offered for model Atticus', 'offered: Sapele, Cherry, Walnut')::text,
  'the message names wood and model, the hint the woods offered');
SELECT is((SELECT count(*) FROM workshop.orders WHERE order_number = 'WOOD-BAD'), 0::bigint,
  'the refused insert wrote no order');
SELECT is((SELECT count(*) FROM workshop.order_status_history h
            WHERE NOT EXISTS (SELECT FROM workshop.orders o WHERE o.id = h.order_id)), 0::bigint,
  'and no history row');
SELECT lives_ok(
  $$INSERT INTO workshop.orders (order_number, model_id, wood_type)
    VALUES ('WOOD-2', (SELECT id FROM workshop.headphone_models WHERE name = 'Caldera'), 'Ziricote')$$,
  'a Caldera can be ordered in Ziricote');

-- Updates of the wood or of the model.
SELECT test_helpers.throws_rule(
  $$UPDATE workshop.orders SET wood_type = 'Cocobolo' WHERE order_number = 'WOOD-1'$$,
  '23514', 'order_wood_offered', 'changing an Atticus to Cocobolo is refused');
SELECT is((SELECT wood_type FROM workshop.orders WHERE order_number = 'WOOD-1'), 'Walnut'::workshop.wood_type,
  'the refused update changed nothing');
SELECT lives_ok(
  $$UPDATE workshop.orders SET model_id = (SELECT id FROM workshop.headphone_models WHERE name = 'Verite'),
                               wood_type = 'Cocobolo'
     WHERE order_number = 'WOOD-1'$$,
  'changing model and wood together to a Verite in Cocobolo is accepted');
SELECT test_helpers.throws_rule(
  $$UPDATE workshop.orders SET model_id = (SELECT id FROM workshop.headphone_models WHERE name = 'Eikon')
     WHERE order_number = 'WOOD-1'$$,
  '23514', 'order_wood_offered', 'changing the model to one without the order''s wood is refused');

-- The model side: no wood dropped that open orders use.
SELECT test_helpers.throws_rule(
  $$UPDATE workshop.headphone_models SET wood_types = '{Sapele,Cherry,Walnut}' WHERE name = 'Verite'$$,
  '23514', 'order_wood_offered', 'Verite cannot drop Cocobolo while an open order uses it');
SELECT is((SELECT wood_types FROM workshop.headphone_models WHERE name = 'Verite'),
  '{Sapele,Cherry,Walnut,Cocobolo}'::workshop.wood_type[], 'the refused update left the woods alone');
SELECT lives_ok(
  $$UPDATE workshop.headphone_models SET wood_types = '{Sapele,Cherry,Walnut,Cocobolo,Ziricote}' WHERE name = 'Verite'$$,
  'adding a wood is accepted');
SELECT lives_ok(
  $$UPDATE workshop.headphone_models SET wood_types = '{Sapele,Cherry,Walnut,Cocobolo}' WHERE name = 'Verite'$$,
  'dropping a wood no open order uses is accepted');
SELECT lives_ok(
  $$SELECT workshop.set_order_status(o.id, 'cancelled', 'customer changed their mind')
      FROM workshop.orders o WHERE o.order_number = 'WOOD-1'$$,
  'cancelling the Cocobolo order');
SELECT lives_ok(
  $$UPDATE workshop.headphone_models SET wood_types = '{Sapele,Cherry,Walnut}' WHERE name = 'Verite'$$,
  'then Verite may drop Cocobolo: closed orders keep their wood');

SELECT * FROM finish();
ROLLBACK;
