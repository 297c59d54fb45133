-- Reference data: each model's production stages.
-- A stage's estimate is the model's base_production_hours times the stage's share of
-- the work, so a model's stages sum to its hours (the seed plan's fixed figures summed
-- to 10 h for every model). Idempotent like every seed file.
WITH stage_share (stage, share, display_order, quality_checklist) AS (
  VALUES ('Intake'::workshop.production_stage, 0.05, 1,
          '["order specification confirmed", "wood blanks graded and matched"]'::jsonb),
         ('Sanding',        0.20, 2, '["no tear-out or chatter marks", "cup walls within thickness tolerance"]'),
         ('Finishing',      0.15, 3, '["finish cured and even", "no runs, dust nibs or witness lines"]'),
         ('Sub-Assembly',   0.20, 4, '["drivers matched within 1 dB", "wiring continuity checked"]'),
         ('Final Assembly', 0.25, 5, '["headband tension in range", "no rattles or loose fasteners"]'),
         ('Acoustic QC',    0.10, 6, '["frequency response within target curve", "channel balance within 0.5 dB", "no distortion at reference level"]'),
         ('Shipping',       0.05, 7, '["serial number recorded", "accessories complete", "packed in protective case"]')
)
INSERT INTO workshop.model_production_stages AS s
       (model_id, stage, estimated_hours, quality_checklist, display_order)
SELECT m.id, ss.stage, round(m.base_production_hours * ss.share, 2), ss.quality_checklist, ss.display_order
  FROM workshop.headphone_models m
 CROSS JOIN stage_share ss
 WHERE m.name IN ('Atticus', 'Eikon', 'Verite', 'Auteur', 'Caldera')
ON CONFLICT (model_id, stage) DO UPDATE
   SET estimated_hours   = EXCLUDED.estimated_hours,
       quality_checklist = EXCLUDED.quality_checklist,
       display_order     = EXCLUDED.display_order
 WHERE (s.estimated_hours, s.quality_checklist, s.display_order)
       IS DISTINCT FROM
       (EXCLUDED.estimated_hours, EXCLUDED.quality_checklist, EXCLUDED.display_order);
