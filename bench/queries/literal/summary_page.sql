-- Production summary (the seed's materialized view): a page of 50 batches by batch number,
-- keyset after a random batch.
\set k random(1, :batches)
SELECT * FROM workshop.production_summary
 WHERE batch_number > 'B-' || lpad(:k::text, 6, '0')
 ORDER BY batch_number
 LIMIT 50;
