-- The seed's QueryBuilder.orders() for one order, as PostgREST resolves it: the order,
-- its customer, its model and its batch memberships with their batch (!inner: orders
-- that were never batched return no row).
\set n random(1, :orders)
SELECT o.id, o.order_number, o.shopify_order_id, o.customer_id, o.model_id, o.wood_type, o.customizations,
       o.notes, o.status, o.priority, o.due_date, o.created_at, o.updated_at,
       to_jsonb(c) AS customer, to_jsonb(m) AS model, bo.batch_orders
  FROM workshop.orders o
  LEFT JOIN workshop.customers c ON c.id = o.customer_id
  LEFT JOIN workshop.headphone_models m ON m.id = o.model_id
 CROSS JOIN LATERAL (
       SELECT jsonb_agg(jsonb_build_object('batch', to_jsonb(b))) AS batch_orders
         FROM workshop.batch_orders x JOIN workshop.batches b ON b.id = x.batch_id
        WHERE x.order_id = o.id) bo
 WHERE o.id = md5('order' || :n)::uuid AND bo.batch_orders IS NOT NULL;
