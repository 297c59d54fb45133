-- Dashboard: open rush and high orders, oldest first, 50 a page, keyset. The cursor is
-- the (created_at, id) of a random order of the open window (the last weeks' orders),
-- so the runs mix first pages and later pages. The keyset is a row comparison (see
-- recent_orders.sql).
\set n random(:open_from, :orders)
SELECT o.id, o.order_number, o.status, o.priority, o.due_date, o.created_at
  FROM workshop.orders c
 CROSS JOIN LATERAL (
       SELECT o.id, o.order_number, o.status, o.priority, o.due_date, o.created_at
         FROM workshop.orders o
        WHERE o.priority IN ('rush', 'high')
          AND o.status IN ('pending', 'in_production', 'on_hold', 'ready_to_ship')
          AND (o.created_at, o.id) > (c.created_at, c.id)
        ORDER BY o.created_at, o.id
        LIMIT 50) o
 WHERE c.id = md5('order' || :n)::uuid
 ORDER BY o.created_at, o.id;
