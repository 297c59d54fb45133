-- Recent orders, newest first, 50 a page, keyset after a random order (the cursor row c,
-- fetched by primary key). The keyset is written with timestamptz and uuid comparisons,
-- which are leakproof, not as a row comparison (record_lt is not): under row level
-- security only leakproof conditions may become index conditions.
\set n random(1, :orders)
SELECT o.id, o.order_number, o.status, o.priority, o.due_date, o.created_at
  FROM workshop.orders c
 CROSS JOIN LATERAL (
       SELECT o.id, o.order_number, o.status, o.priority, o.due_date, o.created_at
         FROM workshop.orders o
        WHERE o.created_at <= c.created_at
          AND (o.created_at < c.created_at OR o.id < c.id)
        ORDER BY o.created_at DESC, o.id DESC
        LIMIT 50) o
 WHERE c.id = md5('order' || :n)::uuid
 ORDER BY o.created_at DESC, o.id DESC;
