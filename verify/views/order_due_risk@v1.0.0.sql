-- Verify workshop_db:views/order_due_risk on pg
BEGIN;
SELECT order_id, order_number, customer_id, model_id, priority, status, due_date, batch_id,
       batch_number, current_stage, remaining_estimated_hours, daily_capacity_hours,
       projected_finish, days_late, is_past_due
  FROM workshop.order_due_risk WHERE false;
SELECT 1/count(*) FROM pg_catalog.pg_class
 WHERE oid = 'workshop.order_due_risk'::regclass AND reloptions @> ARRAY['security_invoker=true'];
ROLLBACK;
