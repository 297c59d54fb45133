-- Verify workshop_db:tables/headphone_models on pg
BEGIN;
SELECT id, name, sku_prefix, complexity, base_production_hours, wood_types, base_price,
       is_active, created_at, updated_at
  FROM workshop.headphone_models WHERE false;
SELECT 1/count(*) FROM pg_catalog.pg_trigger
 WHERE tgrelid = 'workshop.headphone_models'::regclass AND tgname = 'headphone_models_set_updated_at';
ROLLBACK;
