-- Revert workshop_db:triggers/orders_wood_offered from pg
BEGIN;
DROP TRIGGER orders_wood_offered ON workshop.orders;
DROP FUNCTION workshop_private.orders_wood_offered();
COMMIT;
