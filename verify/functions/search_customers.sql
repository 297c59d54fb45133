-- Verify workshop_db:functions/search_customers on pg
BEGIN;
SELECT customer_id, name, email, phone, match_kind, rank
  FROM workshop.search_customers('verify', 1) WHERE false;
-- The reworked body reads through workshop_private.search_customers_rows.
SELECT 1 / pg_catalog.count(*)
  FROM pg_catalog.pg_proc p
 WHERE p.oid = 'workshop.search_customers(text, integer)'::pg_catalog.regprocedure
   AND NOT p.prosecdef
   AND p.prosrc LIKE '%workshop_private.search_customers_rows%';
ROLLBACK;
