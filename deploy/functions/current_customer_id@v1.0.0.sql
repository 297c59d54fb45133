-- Deploy workshop_db:functions/current_customer_id to pg
-- requires: tables/customers
-- requires: auth_shim
BEGIN;

-- The customer the signed-in user is, for the customer policies.
CREATE FUNCTION workshop_private.current_customer_id() RETURNS uuid
  LANGUAGE sql STABLE
  SECURITY DEFINER  -- row level security on customers would otherwise recurse into itself
  SET search_path = ''
AS $$
  SELECT c.id
    FROM workshop.customers c
   WHERE c.auth_user_id = auth.uid()
$$;
COMMENT ON FUNCTION workshop_private.current_customer_id() IS
  'The customer whose auth_user_id is auth.uid(); NULL for anyone else. Policies call it as (select workshop_private.current_customer_id()).';
REVOKE ALL ON FUNCTION workshop_private.current_customer_id() FROM PUBLIC;

COMMIT;
