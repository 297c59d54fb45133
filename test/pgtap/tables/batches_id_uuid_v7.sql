-- tables/batches_id_uuid_v7: a new a batch gets a time-ordered key from
-- workshop_private.uuid_v7() (tested itself in functions/uuid_v7.sql), as the API roles
-- insert it (the default runs as the inserting role); a key sent by the client is kept.
-- Cast: test/helpers/policy_helpers.sql.
BEGIN;
SELECT plan(6);
SELECT test_helpers.policy_fixture();

SELECT col_default_is('workshop', 'batches', 'id', 'workshop_private.uuid_v7()'::text,
  'batches.id defaults to a time-ordered uuid');

CREATE TEMP TABLE made (label text, id uuid);
GRANT INSERT, SELECT ON made TO authenticated, service_role;
SET LOCAL ROLE authenticated;
SELECT test_helpers.sign_in('manager');
SELECT lives_ok($$WITH n AS (INSERT INTO workshop.batches (batch_number) VALUES ('T-V7-M') RETURNING id) INSERT INTO made SELECT 'manager', id FROM n$$,
  'a manager creates a batch with the default key');
RESET ROLE;
-- A later millisecond: the import's key must sort after the manager's.
SELECT pg_sleep(0.002);
SET LOCAL ROLE service_role;
SELECT lives_ok($$WITH n AS (INSERT INTO workshop.batches (batch_number) VALUES ('T-V7-S') RETURNING id) INSERT INTO made SELECT 'service', id FROM n$$,
  'the import (service_role) creates a batch with the default key');
RESET ROLE;

SELECT is((SELECT array_agg(substr(id::text, 15, 1) ORDER BY label) FROM made), ARRAY['7', '7'],
  'both keys are version 7');
SELECT ok((SELECT id FROM made WHERE label = 'service') > (SELECT id FROM made WHERE label = 'manager'),
  'the later key sorts after the earlier one');

INSERT INTO workshop.batches (id, batch_number) VALUES ('00000000-0000-4000-8000-0000000000aa', 'T-V7-X');
SELECT is((SELECT id FROM workshop.batches WHERE batch_number = 'T-V7-X'), '00000000-0000-4000-8000-0000000000aa'::uuid,
  'a batch sent with its own key keeps it');

SELECT * FROM finish();
ROLLBACK;
