-- Deploy workshop_db:triggers/batches_completed_summary to pg
-- requires: tables/completed_batch_summary
-- requires: tables/batch_orders
-- requires: tables/orders
-- requires: tables/model_production_stages
-- requires: tables/headphone_models
-- requires: triggers/batches_completion
-- Two transactions: the trigger, then the backfill of the batches completed before it.
-- In one, CREATE TRIGGER's lock on batches (SHARE ROW EXCLUSIVE) was held through the
-- backfill, and every batch write of the workshop had to wait for it: 19.7 s at 48,000
-- complete batches (the benchmark's upgrade from the release). Each step can run again:
-- a deploy that failed in the backfill is completed by the next one.
BEGIN;

-- The production summary's figures of the given complete batches (one row each, zeros
-- for a batch without orders), by the summary's own definition of a batch's orders: its
-- active memberships, and the inactive ones whose order was shipped and for which this
-- batch is the last one the order joined (an order removed earlier went back to pending,
-- or was built in a later batch). Model hours are summed once per model, then
-- multiplied by the number of its orders: no orders x stages join.
CREATE OR REPLACE FUNCTION workshop_private.completed_batch_summary_of(p_batch_ids uuid[])
  RETURNS SETOF workshop_private.completed_batch_summary
  LANGUAGE sql
  STABLE
  SET search_path = ''
AS $$
  WITH member AS (
    SELECT bo.batch_id, o.model_id
      FROM workshop.batch_orders bo
      JOIN workshop.orders o ON o.id = bo.order_id
     WHERE bo.batch_id = ANY (p_batch_ids)
       AND (bo.is_active
            OR (o.status IN ('shipped', 'delivered')
                AND NOT EXISTS (SELECT FROM workshop.batch_orders later
                                 WHERE later.order_id = bo.order_id AND later.added_at > bo.added_at)))
  ),
  per_model AS (
    SELECT m.batch_id, m.model_id, hm.name, pg_catalog.count(*) AS n,
           (SELECT pg_catalog.sum(s.estimated_hours) FROM workshop.model_production_stages s
             WHERE s.model_id = m.model_id) AS hours
      FROM member m
      JOIN workshop.headphone_models hm ON hm.id = m.model_id
     GROUP BY m.batch_id, m.model_id, hm.name
  )
  SELECT b.id,
         COALESCE(pg_catalog.sum(p.n), 0)::bigint,
         COALESCE(pg_catalog.array_agg(p.model_id ORDER BY p.name) FILTER (WHERE p.model_id IS NOT NULL), '{}'),
         COALESCE(pg_catalog.array_agg(p.name ORDER BY p.name) FILTER (WHERE p.model_id IS NOT NULL), '{}'),
         COALESCE(pg_catalog.sum(p.n * p.hours), 0)
    FROM pg_catalog.unnest(p_batch_ids) b (id)
    LEFT JOIN per_model p ON p.batch_id = b.id
   GROUP BY b.id
$$;
COMMENT ON FUNCTION workshop_private.completed_batch_summary_of(uuid[]) IS
  'Production summary figures (orders, models, estimated hours) of the given complete batches, one row each.';
REVOKE ALL ON FUNCTION workshop_private.completed_batch_summary_of(uuid[]) FROM PUBLIC;

-- Once per statement, after the row triggers of batches_completion have shipped the
-- orders and deactivated the memberships: the batches this statement completed get
-- their figures. A complete batch is frozen (batch_completion), so they are final.
CREATE OR REPLACE FUNCTION workshop_private.batches_completed_summary() RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER  -- reads every order of the batch and writes workshop_private
  SET search_path = ''
AS $$
BEGIN
  IF NOT EXISTS (SELECT FROM new_rows) THEN
    RETURN NULL;  -- the statement wrote no row: nothing to plan
  END IF;
  -- Planned for this statement's rows (EXECUTE): a plan kept from a one-row statement
  -- joins the transition tables in a nested loop, quadratic for a bulk one.
  EXECUTE $q$
    INSERT INTO workshop_private.completed_batch_summary
           (batch_id, order_count, models, model_names, estimated_hours)
    SELECT c.batch_id, c.order_count, c.models, c.model_names, c.estimated_hours
      FROM workshop_private.completed_batch_summary_of(ARRAY(
             SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
              WHERE n.is_complete AND NOT o.is_complete)) c$q$;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION workshop_private.batches_completed_summary() IS
  'AFTER UPDATE statement trigger on batches: writes the completed_batch_summary row of each batch the statement completed.';
REVOKE ALL ON FUNCTION workshop_private.batches_completed_summary() FROM PUBLIC;

-- Statement level with transition tables: a bulk completion (one UPDATE of many
-- batches) computes all their figures in one query. Transition tables allow no column
-- list, hence every UPDATE of batches; one with no completion inserts nothing.
CREATE OR REPLACE TRIGGER batches_completed_summary
  AFTER UPDATE ON workshop.batches
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION workshop_private.batches_completed_summary();
COMMENT ON TRIGGER batches_completed_summary ON workshop.batches IS
  'Writes the production summary figures of the batches that completed.';

COMMIT;

-- Backfill: the batches completed before the trigger, those without figures. No lock on
-- batches is needed: a complete batch never changes (batch_completion), and one that
-- completes meanwhile gets its figures from the trigger, in the transaction that
-- completes it, so this statement sees both or neither.
BEGIN;
INSERT INTO workshop_private.completed_batch_summary
       (batch_id, order_count, models, model_names, estimated_hours)
SELECT c.batch_id, c.order_count, c.models, c.model_names, c.estimated_hours
  FROM workshop_private.completed_batch_summary_of(ARRAY(
         SELECT b.id FROM workshop.batches b
          WHERE b.is_complete
            AND NOT EXISTS (SELECT FROM workshop_private.completed_batch_summary s
                             WHERE s.batch_id = b.id))) c;
COMMIT;
