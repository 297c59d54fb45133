-- The seed's QueryBuilder.batches() for one batch: the batch, its orders with their
-- models, and the creator's name.
\set k random(1, :batches)
SELECT b.*,
       (SELECT jsonb_agg(jsonb_build_object('order', jsonb_build_object(
                 'id', o.id, 'order_number', o.order_number, 'shopify_order_id', o.shopify_order_id,
                 'customer_id', o.customer_id, 'model_id', o.model_id, 'wood_type', o.wood_type,
                 'customizations', o.customizations, 'notes', o.notes, 'status', o.status,
                 'priority', o.priority, 'due_date', o.due_date, 'created_at', o.created_at,
                 'updated_at', o.updated_at, 'model', to_jsonb(m))))
          FROM workshop.batch_orders x
          JOIN workshop.orders o ON o.id = x.order_id
          LEFT JOIN workshop.headphone_models m ON m.id = o.model_id
         WHERE x.batch_id = b.id) AS batch_orders,
       (SELECT jsonb_build_object('name', w.name) FROM workshop.workers w WHERE w.id = b.created_by) AS created_by
  FROM workshop.batches b
 WHERE b.id = md5('batch' || :k)::uuid;
