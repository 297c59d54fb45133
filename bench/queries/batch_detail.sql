-- The seed's QueryBuilder.batches() for one batch: the batch, its orders with their
-- models, and the creator's name, rendered as PostgREST renders embeddings (json_agg,
-- row_to_json). json, not jsonb: building jsonb sorts and copies every object, and for
-- a batch's 20 orders with their models that took twice the time of the reads.
-- The model is a scalar subquery per order, planned on its own.
\set k random(1, :batches)
SELECT b.*,
       (SELECT json_agg(json_build_object('order', o))
          FROM (SELECT o.id, o.order_number, o.shopify_order_id, o.customer_id, o.model_id, o.wood_type,
                       o.customizations, o.notes, o.status, o.priority, o.due_date, o.created_at, o.updated_at,
                       (SELECT m FROM workshop.headphone_models m WHERE m.id = o.model_id) AS model
                  FROM workshop.batch_orders x
                  JOIN workshop.orders o ON o.id = x.order_id
                 WHERE x.batch_id = b.id) o) AS batch_orders,
       (SELECT json_build_object('name', w.name) FROM workshop.workers w WHERE w.id = b.created_by) AS created_by
  FROM workshop.batches b
 WHERE b.id = md5('batch' || :k)::uuid;
