-- The order page of order_detail.sql through workshop.order_detail(), whose plan PL/pgSQL
-- keeps for the session: what a client that does not prepare its statements (psql, a
-- script, a pooler in transaction mode) should call. The same rows: orders never batched
-- are left out, as the seed's !inner embedding leaves them out.
\set n random(1, :orders)
SELECT *
  FROM workshop.order_detail(md5('order' || :n)::uuid)
 WHERE json_array_length(batch_orders) > 0;
