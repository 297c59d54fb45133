-- Production summary: one batch's row (the same text on both databases: ours reads the
-- staff view workshop.production_summary, the seed its materialized view).
\set k random(1, :batches)
SELECT * FROM workshop.production_summary WHERE batch_id = md5('batch' || :k)::uuid;
