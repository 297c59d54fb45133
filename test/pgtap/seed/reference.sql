-- Reference seeds (seed/reference): the five models and their stage estimates.
-- Idempotency of loading them again is tested in python/tests/test_seed.py.
BEGIN;
SELECT plan(11);

SELECT results_eq($$SELECT name, sku_prefix, complexity::text, base_production_hours, wood_types::text[], base_price, is_active
                      FROM workshop.headphone_models ORDER BY base_production_hours$$,
  $$VALUES ('Atticus', 'ATT', 'medium',     6.00, ARRAY['Sapele', 'Cherry', 'Walnut'],                           499.00, true),
           ('Eikon',   'EIK', 'medium',     8.00, ARRAY['Sapele', 'Cherry', 'Walnut'],                           599.00, true),
           ('Verite',  'VER', 'high',      10.00, ARRAY['Sapele', 'Cherry', 'Walnut', 'Cocobolo'],             2499.00, true),
           ('Auteur',  'AUT', 'high',      12.00, ARRAY['Sapele', 'Cherry', 'Walnut', 'Cocobolo'],             2499.00, true),
           ('Caldera', 'CAL', 'very_high', 14.00, ARRAY['Sapele', 'Cherry', 'Walnut', 'Cocobolo', 'Ziricote'], 3499.00, true)$$,
  'the five reference models with their sku, complexity, hours, woods and price');

-- Every model has the 7 stages, in enum order, displayed 1..7.
SELECT results_eq(format($$SELECT s.stage, s.display_order FROM workshop.model_production_stages s
                             JOIN workshop.headphone_models m ON m.id = s.model_id
                            WHERE m.name = %L ORDER BY s.display_order$$, name),
  $$SELECT s, ordinality::int FROM unnest(enum_range(NULL::workshop.production_stage)) WITH ORDINALITY s$$,
  format('%s has the 7 stages in display_order 1..7', name))
  FROM unnest(ARRAY['Atticus', 'Eikon', 'Verite', 'Auteur', 'Caldera']) name;

-- stage_estimates_match: each model's estimates sum exactly to its base hours.
SELECT is_empty($$SELECT m.name, m.base_production_hours, sum(s.estimated_hours)
                    FROM workshop.headphone_models m JOIN workshop.model_production_stages s ON s.model_id = m.id
                   GROUP BY m.id HAVING sum(s.estimated_hours) <> m.base_production_hours$$,
                'every model''s stage estimates sum exactly to its base_production_hours');

-- The shares of DOMAIN.md.
SELECT is_empty($$SELECT m.name, s.stage, s.estimated_hours
                    FROM workshop.headphone_models m
                    JOIN workshop.model_production_stages s ON s.model_id = m.id
                    JOIN (VALUES ('Intake'::workshop.production_stage, 0.05), ('Sanding', 0.20), ('Finishing', 0.15),
                                 ('Sub-Assembly', 0.20), ('Final Assembly', 0.25), ('Acoustic QC', 0.10),
                                 ('Shipping', 0.05)) w(stage, share) ON w.stage = s.stage
                   WHERE s.estimated_hours <> m.base_production_hours * w.share$$,
                'each stage estimate is the model''s hours times the stage''s share');
SELECT results_eq($$SELECT s.stage::text, s.estimated_hours FROM workshop.model_production_stages s
                      JOIN workshop.headphone_models m ON m.id = s.model_id
                     WHERE m.name = 'Caldera' ORDER BY s.stage$$,
  $$VALUES ('Intake', 0.70), ('Sanding', 2.80), ('Finishing', 2.10), ('Sub-Assembly', 2.80),
           ('Final Assembly', 3.50), ('Acoustic QC', 1.40), ('Shipping', 0.70)$$,
  'Caldera (14 h): 0.70 + 2.80 + 2.10 + 2.80 + 3.50 + 1.40 + 0.70');

SELECT is_empty($$SELECT s.stage FROM workshop.model_production_stages s
                   WHERE jsonb_typeof(s.quality_checklist) <> 'array' OR jsonb_array_length(s.quality_checklist) = 0
                      OR EXISTS (SELECT FROM jsonb_array_elements(s.quality_checklist) e
                                  WHERE jsonb_typeof(e) <> 'string' OR btrim(e #>> '{}') = '')$$,
                'every checklist is a non-empty JSON array of non-blank strings');
SELECT is((SELECT count(*)::int FROM workshop.model_production_stages), 35, '35 stage rows: 7 for each of 5 models');

SELECT * FROM finish();
ROLLBACK;
