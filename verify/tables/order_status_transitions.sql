-- Verify workshop_db:tables/order_status_transitions on pg
BEGIN;
SELECT from_status, to_status FROM workshop.order_status_transitions WHERE false;
SELECT 1/(count(*) = 15)::int FROM workshop.order_status_transitions;
ROLLBACK;
