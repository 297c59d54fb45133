-- Verify workshop_db:functions/search_customers on pg
BEGIN;
SELECT customer_id, name, email, phone, match_kind, rank
  FROM workshop.search_customers('verify', 1) WHERE false;
ROLLBACK;
