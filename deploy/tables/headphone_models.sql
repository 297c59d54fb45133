-- Deploy workshop_db:tables/headphone_models to pg
-- requires: types/model_complexity
-- requires: types/wood_type
-- requires: functions/set_updated_at
BEGIN;

CREATE TABLE workshop.headphone_models (
  id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name                  text NOT NULL CONSTRAINT headphone_models_name_key UNIQUE
                          CONSTRAINT headphone_models_name_not_blank CHECK (name ~ '\S'),
  sku_prefix            text NOT NULL CONSTRAINT headphone_models_sku_prefix_key UNIQUE
                          CONSTRAINT headphone_models_sku_prefix_format CHECK (sku_prefix ~ '^[A-Z]{3}$'),
  complexity            workshop.model_complexity NOT NULL,
  base_production_hours numeric(4,2) NOT NULL
                          CONSTRAINT headphone_models_base_production_hours_positive CHECK (base_production_hours > 0),
  wood_types            workshop.wood_type[] NOT NULL
                          CONSTRAINT headphone_models_wood_types_not_empty
                          CHECK (cardinality(wood_types) > 0 AND array_position(wood_types, NULL) IS NULL),
  base_price            numeric(10,2) NOT NULL
                          CONSTRAINT headphone_models_base_price_positive CHECK (base_price > 0),
  is_active             boolean NOT NULL DEFAULT true,
  created_at            timestamptz NOT NULL DEFAULT now(),
  updated_at            timestamptz NOT NULL DEFAULT now()
);

CREATE TRIGGER headphone_models_set_updated_at
  BEFORE UPDATE ON workshop.headphone_models
  FOR EACH ROW EXECUTE FUNCTION workshop_private.set_updated_at();

COMMENT ON TABLE workshop.headphone_models IS 'The catalogue: each headphone model the workshop builds.';
COMMENT ON COLUMN workshop.headphone_models.id IS 'Surrogate key.';
COMMENT ON COLUMN workshop.headphone_models.name IS 'Model name (Atticus, Eikon, ...), unique.';
COMMENT ON COLUMN workshop.headphone_models.sku_prefix IS 'Three upper-case letters that start the model''s Shopify SKUs (ATT-...).';
COMMENT ON COLUMN workshop.headphone_models.complexity IS 'How demanding the model is to build.';
COMMENT ON COLUMN workshop.headphone_models.base_production_hours IS 'Hours to build one unit; the model''s stage estimates sum to it.';
COMMENT ON COLUMN workshop.headphone_models.wood_types IS 'Woods the model is offered in; an order''s wood must be one of them.';
COMMENT ON COLUMN workshop.headphone_models.base_price IS 'List price of one unit.';
COMMENT ON COLUMN workshop.headphone_models.is_active IS 'False for models no longer sold; anon sees active models only.';
COMMENT ON COLUMN workshop.headphone_models.created_at IS 'When the row was created.';
COMMENT ON COLUMN workshop.headphone_models.updated_at IS 'When the row was last updated (kept by trigger).';

COMMIT;
