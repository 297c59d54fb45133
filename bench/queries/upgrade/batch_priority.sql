-- A manager re-prioritising an open batch (high <-> standard), for the upgrade under
-- load: a batch write, which waits whenever a change holds a lock on batches. The open
-- batches are the last ones (batch k holds orders 20k-19 .. 20k; open_from is the first
-- order of the first open batch).
\set k (:open_from - 1) / 20 + random(1, :batches - (:open_from - 1) / 20)
UPDATE workshop.batches
   SET priority = CASE priority WHEN 'high' THEN 'standard'::workshop.batch_priority
                                ELSE 'high'::workshop.batch_priority END
 WHERE id = md5('batch' || :k)::uuid AND NOT is_complete;
