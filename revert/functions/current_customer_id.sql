-- Revert workshop_db:functions/current_customer_id from pg
-- Back to the released SQL function (same signature, grants and comment).
BEGIN;

-- The customer the signed-in user is, for the customer policies.
CREATE OR REPLACE FUNCTION workshop_private.current_customer_id() RETURNS uuid
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
