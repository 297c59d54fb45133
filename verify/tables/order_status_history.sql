-- Verify workshop_db:tables/order_status_history on pg
BEGIN;
SELECT id, order_id, old_status, new_status, changed_by, reason, created_at
  FROM workshop.order_status_history WHERE false;
ROLLBACK;
