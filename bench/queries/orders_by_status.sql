-- Orders of a status, newest first, 50 a page, keyset after a random order (the cursor
-- row c, fetched by primary key). The keyset is a row comparison (see recent_orders.sql);
-- the status (enum equality is not leakproof) is matched by a partial index's predicate.
\set s random(1, 7)
\set n random(1, :orders)
SELECT o.id, o.order_number, o.status, o.priority, o.due_date, o.created_at
  FROM workshop.orders c
 CROSS JOIN LATERAL (
       SELECT o.id, o.order_number, o.status, o.priority, o.due_date, o.created_at
         FROM workshop.orders o
        WHERE o.status = ('{pending,in_production,on_hold,ready_to_ship,shipped,delivered,cancelled}'::workshop.order_status[])[:s]
          AND (o.created_at, o.id) < (c.created_at, c.id)
        ORDER BY o.created_at DESC, o.id DESC
        LIMIT 50) o
 WHERE c.id = md5('order' || :n)::uuid
 ORDER BY o.created_at DESC, o.id DESC;
