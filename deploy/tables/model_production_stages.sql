-- Deploy workshop_db:tables/model_production_stages to pg
-- requires: tables/headphone_models
-- requires: types/production_stage
BEGIN;

CREATE TABLE workshop.model_production_stages (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  model_id          uuid NOT NULL REFERENCES workshop.headphone_models (id) ON DELETE CASCADE,
  stage             workshop.production_stage NOT NULL,
  estimated_hours   numeric(4,2) NOT NULL
                      CONSTRAINT model_production_stages_estimated_hours_positive CHECK (estimated_hours > 0),
  quality_checklist jsonb NOT NULL DEFAULT '[]'
                      CONSTRAINT model_production_stages_quality_checklist_is_array
                      CHECK (jsonb_typeof(quality_checklist) = 'array'),
  display_order     integer NOT NULL
                      CONSTRAINT model_production_stages_display_order_positive CHECK (display_order > 0),
  -- Also the index of the foreign key model_id (its leading column).
  CONSTRAINT model_production_stages_model_id_stage_key UNIQUE (model_id, stage)
);

COMMENT ON TABLE workshop.model_production_stages IS 'Per model and stage: the estimated hours and the quality checklist.';
COMMENT ON COLUMN workshop.model_production_stages.id IS 'Surrogate key.';
COMMENT ON COLUMN workshop.model_production_stages.model_id IS 'The model (deleted with it).';
COMMENT ON COLUMN workshop.model_production_stages.stage IS 'The production stage.';
COMMENT ON COLUMN workshop.model_production_stages.estimated_hours IS 'Estimated hours of this stage for one unit; a model''s stages sum to its base_production_hours.';
COMMENT ON COLUMN workshop.model_production_stages.quality_checklist IS 'JSON array of the checklist items checked at this stage.';
COMMENT ON COLUMN workshop.model_production_stages.display_order IS 'Position of the stage in displays (1 = first).';

COMMIT;
