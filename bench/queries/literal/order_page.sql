-- The seed has no function for the order page: its twin of order_page.sql is
-- order_detail.sql, the same statement planned on every call.
-- The seed's QueryBuilder.orders() for one order: the order, its customer, its model and
-- its batch memberships with their batch (!inner: orders that were never batched return
-- no row), rendered as PostgREST renders embeddings (row_to_json, json_agg).
-- Each embedding is a scalar subquery, planned on its own: the same rows as joins, but
-- no join order to search and no parameterized paths over the 15 indexes of orders.
-- Measured on a copy of the 1,000,000-order data set, planning took 0.12 ms against 0.31
-- for the joins (bench/results/2026-12-06-scale1000000-run7.md). OFFSET 0 keeps the
-- memberships' aggregate in the inner query, so the outer filter does not run it twice.
\set n random(1, :orders)
SELECT *
  FROM (SELECT o.id, o.order_number, o.shopify_order_id, o.customer_id, o.model_id, o.wood_type,
               o.customizations, o.notes, o.status, o.priority, o.due_date, o.created_at, o.updated_at,
               (SELECT row_to_json(c) FROM workshop.customers c WHERE c.id = o.customer_id) AS customer,
               (SELECT row_to_json(m) FROM workshop.headphone_models m WHERE m.id = o.model_id) AS model,
               (SELECT json_agg(json_build_object('batch', (SELECT b FROM workshop.batches b WHERE b.id = x.batch_id)))
                  FROM workshop.batch_orders x
                 WHERE x.order_id = o.id) AS batch_orders
          FROM workshop.orders o
         WHERE o.id = md5('order' || :n)::uuid
        OFFSET 0) r
 WHERE r.batch_orders IS NOT NULL;
