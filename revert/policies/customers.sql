-- Revert workshop_db:policies/customers from pg
BEGIN;

REVOKE ALL ON workshop.customers FROM anon, authenticated, service_role;  -- column grants too
DROP POLICY customers_select_customer ON workshop.customers;
DROP POLICY customers_select_staff ON workshop.customers;
DROP POLICY customers_insert_manager ON workshop.customers;
DROP POLICY customers_update_manager ON workshop.customers;
ALTER TABLE workshop.customers DISABLE ROW LEVEL SECURITY;

COMMIT;
