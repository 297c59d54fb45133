-- Orders of a status, newest first, 50 a page, keyset after a random order.
\set s random(1, 7)
\set n random(1, :orders)
SELECT o.id, o.order_number, o.status, o.priority, o.due_date, o.created_at
  FROM workshop.orders o
 WHERE o.status = ('{pending,in_production,on_hold,ready_to_ship,shipped,delivered,cancelled}'::workshop.order_status[])[:s]
   AND (o.created_at, o.id) < (SELECT c.created_at, c.id FROM workshop.orders c
                                WHERE c.id = md5('order' || :n)::uuid)
 ORDER BY o.created_at DESC, o.id DESC
 LIMIT 50;
