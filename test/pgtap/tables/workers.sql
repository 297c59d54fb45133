-- Table workshop.workers: structure, constraints, updated_at trigger.
BEGIN;
SELECT plan(43);

SELECT has_table('workshop', 'workers', 'table workers exists');
SELECT columns_are('workshop', 'workers', ARRAY[
  'id', 'auth_user_id', 'name', 'email', 'role', 'is_active', 'created_at', 'updated_at']);
SELECT col_type_is('workshop', 'workers', c, t, format('workers.%s is %s', c, t))
  FROM (VALUES ('id', 'uuid'), ('auth_user_id', 'uuid'), ('name', 'text'), ('email', 'text'),
               ('role', 'workshop.worker_role'), ('is_active', 'boolean'),
               ('created_at', 'timestamp with time zone'), ('updated_at', 'timestamp with time zone')) v(c, t);
SELECT col_not_null('workshop', 'workers', c, format('workers.%s is NOT NULL', c))
  FROM unnest(ARRAY['id', 'name', 'email', 'role', 'is_active', 'created_at', 'updated_at']) c;
SELECT col_is_null('workshop', 'workers', 'auth_user_id', 'workers.auth_user_id is nullable: staff without a login');
SELECT col_default_is('workshop', 'workers', 'id', 'gen_random_uuid()'::text, 'workers.id defaults to a random uuid');
SELECT col_default_is('workshop', 'workers', 'role', 'worker'::text, 'a new worker has role worker');
SELECT col_default_is('workshop', 'workers', 'is_active', 'true'::text, 'a new worker is active');
SELECT has_pk('workshop', 'workers', 'workers has a primary key');
SELECT col_is_pk('workshop', 'workers', 'id', 'workers.id is the primary key');
SELECT is_empty($$SELECT conname FROM pg_catalog.pg_constraint
                   WHERE conrelid = 'workshop.workers'::regclass AND contype = 'f'$$,
                'workers has no foreign key');
SELECT indexes_are('workshop', 'workers', ARRAY['workers_pkey', 'workers_auth_user_id_key', 'workers_email_key']);
SELECT index_is_unique('workshop', 'workers', 'workers_email_key', 'workers_email_key is unique');
SELECT has_index('workshop', 'workers', 'workers_email_key', 'lower(email)', 'workers_email_key is on lower(email)');
SELECT is(ARRAY(SELECT conname::text FROM pg_catalog.pg_constraint
                  WHERE conrelid = 'workshop.workers'::regclass AND contype = 'c' ORDER BY conname),
          ARRAY['workers_email_plausible', 'workers_name_not_blank'],
          'workers has exactly the check constraints tested here');

-- Defaults at work.
INSERT INTO workshop.workers (id, name, email)
VALUES ('00000000-0000-4000-8000-0000000000a1', 'Ada Lovelace', 'Ada@Workshop.example');
SELECT row_eq($$SELECT role, is_active, auth_user_id, created_at = now(), updated_at = now()
                  FROM workshop.workers WHERE id = '00000000-0000-4000-8000-0000000000a1'$$,
              ROW('worker'::workshop.worker_role, true, NULL::uuid, true, true),
              'a new worker: role worker, active, no login, created and updated now');

-- Check constraints.
SELECT test_helpers.throws_rule($$INSERT INTO workshop.workers (name, email) VALUES ('  ', 'blank@workshop.example')$$,
  '23514', 'workers_name_not_blank', 'a blank worker name is refused');
SELECT test_helpers.throws_rule($$INSERT INTO workshop.workers (name, email) VALUES ('', 'empty@workshop.example')$$,
  '23514', 'workers_name_not_blank', 'an empty worker name is refused');
SELECT test_helpers.throws_rule($$INSERT INTO workshop.workers (name, email) VALUES ('No At', 'no-at.workshop.example')$$,
  '23514', 'workers_email_plausible', 'an email without @ is refused');
SELECT test_helpers.throws_rule($$INSERT INTO workshop.workers (name, email) VALUES ('No Dot', 'nodot@workshop')$$,
  '23514', 'workers_email_plausible', 'an email without a dot in the domain is refused');
SELECT test_helpers.throws_rule($$INSERT INTO workshop.workers (name, email) VALUES ('Space', 'a b@workshop.example')$$,
  '23514', 'workers_email_plausible', 'an email with a space is refused');
SELECT lives_ok($$INSERT INTO workshop.workers (name, email, role) VALUES ('Grace Hopper', 'grace.hopper+qc@workshop.example', 'manager')$$,
  'a plausible email and a non-blank name are accepted');

-- Unique constraints.
SELECT test_helpers.throws_rule($$INSERT INTO workshop.workers (name, email) VALUES ('Ada Again', 'ada@workshop.EXAMPLE')$$,
  '23505', 'workers_email_key', 'worker emails are unique ignoring case');
INSERT INTO workshop.workers (name, email, auth_user_id)
VALUES ('Alan Turing', 'alan@workshop.example', '6b1c0a9e-2f7d-4c8e-9a51-0d3e4f5a6b7c');
SELECT test_helpers.throws_rule($$INSERT INTO workshop.workers (name, email, auth_user_id)
                                  VALUES ('Alan Twin', 'alan.twin@workshop.example', '6b1c0a9e-2f7d-4c8e-9a51-0d3e4f5a6b7c')$$,
  '23505', 'workers_auth_user_id_key', 'two workers cannot sign in as the same auth user');
SELECT lives_ok($$INSERT INTO workshop.workers (name, email) VALUES ('No Login One', 'one@workshop.example'),
                                                                 ('No Login Two', 'two@workshop.example')$$,
  'many workers may have no login (NULL auth_user_id)');

-- updated_at is kept by the trigger, with the statement's time: it moves on each
-- statement of one transaction (now() would not), and a client cannot set it.
SELECT has_trigger('workshop', 'workers', 'workers_set_updated_at', 'workers has its updated_at trigger');
SELECT trigger_is('workshop', 'workers', 'workers_set_updated_at', 'workshop_private', 'set_updated_at',
                  'workers_set_updated_at calls workshop_private.set_updated_at()');
DO $$ BEGIN PERFORM pg_catalog.pg_sleep(0.001); END $$;
CREATE TEMP TABLE first_update ON COMMIT DROP AS
WITH u AS (UPDATE workshop.workers SET name = 'Ada King' WHERE id = '00000000-0000-4000-8000-0000000000a1'
           RETURNING created_at, updated_at, updated_at = pg_catalog.statement_timestamp() AS is_stmt_time)
SELECT * FROM u;
SELECT ok((SELECT updated_at > created_at FROM first_update), 'an UPDATE moves updated_at past created_at (same transaction)');
SELECT ok((SELECT is_stmt_time FROM first_update), 'updated_at is the UPDATE statement''s timestamp');
DO $$ BEGIN PERFORM pg_catalog.pg_sleep(0.001); END $$;
UPDATE workshop.workers SET updated_at = '2000-01-01', is_active = false WHERE id = '00000000-0000-4000-8000-0000000000a1';
SELECT ok((SELECT w.updated_at > f.updated_at FROM workshop.workers w, first_update f
            WHERE w.id = '00000000-0000-4000-8000-0000000000a1'),
          'a second UPDATE in the same transaction moves updated_at again, whatever the client set');

SELECT * FROM finish();
ROLLBACK;
