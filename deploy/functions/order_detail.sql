-- Deploy workshop_db:functions/order_detail to pg
-- requires: tables/orders
-- requires: tables/customers
-- requires: tables/headphone_models
-- requires: tables/batch_orders
-- requires: tables/batches
BEGIN;

-- The order page (the seed's QueryBuilder.orders() for one order): the order, its
-- customer, its model and its batch memberships with their batch, rendered as PostgREST
-- renders embeddings. For clients that do not prepare their statements (psql, scripts,
-- poolers in transaction mode): a statement of five tables is planned again on every
-- call, and on the benchmark's 1,000,000 orders planning was most of the page's time
-- (bench/results/2026-12-06-scale1000000-run7.md). PL/pgSQL keeps the plan of its
-- statement for the session. SECURITY INVOKER: every table is read through the
-- caller's privileges and policies, as the same SELECT would be. PostgREST: GET
-- /rpc/order_detail?p_order_id=...
CREATE FUNCTION workshop.order_detail(p_order_id uuid)
RETURNS TABLE (id uuid, order_number text, shopify_order_id text, customer_id uuid,
               model_id uuid, wood_type workshop.wood_type, customizations jsonb, notes text,
               status workshop.order_status, priority workshop.batch_priority, due_date date,
               created_at timestamptz, updated_at timestamptz,
               customer json, model json, batch_orders json)
  LANGUAGE plpgsql STABLE
  SET search_path = ''
  ROWS 1
AS $$
BEGIN
  -- Each relation a scalar subquery, so the plan made on the first calls is small.
  RETURN QUERY
  SELECT o.id, o.order_number, o.shopify_order_id, o.customer_id, o.model_id, o.wood_type,
         o.customizations, o.notes, o.status, o.priority, o.due_date, o.created_at, o.updated_at,
         (SELECT pg_catalog.row_to_json(c) FROM workshop.customers c
           WHERE c.id OPERATOR(pg_catalog.=) o.customer_id),
         (SELECT pg_catalog.row_to_json(m) FROM workshop.headphone_models m
           WHERE m.id OPERATOR(pg_catalog.=) o.model_id),
         COALESCE((SELECT pg_catalog.json_agg(pg_catalog.json_build_object('batch', b) ORDER BY x.added_at, b.id)
                     FROM workshop.batch_orders x
                     JOIN workshop.batches b ON b.id OPERATOR(pg_catalog.=) x.batch_id
                    WHERE x.order_id OPERATOR(pg_catalog.=) o.id), '[]'::json)
    FROM workshop.orders o
   WHERE o.id OPERATOR(pg_catalog.=) p_order_id;
END
$$;
COMMENT ON FUNCTION workshop.order_detail(uuid) IS
  'The order page: the order (no internal notes), its customer and model as JSON objects, and batch_orders, a JSON array of {"batch": ...}, oldest membership first ([] when never batched or not visible). No row when the order does not exist or the caller may not see it. Row level security applies to every table (SECURITY INVOKER); the plan is kept for the session.';
REVOKE ALL ON FUNCTION workshop.order_detail(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION workshop.order_detail(uuid) TO authenticated, service_role;

COMMIT;
