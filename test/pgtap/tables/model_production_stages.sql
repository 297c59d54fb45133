-- Table workshop.model_production_stages: structure and constraints.
BEGIN;
SELECT plan(35);

SELECT has_table('workshop', 'model_production_stages', 'table model_production_stages exists');
SELECT columns_are('workshop', 'model_production_stages', ARRAY[
  'id', 'model_id', 'stage', 'estimated_hours', 'quality_checklist', 'display_order']);
SELECT col_type_is('workshop', 'model_production_stages', c, t, format('model_production_stages.%s is %s', c, t))
  FROM (VALUES ('id', 'uuid'), ('model_id', 'uuid'), ('stage', 'workshop.production_stage'),
               ('estimated_hours', 'numeric(4,2)'), ('quality_checklist', 'jsonb'),
               ('display_order', 'integer')) v(c, t);
SELECT col_not_null('workshop', 'model_production_stages', c, format('model_production_stages.%s is NOT NULL', c))
  FROM unnest(ARRAY['id', 'model_id', 'stage', 'estimated_hours', 'quality_checklist', 'display_order']) c;
SELECT col_default_is('workshop', 'model_production_stages', 'quality_checklist', '[]'::jsonb,
                      'a stage''s checklist defaults to an empty JSON array');
SELECT has_pk('workshop', 'model_production_stages', 'model_production_stages has a primary key');
SELECT col_is_pk('workshop', 'model_production_stages', 'id', 'model_production_stages.id is the primary key');
SELECT fk_ok('workshop', 'model_production_stages', 'model_id', 'workshop', 'headphone_models', 'id');
SELECT is((SELECT count(*)::int FROM pg_catalog.pg_constraint
            WHERE conrelid = 'workshop.model_production_stages'::regclass AND contype = 'f'),
          1, 'model_production_stages has exactly one foreign key');
SELECT is((SELECT confdeltype FROM pg_catalog.pg_constraint
            WHERE conrelid = 'workshop.model_production_stages'::regclass AND contype = 'f'),
          'c'::"char", 'a model''s stages are deleted with it (ON DELETE CASCADE)');
SELECT indexes_are('workshop', 'model_production_stages', ARRAY[
  'model_production_stages_pkey', 'model_production_stages_model_id_stage_key']);
SELECT has_index('workshop', 'model_production_stages', 'model_production_stages_model_id_stage_key',
                 ARRAY['model_id', 'stage'], 'the unique (model_id, stage) index also indexes the foreign key');
SELECT is(ARRAY(SELECT conname::text FROM pg_catalog.pg_constraint
                  WHERE conrelid = 'workshop.model_production_stages'::regclass AND contype = 'c' ORDER BY conname),
          ARRAY['model_production_stages_display_order_positive', 'model_production_stages_estimated_hours_positive',
                'model_production_stages_quality_checklist_is_array'],
          'model_production_stages has exactly the check constraints tested here');

-- Fixture: a model of our own (the reference models already have all their stages).
INSERT INTO workshop.headphone_models (id, name, sku_prefix, complexity, base_production_hours, wood_types, base_price)
VALUES ('00000000-0000-4000-8000-0000000000b2', 'Stage Test', 'STG', 'low', 2, '{Walnut}', 100);

SELECT lives_ok($$INSERT INTO workshop.model_production_stages (model_id, stage, estimated_hours, display_order)
                  VALUES ('00000000-0000-4000-8000-0000000000b2', 'Intake', 0.10, 1)$$,
                'a stage with positive hours and display order is accepted');
SELECT is((SELECT quality_checklist FROM workshop.model_production_stages
            WHERE model_id = '00000000-0000-4000-8000-0000000000b2' AND stage = 'Intake'),
          '[]'::jsonb, 'a new stage''s checklist is an empty JSON array');
SELECT lives_ok($$INSERT INTO workshop.model_production_stages (model_id, stage, estimated_hours, display_order, quality_checklist)
                  VALUES ('00000000-0000-4000-8000-0000000000b2', 'Sanding', 1.90, 2, '["smooth"]')$$,
                'a JSON array checklist is accepted');

SELECT test_helpers.throws_rule(format($$INSERT INTO workshop.model_production_stages
    (model_id, stage, estimated_hours, display_order, quality_checklist)
    VALUES ('00000000-0000-4000-8000-0000000000b2', 'Finishing', %s, %s, %L)$$, h, o, q),
  '23514', rule, descr)
  FROM (VALUES
    ('0',  '3', '[]', 'model_production_stages_estimated_hours_positive', 'zero estimated hours are refused'),
    ('-1', '3', '[]', 'model_production_stages_estimated_hours_positive', 'negative estimated hours are refused'),
    ('1',  '0', '[]', 'model_production_stages_display_order_positive', 'display_order 0 is refused'),
    ('1',  '3', '{"item": "x"}', 'model_production_stages_quality_checklist_is_array', 'a JSON object checklist is refused'),
    ('1',  '3', '"x"', 'model_production_stages_quality_checklist_is_array', 'a JSON string checklist is refused'),
    ('1',  '3', 'null', 'model_production_stages_quality_checklist_is_array', 'a JSON null checklist is refused')
  ) v(h, o, q, rule, descr);
SELECT test_helpers.throws_rule($$INSERT INTO workshop.model_production_stages (model_id, stage, estimated_hours, display_order)
                                  VALUES ('00000000-0000-4000-8000-0000000000b2', 'Intake', 0.10, 3)$$,
  '23505', 'model_production_stages_model_id_stage_key', 'a model has each stage once');
SELECT test_helpers.throws_rule($$INSERT INTO workshop.model_production_stages (model_id, stage, estimated_hours, display_order)
                                  VALUES ('00000000-0000-4000-8000-00000000dead', 'Intake', 0.10, 1)$$,
  '23503', 'model_production_stages_model_id_fkey', 'a stage of an unknown model is refused');

DELETE FROM workshop.headphone_models WHERE id = '00000000-0000-4000-8000-0000000000b2';
SELECT is_empty($$SELECT FROM workshop.model_production_stages WHERE model_id = '00000000-0000-4000-8000-0000000000b2'$$,
                'deleting a model deletes its stages');

SELECT * FROM finish();
ROLLBACK;
