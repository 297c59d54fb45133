-- Deploy workshop_db:functions/current_customer_model_ids to pg
-- requires: tables/orders
-- requires: tables/customers
-- requires: auth_shim
-- requires: grants/workshop_private
BEGIN;

-- The models of the signed-in customer's orders, for the customer policy of
-- headphone_models (a customer still sees the retired model of an order). As an EXISTS
-- over orders in the policy, every statement that read models planned a subquery of
-- orders with the policies of orders inside it (on the benchmark's 1,000,000 orders a
-- manager's order page took 1.43 ms p95 in the simple protocol with it, 1.25 without);
-- as one call it is an initPlan, run only for a retired model that a non-staff user
-- reads. Only auth.uid() counts, as in
-- current_customer_id(); NULL for anyone who is no customer or has no orders.
CREATE FUNCTION workshop_private.current_customer_model_ids() RETURNS uuid[]
  LANGUAGE plpgsql STABLE
  SECURITY DEFINER  -- reads the caller's orders as the owner: no recursion into their policies
  SET search_path = ''
AS $$
DECLARE
  v_ids uuid[];
BEGIN
  SELECT pg_catalog.array_agg(DISTINCT o.model_id) INTO v_ids
    FROM workshop.customers c
    JOIN workshop.orders o ON o.customer_id = c.id
   WHERE c.auth_user_id = auth.uid();
  RETURN v_ids;
END
$$;
COMMENT ON FUNCTION workshop_private.current_customer_model_ids() IS
  'Models of the orders of the customer whose auth_user_id is auth.uid(); NULL for anyone else. The customer policy of headphone_models calls it as (select workshop_private.current_customer_model_ids()).';
REVOKE ALL ON FUNCTION workshop_private.current_customer_model_ids() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION workshop_private.current_customer_model_ids() TO authenticated;

COMMIT;
