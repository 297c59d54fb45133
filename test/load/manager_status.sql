-- pgbench, a manager: puts a random order (of the LD-O pool, not in any batch) on hold
-- or back to pending, through workshop.set_order_status (transition rule + history).
-- Two clients may pick the same order: the second sees the status already set and
-- changes nothing, so no rule is broken by the race.
\set o random(1, :orders)
BEGIN;
SELECT s.status
  FROM workshop.orders o,
       workshop.set_order_status(o.id,
         CASE o.status WHEN 'pending' THEN 'on_hold' ELSE 'pending' END::workshop.order_status,
         'load: manager toggles the hold') s
 WHERE o.order_number = 'LD-O-' || :o;
COMMIT;
