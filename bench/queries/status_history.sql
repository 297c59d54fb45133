-- One order's status history, oldest first.
\set n random(1, :orders)
SELECT h.*
  FROM workshop.order_status_history h
 WHERE h.order_id = md5('order' || :n)::uuid
 ORDER BY h.created_at, h.id;
