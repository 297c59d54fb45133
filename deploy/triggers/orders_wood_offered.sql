-- Deploy workshop_db:triggers/orders_wood_offered to pg
-- requires: triggers/orders_wood_offered@v1.0.0
BEGIN;

-- Rule order_wood_offered, order side, set-based on INSERT (issue 7): one statement
-- trigger with a transition table checks each distinct (model, wood) of the new orders
-- once, instead of a PL/pgSQL call and a model lookup per row (a bulk import of 200,000
-- orders made 200,000 of each). It runs before the statement ends, so a refused INSERT
-- still writes nothing. The models are locked FOR SHARE as before: a model dropping a
-- wood (headphone_models_wood_offered) and an order using it never commit side by side
-- unseen. The query's plan is the same at any size: the distinct pairs are at most
-- models x woods. A change of wood or model stays the released per-row check.
CREATE FUNCTION workshop_private.orders_wood_offered_inserted() RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER  -- the rule reads every model, whatever the caller may see
  SET search_path = ''
AS $$
DECLARE
  v_model_id   uuid;
  v_model_name text;
  v_woods      workshop.wood_type[];
  v_wood       workshop.wood_type;
  v_number     text;
BEGIN
  FOR v_model_id, v_model_name, v_woods, v_wood IN
    SELECT m.id, m.name, m.wood_types, p.wood_type
      FROM workshop.headphone_models m
      JOIN (SELECT DISTINCT n.model_id, n.wood_type FROM new_orders n) p ON p.model_id = m.id
     ORDER BY m.id, p.wood_type
       FOR SHARE OF m
  LOOP
    IF NOT v_wood = ANY (v_woods) THEN
      SELECT n.order_number INTO v_number
        FROM new_orders n
       WHERE n.model_id = v_model_id AND n.wood_type = v_wood
       LIMIT 1;
      RAISE EXCEPTION USING
        ERRCODE    = '23514',
        CONSTRAINT = 'order_wood_offered',
        MESSAGE    = pg_catalog.format('wood %s is not offered for model %s', v_wood, v_model_name),
        DETAIL     = pg_catalog.format('order %s', v_number),
        HINT       = pg_catalog.format('offered: %s', pg_catalog.array_to_string(v_woods, ', '));
    END IF;
  END LOOP;
  -- An unknown model was reported by the foreign key, whose check ran first.
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION workshop_private.orders_wood_offered_inserted() IS
  'AFTER INSERT on orders, per statement: rule order_wood_offered for the new orders (each model offers the woods of its orders).';
REVOKE ALL ON FUNCTION workshop_private.orders_wood_offered_inserted() FROM PUBLIC;

COMMENT ON FUNCTION workshop_private.orders_wood_offered() IS
  'BEFORE UPDATE OF wood_type, model_id on orders: rule order_wood_offered (the model offers the wood).';

DROP TRIGGER orders_wood_offered ON workshop.orders;
CREATE TRIGGER orders_wood_offered
  BEFORE UPDATE OF wood_type, model_id ON workshop.orders
  FOR EACH ROW EXECUTE FUNCTION workshop_private.orders_wood_offered();
COMMENT ON TRIGGER orders_wood_offered ON workshop.orders IS 'Rule order_wood_offered: a change of wood or model.';
CREATE TRIGGER orders_wood_offered_insert
  AFTER INSERT ON workshop.orders
  REFERENCING NEW TABLE AS new_orders
  FOR EACH STATEMENT EXECUTE FUNCTION workshop_private.orders_wood_offered_inserted();
COMMENT ON TRIGGER orders_wood_offered_insert ON workshop.orders IS 'Rule order_wood_offered: new orders (per statement).';

COMMIT;
