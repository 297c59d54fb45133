-- The manager's status change under row level security, as a direct UPDATE: the same
-- triggers check the transition and write the history as in workshop.set_order_status().
-- (Written when authenticated could not execute the API function; kept so that the RLS
-- figure also covers a client that updates the table through PostgREST.)
\set n :tail_from + :client_id + 2 * random(0, (:orders - :tail_from - 1) / 2)
UPDATE workshop.orders o
   SET status = CASE o.status WHEN 'pending' THEN 'on_hold'::workshop.order_status
                              ELSE 'pending'::workshop.order_status END
 WHERE o.id = md5('order' || :n)::uuid;
