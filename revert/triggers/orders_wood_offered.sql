-- Revert workshop_db:triggers/orders_wood_offered from pg
-- Restores the released version (deploy/triggers/orders_wood_offered@v1.0.0.sql).
BEGIN;

DROP TRIGGER orders_wood_offered_insert ON workshop.orders;
DROP FUNCTION workshop_private.orders_wood_offered_inserted();
DROP TRIGGER orders_wood_offered ON workshop.orders;

COMMENT ON FUNCTION workshop_private.orders_wood_offered() IS
  'BEFORE INSERT OR UPDATE OF wood_type, model_id on orders: rule order_wood_offered (the model offers the wood).';

CREATE TRIGGER orders_wood_offered
  BEFORE INSERT OR UPDATE OF wood_type, model_id ON workshop.orders
  FOR EACH ROW EXECUTE FUNCTION workshop_private.orders_wood_offered();
COMMENT ON TRIGGER orders_wood_offered ON workshop.orders IS 'Rule order_wood_offered.';

COMMIT;
