-- Production summary: a page of 50 batches by batch number, keyset after a random
-- batch, through the page function (workshop.production_summary is a security_barrier
-- view: a reader's ORDER BY ... LIMIT cannot reach its index, the function's can).
\set k random(1, :batches)
SELECT * FROM workshop.production_summary_page('B-' || lpad(:k::text, 6, '0'), 50);
