-- The status page of orders_by_status.sql through workshop.orders_by_status(), which has
-- one statement per status, each naming its status, and keeps their generic plans: a
-- manager's page reaches the status's partial index without being planned per call.
-- The cursor row c is fetched by primary key, as in orders_by_status.sql.
\set s random(1, 7)
\set n random(1, :orders)
SELECT p.id, p.order_number, p.status, p.priority, p.due_date, p.created_at
  FROM workshop.orders c
 CROSS JOIN LATERAL workshop.orders_by_status(
       ('{pending,in_production,on_hold,ready_to_ship,shipped,delivered,cancelled}'::workshop.order_status[])[:s],
       c.created_at, c.id) p
 WHERE c.id = md5('order' || :n)::uuid
 ORDER BY p.created_at DESC, p.id DESC;
