-- The manager's status change under row level security. workshop.set_order_status() is
-- not executable by authenticated in this build (no GRANT), so the manager makes the same
-- change with a direct UPDATE, which the same triggers check and log.
\set n :tail_from + :client_id + 2 * random(0, (:orders - :tail_from - 1) / 2)
UPDATE workshop.orders o
   SET status = CASE o.status WHEN 'pending' THEN 'on_hold'::workshop.order_status
                              ELSE 'pending'::workshop.order_status END
 WHERE o.id = md5('order' || :n)::uuid;
