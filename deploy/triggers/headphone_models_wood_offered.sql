-- Deploy workshop_db:triggers/headphone_models_wood_offered to pg
-- requires: tables/orders
-- requires: tables/headphone_models
BEGIN;

-- Rule order_wood_offered, model side: a model keeps every wood its open orders use.
-- The row is locked (FOR NO KEY UPDATE) before this BEFORE trigger runs, and an order
-- being written holds FOR SHARE on it, so this sees every order that could commit.
CREATE FUNCTION workshop_private.headphone_models_wood_offered() RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER  -- the rule reads every order, whatever the caller may see
  SET search_path = ''
AS $$
DECLARE
  v_woods  text;
  v_orders text[];
BEGIN
  SELECT pg_catalog.string_agg(DISTINCT o.wood_type::text, ', '),
         pg_catalog.array_agg(o.order_number ORDER BY o.order_number)
    INTO v_woods, v_orders
    FROM workshop.orders o
   WHERE o.model_id = NEW.id
     AND o.status NOT IN ('shipped', 'delivered', 'cancelled')
     AND NOT o.wood_type = ANY (NEW.wood_types);
  IF v_woods IS NOT NULL THEN
    RAISE EXCEPTION USING
      ERRCODE    = '23514',
      CONSTRAINT = 'order_wood_offered',
      MESSAGE    = pg_catalog.format('model %s cannot drop wood %s: %s open order(s) use it',
                                     NEW.name, v_woods, pg_catalog.cardinality(v_orders)),
      DETAIL     = pg_catalog.format('open orders: %s%s',
                                     pg_catalog.array_to_string(v_orders[1:10], ', '),
                                     CASE WHEN pg_catalog.cardinality(v_orders) > 10 THEN ', ...' ELSE '' END),
      HINT       = 'ship, cancel or change those orders first';
  END IF;
  RETURN NEW;
END
$$;
COMMENT ON FUNCTION workshop_private.headphone_models_wood_offered() IS
  'BEFORE UPDATE OF wood_types on headphone_models: rule order_wood_offered (no wood dropped that open orders use).';
REVOKE ALL ON FUNCTION workshop_private.headphone_models_wood_offered() FROM PUBLIC;

CREATE TRIGGER headphone_models_wood_offered
  BEFORE UPDATE OF wood_types ON workshop.headphone_models
  FOR EACH ROW WHEN (NOT NEW.wood_types @> OLD.wood_types)
  EXECUTE FUNCTION workshop_private.headphone_models_wood_offered();
COMMENT ON TRIGGER headphone_models_wood_offered ON workshop.headphone_models IS 'Rule order_wood_offered (model side).';

COMMIT;
