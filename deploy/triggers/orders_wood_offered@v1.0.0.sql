-- Deploy workshop_db:triggers/orders_wood_offered to pg
-- requires: tables/orders
-- requires: tables/headphone_models
BEGIN;

-- Rule order_wood_offered, order side: the wood is one the model offers.
CREATE FUNCTION workshop_private.orders_wood_offered() RETURNS trigger
  LANGUAGE plpgsql
  SECURITY DEFINER  -- the rule reads every model, whatever the caller may see
  SET search_path = ''
AS $$
DECLARE
  v_model_name text;
  v_woods      workshop.wood_type[];
BEGIN
  -- FOR SHARE conflicts with the update of the model's woods: an order and a model
  -- dropping that wood never commit side by side unseen (headphone_models_wood_offered).
  SELECT m.name, m.wood_types INTO v_model_name, v_woods
    FROM workshop.headphone_models m
   WHERE m.id = NEW.model_id
     FOR SHARE;
  IF NOT FOUND THEN
    RETURN NEW;  -- the foreign key reports an unknown model
  END IF;
  IF NOT NEW.wood_type = ANY (v_woods) THEN
    RAISE EXCEPTION USING
      ERRCODE    = '23514',
      CONSTRAINT = 'order_wood_offered',
      MESSAGE    = pg_catalog.format('wood %s is not offered for model %s', NEW.wood_type, v_model_name),
      DETAIL     = pg_catalog.format('order %s', NEW.order_number),
      HINT       = pg_catalog.format('offered: %s', pg_catalog.array_to_string(v_woods, ', '));
  END IF;
  RETURN NEW;
END
$$;
COMMENT ON FUNCTION workshop_private.orders_wood_offered() IS
  'BEFORE INSERT OR UPDATE OF wood_type, model_id on orders: rule order_wood_offered (the model offers the wood).';
REVOKE ALL ON FUNCTION workshop_private.orders_wood_offered() FROM PUBLIC;

CREATE TRIGGER orders_wood_offered
  BEFORE INSERT OR UPDATE OF wood_type, model_id ON workshop.orders
  FOR EACH ROW EXECUTE FUNCTION workshop_private.orders_wood_offered();
COMMENT ON TRIGGER orders_wood_offered ON workshop.orders IS 'Rule order_wood_offered.';

COMMIT;
