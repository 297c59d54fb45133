-- Floor: a bare primary-key fetch of one order (the reference for point reads).
\set n random(1, :orders)
SELECT o.* FROM workshop.orders o WHERE o.id = md5('order' || :n)::uuid;
