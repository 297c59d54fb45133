-- The seed's QueryBuilder.batches() for one batch: the batch, its orders with their
-- models, and the creator's name.
\set k random(1, :batches)
SELECT b.*,
       (SELECT jsonb_agg(jsonb_build_object('order', to_jsonb(o) || jsonb_build_object('model', to_jsonb(m))))
          FROM workshop.batch_orders x
          JOIN workshop.orders o ON o.id = x.order_id
          LEFT JOIN workshop.headphone_models m ON m.id = o.model_id
         WHERE x.batch_id = b.id) AS batch_orders,
       (SELECT jsonb_build_object('name', w.name) FROM workshop.workers w WHERE w.id = b.created_by) AS created_by
  FROM workshop.batches b
 WHERE b.id = md5('batch' || :k)::uuid;
