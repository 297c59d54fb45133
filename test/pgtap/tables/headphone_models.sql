-- Table workshop.headphone_models: structure, constraints, updated_at trigger.
BEGIN;
SELECT plan(46);

SELECT has_table('workshop', 'headphone_models', 'table headphone_models exists');
SELECT columns_are('workshop', 'headphone_models', ARRAY[
  'id', 'name', 'sku_prefix', 'complexity', 'base_production_hours', 'wood_types', 'base_price',
  'is_active', 'created_at', 'updated_at']);
SELECT col_type_is('workshop', 'headphone_models', c, t, format('headphone_models.%s is %s', c, t))
  FROM (VALUES ('id', 'uuid'), ('name', 'text'), ('sku_prefix', 'text'),
               ('complexity', 'workshop.model_complexity'), ('base_production_hours', 'numeric(4,2)'),
               ('wood_types', 'workshop.wood_type[]'), ('base_price', 'numeric(10,2)'),
               ('is_active', 'boolean'), ('created_at', 'timestamp with time zone'),
               ('updated_at', 'timestamp with time zone')) v(c, t);
SELECT col_not_null('workshop', 'headphone_models', c, format('headphone_models.%s is NOT NULL', c))
  FROM unnest(ARRAY['id', 'name', 'sku_prefix', 'complexity', 'base_production_hours', 'wood_types',
                    'base_price', 'is_active', 'created_at', 'updated_at']) c;
SELECT col_default_is('workshop', 'headphone_models', 'is_active', 'true'::text, 'a new model is active');
SELECT has_pk('workshop', 'headphone_models', 'headphone_models has a primary key');
SELECT col_is_pk('workshop', 'headphone_models', 'id', 'headphone_models.id is the primary key');
SELECT is_empty($$SELECT conname FROM pg_catalog.pg_constraint
                   WHERE conrelid = 'workshop.headphone_models'::regclass AND contype = 'f'$$,
                'headphone_models has no foreign key');
SELECT indexes_are('workshop', 'headphone_models', ARRAY[
  'headphone_models_pkey', 'headphone_models_name_key', 'headphone_models_sku_prefix_key']);
SELECT is(ARRAY(SELECT conname::text FROM pg_catalog.pg_constraint
                  WHERE conrelid = 'workshop.headphone_models'::regclass AND contype = 'c' ORDER BY conname),
          ARRAY['headphone_models_base_price_positive', 'headphone_models_base_production_hours_positive',
                'headphone_models_name_not_blank', 'headphone_models_sku_prefix_format',
                'headphone_models_wood_types_not_empty'],
          'headphone_models has exactly the check constraints tested here');

-- A valid model (the passing case of every check).
SELECT lives_ok($$INSERT INTO workshop.headphone_models
                    (id, name, sku_prefix, complexity, base_production_hours, wood_types, base_price)
                  VALUES ('00000000-0000-4000-8000-0000000000b1', 'Test Model', 'TST', 'low', 0.5,
                          ARRAY['Walnut']::workshop.wood_type[], 0.01)$$,
                'a model with a name, an upper-case 3-letter sku, positive hours and price and one wood is accepted');
SELECT is((SELECT is_active FROM workshop.headphone_models WHERE id = '00000000-0000-4000-8000-0000000000b1'),
          true, 'a new model is active by default');

-- Check constraints, one statement per way to break them.
SELECT test_helpers.throws_rule(format($$INSERT INTO workshop.headphone_models
    (name, sku_prefix, complexity, base_production_hours, wood_types, base_price)
    VALUES (%L, %L, 'low', %s, %L::workshop.wood_type[], %s)$$, n, s, h, w, p),
  '23514', rule, descr)
  FROM (VALUES
    (' ',       'BLK', '1', '{Walnut}', '1', 'headphone_models_name_not_blank', 'a blank model name is refused'),
    ('Lower',   'low', '1', '{Walnut}', '1', 'headphone_models_sku_prefix_format', 'a lower-case sku_prefix is refused'),
    ('Two',     'TW',  '1', '{Walnut}', '1', 'headphone_models_sku_prefix_format', 'a 2-letter sku_prefix is refused'),
    ('Four',    'FOUR','1', '{Walnut}', '1', 'headphone_models_sku_prefix_format', 'a 4-letter sku_prefix is refused'),
    ('Digits',  'AB1', '1', '{Walnut}', '1', 'headphone_models_sku_prefix_format', 'a sku_prefix with a digit is refused'),
    ('Newline', E'ABC\n', '1', '{Walnut}', '1', 'headphone_models_sku_prefix_format', 'a sku_prefix with a trailing newline is refused'),
    ('Zero h',  'ZRH', '0', '{Walnut}', '1', 'headphone_models_base_production_hours_positive', 'zero base hours are refused'),
    ('Neg h',   'NGH', '-1', '{Walnut}', '1', 'headphone_models_base_production_hours_positive', 'negative base hours are refused'),
    ('No wood', 'NWD', '1', '{}',       '1', 'headphone_models_wood_types_not_empty', 'an empty wood_types is refused'),
    ('Null wd', 'NLW', '1', '{Walnut,NULL}', '1', 'headphone_models_wood_types_not_empty', 'a NULL wood in wood_types is refused'),
    ('Free',    'FRE', '1', '{Walnut}', '0', 'headphone_models_base_price_positive', 'a zero price is refused'),
    ('Neg',     'NEG', '1', '{Walnut}', '-1', 'headphone_models_base_price_positive', 'a negative price is refused')
  ) v(n, s, h, w, p, rule, descr);

-- Unique constraints.
SELECT test_helpers.throws_rule($$INSERT INTO workshop.headphone_models
    (name, sku_prefix, complexity, base_production_hours, wood_types, base_price)
    VALUES ('Atticus', 'ATX', 'medium', 6, '{Walnut}', 499)$$,
  '23505', 'headphone_models_name_key', 'model names are unique');
SELECT test_helpers.throws_rule($$INSERT INTO workshop.headphone_models
    (name, sku_prefix, complexity, base_production_hours, wood_types, base_price)
    VALUES ('Atticus II', 'ATT', 'medium', 6, '{Walnut}', 499)$$,
  '23505', 'headphone_models_sku_prefix_key', 'sku prefixes are unique');

-- updated_at trigger.
SELECT trigger_is('workshop', 'headphone_models', 'headphone_models_set_updated_at', 'workshop_private', 'set_updated_at',
                  'headphone_models_set_updated_at calls workshop_private.set_updated_at()');
DO $$ BEGIN PERFORM pg_catalog.pg_sleep(0.001); END $$;
WITH u AS (UPDATE workshop.headphone_models SET base_price = 1.00
            WHERE id = '00000000-0000-4000-8000-0000000000b1'
        RETURNING created_at, updated_at, updated_at = pg_catalog.statement_timestamp() AS is_stmt_time)
SELECT ok(u.updated_at > u.created_at AND u.is_stmt_time, 'an UPDATE sets updated_at to the statement''s time')
  FROM u;

SELECT * FROM finish();
ROLLBACK;
