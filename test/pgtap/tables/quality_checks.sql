-- Table workshop.quality_checks: structure, qc_defect_reason, the membership foreign key.
BEGIN;
SELECT plan(40);

SELECT has_table('workshop', 'quality_checks', 'table quality_checks exists');
SELECT columns_are('workshop', 'quality_checks', ARRAY[
  'id', 'batch_id', 'order_id', 'stage', 'item', 'passed', 'defect_reason', 'checked_by', 'checked_at']);
SELECT col_type_is('workshop', 'quality_checks', c, t, format('quality_checks.%s is %s', c, t))
  FROM (VALUES ('id', 'bigint'), ('batch_id', 'uuid'), ('order_id', 'uuid'), ('stage', 'workshop.production_stage'),
               ('item', 'text'), ('passed', 'boolean'), ('defect_reason', 'text'), ('checked_by', 'uuid'),
               ('checked_at', 'timestamp with time zone')) v(c, t);
SELECT col_not_null('workshop', 'quality_checks', c, format('quality_checks.%s is NOT NULL', c))
  FROM unnest(ARRAY['id', 'batch_id', 'order_id', 'stage', 'item', 'passed', 'checked_at']) c;
SELECT col_is_null('workshop', 'quality_checks', c, format('quality_checks.%s is nullable', c))
  FROM unnest(ARRAY['defect_reason', 'checked_by']) c;
SELECT col_default_is('workshop', 'quality_checks', 'checked_at', 'now()'::text, 'checked_at defaults to the transaction time');
SELECT is((SELECT attidentity FROM pg_catalog.pg_attribute
            WHERE attrelid = 'workshop.quality_checks'::regclass AND attname = 'id'),
          'a'::"char", 'quality_checks.id is an identity GENERATED ALWAYS');
SELECT has_pk('workshop', 'quality_checks', 'quality_checks has a primary key');
SELECT col_is_pk('workshop', 'quality_checks', 'id', 'quality_checks.id is the primary key');
SELECT fk_ok('workshop', 'quality_checks', ARRAY['batch_id', 'order_id'], 'workshop', 'batch_orders', ARRAY['batch_id', 'order_id']);
SELECT fk_ok('workshop', 'quality_checks', 'checked_by', 'workshop', 'workers', 'id');
SELECT is((SELECT count(*)::int FROM pg_catalog.pg_constraint
            WHERE conrelid = 'workshop.quality_checks'::regclass AND contype = 'f'),
          2, 'quality_checks has exactly two foreign keys');
SELECT indexes_are('workshop', 'quality_checks', ARRAY[
  'quality_checks_pkey', 'idx_quality_checks_batch_order', 'idx_quality_checks_order_id', 'idx_quality_checks_checked_by']);
SELECT has_index('workshop', 'quality_checks', 'idx_quality_checks_batch_order', ARRAY['batch_id', 'order_id'],
                 'the membership foreign key is indexed');
SELECT has_index('workshop', 'quality_checks', 'idx_quality_checks_order_id', 'order_id', 'order_id is indexed');
SELECT has_index('workshop', 'quality_checks', 'idx_quality_checks_checked_by', 'checked_by', 'checked_by is indexed');
SELECT is(ARRAY(SELECT conname::text FROM pg_catalog.pg_constraint
                  WHERE conrelid = 'workshop.quality_checks'::regclass AND contype = 'c' ORDER BY conname),
          ARRAY['qc_defect_reason', 'quality_checks_item_not_blank'],
          'quality_checks has exactly the check constraints tested here');

-- Fixtures, following the rules: a pending order (Atticus in Walnut) joins a batch at Intake.
INSERT INTO workshop.workers (id, name, email) VALUES ('00000000-0000-4000-8000-0000000000a4', 'QC Hand', 'qc@workshop.example');
INSERT INTO workshop.orders (id, order_number, model_id, wood_type)
SELECT '00000000-0000-4000-8000-0000000000d3', 'T-QC-1', m.id, 'Walnut' FROM workshop.headphone_models m WHERE m.sku_prefix = 'ATT';
INSERT INTO workshop.orders (id, order_number, model_id, wood_type)
SELECT '00000000-0000-4000-8000-0000000000d4', 'T-QC-2', m.id, 'Cherry' FROM workshop.headphone_models m WHERE m.sku_prefix = 'ATT';
INSERT INTO workshop.batches (id, batch_number) VALUES ('00000000-0000-4000-8000-0000000000e7', 'T-QC-B1');
INSERT INTO workshop.batch_orders (batch_id, order_id)
VALUES ('00000000-0000-4000-8000-0000000000e7', '00000000-0000-4000-8000-0000000000d3');

SELECT lives_ok($$INSERT INTO workshop.quality_checks (batch_id, order_id, stage, item, passed, checked_by)
                  VALUES ('00000000-0000-4000-8000-0000000000e7', '00000000-0000-4000-8000-0000000000d3', 'Intake',
                          'order specification confirmed', true, '00000000-0000-4000-8000-0000000000a4')$$,
                'a passed check needs no defect reason');
SELECT lives_ok($$INSERT INTO workshop.quality_checks (batch_id, order_id, stage, item, passed, defect_reason)
                  VALUES ('00000000-0000-4000-8000-0000000000e7', '00000000-0000-4000-8000-0000000000d3', 'Intake',
                          'wood blanks graded and matched', false, 'left cup blank has a knot')$$,
                'a failed check with a defect reason is accepted');

-- qc_defect_reason: a failed check names its defect; NULL and blank are both refused.
SELECT test_helpers.throws_rule(format($$INSERT INTO workshop.quality_checks (batch_id, order_id, stage, item, passed, defect_reason)
    VALUES ('00000000-0000-4000-8000-0000000000e7', '00000000-0000-4000-8000-0000000000d3', 'Intake', %L, %s, %L)$$, i, p, r),
  '23514', rule, descr)
  FROM (VALUES
    ('wood blanks graded and matched', 'false', NULL, 'qc_defect_reason', 'a failed check without a defect reason is refused'),
    ('wood blanks graded and matched', 'false', '', 'qc_defect_reason', 'a failed check with an empty defect reason is refused'),
    ('wood blanks graded and matched', 'false', '   ', 'qc_defect_reason', 'a failed check with a blank defect reason is refused'),
    ('wood blanks graded and matched', 'false', E'\t\n', 'qc_defect_reason', 'a defect reason of tabs and newlines is blank too'),
    ('  ', 'true', NULL, 'quality_checks_item_not_blank', 'a blank checklist item is refused')
  ) v(i, p, r, rule, descr);

-- A check is about an order of that batch.
SELECT test_helpers.throws_rule($$INSERT INTO workshop.quality_checks (batch_id, order_id, stage, item, passed)
                                  VALUES ('00000000-0000-4000-8000-0000000000e7', '00000000-0000-4000-8000-0000000000d4',
                                          'Intake', 'order specification confirmed', true)$$,
  '23503', 'quality_checks_batch_order_fkey', 'a check of an order that is not in the batch is refused');

SELECT * FROM finish();
ROLLBACK;
