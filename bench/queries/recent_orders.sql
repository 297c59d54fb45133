-- Recent orders, newest first, 50 a page, keyset after a random order (the cursor row c,
-- fetched by primary key). The keyset is a row comparison of (created_at, id): PostgreSQL
-- checks each column's operator for leakproofness, and timestamptz and uuid comparisons
-- are, so under row level security it is still an index condition (here on created_at
-- alone, the column of idx_orders_created_at). One condition, where the equivalent OR of
-- two made the planner try bitmap OR paths over every index of orders (at 1,000,000
-- orders the dashboard planned in 0.27 against 0.20 ms).
\set n random(1, :orders)
SELECT o.id, o.order_number, o.status, o.priority, o.due_date, o.created_at
  FROM workshop.orders c
 CROSS JOIN LATERAL (
       SELECT o.id, o.order_number, o.status, o.priority, o.due_date, o.created_at
         FROM workshop.orders o
        WHERE (o.created_at, o.id) < (c.created_at, c.id)
        ORDER BY o.created_at DESC, o.id DESC
        LIMIT 50) o
 WHERE c.id = md5('order' || :n)::uuid
 ORDER BY o.created_at DESC, o.id DESC;
