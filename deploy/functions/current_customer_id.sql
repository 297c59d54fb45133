-- Deploy workshop_db:functions/current_customer_id to pg
-- requires: tables/customers
-- requires: auth_shim
BEGIN;

-- The customer the signed-in user is, for the customer policies.
-- PL/pgSQL, not SQL: policies call it once per statement, and a non-inlinable SQL
-- function (SECURITY DEFINER, SET) parses and plans its query again in each statement;
-- PL/pgSQL keeps the plan for the session.
CREATE OR REPLACE FUNCTION workshop_private.current_customer_id() RETURNS uuid
  LANGUAGE plpgsql STABLE
  SECURITY DEFINER  -- row level security on customers would otherwise recurse into itself
  SET search_path = ''
AS $$
DECLARE
  v_id uuid;
BEGIN
  SELECT c.id INTO v_id
    FROM workshop.customers c
   WHERE c.auth_user_id = auth.uid();
  RETURN v_id;
END
$$;
COMMENT ON FUNCTION workshop_private.current_customer_id() IS
  'The customer whose auth_user_id is auth.uid(); NULL for anyone else. Policies call it as (select workshop_private.current_customer_id()).';
REVOKE ALL ON FUNCTION workshop_private.current_customer_id() FROM PUBLIC;

COMMIT;
