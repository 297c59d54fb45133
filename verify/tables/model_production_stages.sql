-- Verify workshop_db:tables/model_production_stages on pg
BEGIN;
SELECT id, model_id, stage, estimated_hours, quality_checklist, display_order
  FROM workshop.model_production_stages WHERE false;
ROLLBACK;
