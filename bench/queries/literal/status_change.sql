-- The seed's OrderRepository.updateStatus(): findById (order, customer, model), the
-- UPDATE, then the client-side history INSERT, three round trips without a transaction,
-- as the seed wrote it.
\set n :tail_from + :client_id + 2 * random(0, (:orders - :tail_from - 1) / 2)
SELECT o.id, o.order_number, o.shopify_order_id, o.customer_id, o.model_id, o.wood_type, o.customizations,
       o.notes, o.status, o.priority, o.due_date, o.created_at, o.updated_at,
       to_jsonb(c) AS customer, to_jsonb(m) AS model
  FROM workshop.orders o
  LEFT JOIN workshop.customers c ON c.id = o.customer_id
  LEFT JOIN workshop.headphone_models m ON m.id = o.model_id
 WHERE o.id = md5('order' || :n)::uuid;
UPDATE workshop.orders
   SET status = CASE status WHEN 'pending' THEN 'on_hold'::workshop.order_status
                            ELSE 'pending'::workshop.order_status END
 WHERE id = md5('order' || :n)::uuid;
INSERT INTO workshop.order_status_history (order_id, old_status, new_status, changed_by, reason)
SELECT o.id,
       CASE o.status WHEN 'pending' THEN 'on_hold'::workshop.order_status
                     ELSE 'pending'::workshop.order_status END,
       o.status, md5('worker2')::uuid, 'benchmark status change'
  FROM workshop.orders o
 WHERE o.id = md5('order' || :n)::uuid;
