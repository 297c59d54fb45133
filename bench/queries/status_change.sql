-- A manager's status change with its history write: toggles an order of the unbatched
-- tail between pending and on_hold. Each client works on its own orders (client_id
-- picks the parity), so two clients never wait on each other's rows.
\set n :tail_from + :client_id + 2 * random(0, (:orders - :tail_from - 1) / 2)
SELECT workshop.set_order_status(o.id,
         CASE o.status WHEN 'pending' THEN 'on_hold'::workshop.order_status
                       ELSE 'pending'::workshop.order_status END,
         'benchmark status change')
  FROM workshop.orders o
 WHERE o.id = md5('order' || :n)::uuid;
