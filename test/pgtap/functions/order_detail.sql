-- workshop.order_detail(p_order_id): the order page, read through the caller's
-- privileges and policies. Cast: test/helpers/policy_helpers.sql (OA in batch BX, OB
-- never batched).
BEGIN;
SELECT plan(12);
SELECT test_helpers.policy_fixture();

-- json has no equality: the pages are compared as jsonb.
CREATE TEMP VIEW page AS
  SELECT d.id, d.order_number, d.status, d.customer::jsonb AS customer,
         d.model::jsonb AS model, d.batch_orders::jsonb AS batch_orders
    FROM workshop.orders o, LATERAL workshop.order_detail(o.id) d;
GRANT SELECT ON page TO authenticated;

SELECT results_eq(
  $$SELECT d.id, d.order_number, d.shopify_order_id, d.customer_id, d.model_id, d.wood_type,
           d.customizations, d.notes, d.status, d.priority, d.due_date, d.created_at, d.updated_at
      FROM workshop.order_detail(test_helpers.id('OA')) d$$,
  $$SELECT o.id, o.order_number, o.shopify_order_id, o.customer_id, o.model_id, o.wood_type,
           o.customizations, o.notes, o.status, o.priority, o.due_date, o.created_at, o.updated_at
      FROM workshop.orders o WHERE o.id = test_helpers.id('OA')$$,
  'the order''s own columns, as in the table');
SELECT is((SELECT (customer, model, batch_orders)::text FROM page WHERE id = test_helpers.id('OA')),
  (SELECT (to_jsonb(c), to_jsonb(m),
           jsonb_build_array(jsonb_build_object('batch', to_jsonb(b))))::text
     FROM workshop.orders o
     JOIN workshop.customers c ON c.id = o.customer_id
     JOIN workshop.headphone_models m ON m.id = o.model_id
     JOIN workshop.batch_orders x ON x.order_id = o.id
     JOIN workshop.batches b ON b.id = x.batch_id
    WHERE o.id = test_helpers.id('OA')),
  'its customer and model as objects, its memberships as [{"batch": ...}]');
SELECT is((SELECT batch_orders FROM page WHERE id = test_helpers.id('OB')), '[]'::jsonb,
  'an order never batched: batch_orders is []');
SELECT is_empty($$SELECT * FROM workshop.order_detail('00000000-0000-4000-8000-000000000000')$$,
  'no such order: no row');
SELECT ok((SELECT NOT ('internal_notes' = ANY (proargnames)) AND 'customizations' = ANY (proargnames)
             FROM pg_proc WHERE oid = 'workshop.order_detail(uuid)'::regprocedure),
  'no internal_notes column (staff read them with workshop.order_internal_notes)');

-- An older membership written last: OA's row of BY says it was there two days ago, and
-- both BY's row and BY itself come after BX's on disk. The page orders by added_at.
INSERT INTO workshop.batches (id, batch_number, created_by)
VALUES ('e1000000-0000-4000-8000-0000000000f1', 'T-BY', test_helpers.id('M'));
UPDATE workshop.batch_orders SET is_active = false WHERE order_id = test_helpers.id('OA');
INSERT INTO workshop.batch_orders (batch_id, order_id, added_by)
VALUES ('e1000000-0000-4000-8000-0000000000f1', test_helpers.id('OA'), test_helpers.id('M'));
UPDATE workshop.batch_orders SET is_active = false, added_at = now() - interval '2 days'
 WHERE order_id = test_helpers.id('OA') AND batch_id = 'e1000000-0000-4000-8000-0000000000f1';
SELECT is((SELECT array_agg(e -> 'batch' ->> 'batch_number')
             FROM page, jsonb_array_elements(batch_orders) e WHERE id = test_helpers.id('OA')),
  ARRAY['T-BY', 'T-BX'], 'every membership, the oldest first');

SET LOCAL ROLE authenticated;
SELECT test_helpers.sign_in('customer_a');
SELECT results_eq($$SELECT order_number, customer ->> 'name', model ->> 'name', batch_orders FROM page$$,
  $$VALUES ('T-OA', 'Alice Customer', 'Policy Retired', '[]'::jsonb)$$,
  'a customer: their own order only, with its retired model; memberships are for staff');
SELECT is_empty($$SELECT * FROM workshop.order_detail(test_helpers.id('OB'))$$,
  'a customer asking for another customer''s order: no row');
SELECT test_helpers.sign_in('worker');
SELECT is((SELECT jsonb_array_length(batch_orders) FROM page WHERE id = test_helpers.id('OA')), 2,
  'a worker sees the memberships');
SELECT test_helpers.sign_in('stranger');
SELECT is_empty($$SELECT * FROM workshop.order_detail(test_helpers.id('OA'))$$,
  'a signed-in stranger: no row');
RESET ROLE;

SET LOCAL ROLE anon;
SELECT throws_ok($$SELECT * FROM workshop.order_detail(test_helpers.id('OA'))$$, '42501', NULL,
  'anon may not call it');
RESET ROLE;

SELECT ok((SELECT NOT prosecdef AND provolatile = 's' AND l.lanname = 'plpgsql'
             FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
            WHERE p.oid = 'workshop.order_detail(uuid)'::regprocedure),
  'SECURITY INVOKER, STABLE, PL/pgSQL (its plan kept for the session)');

SELECT * FROM finish();
ROLLBACK;
