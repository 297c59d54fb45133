-- tables/uuid_v7_keys: new orders, customers and batches get time-ordered keys from
-- workshop_private.uuid_v7() (tested itself in functions/uuid_v7.sql) as the API roles
-- insert them (a default runs as the inserting role), a key sent by the client is kept,
-- and the small tables keep random keys. Cast: test/helpers/policy_helpers.sql.
BEGIN;
SELECT plan(6);
SELECT test_helpers.policy_fixture();

SELECT results_eq($$
  SELECT c.relname::text COLLATE "default", pg_get_expr(d.adbin, d.adrelid) COLLATE "default"
    FROM pg_attrdef d
    JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
    JOIN pg_class c ON c.oid = d.adrelid
   WHERE c.relnamespace = 'workshop'::regnamespace AND a.attname = 'id' AND a.atttypid = 'uuid'::regtype
   ORDER BY 1
$$, $$VALUES ('batches', 'workshop_private.uuid_v7()'), ('customers', 'workshop_private.uuid_v7()'),
             ('headphone_models', 'gen_random_uuid()'), ('model_production_stages', 'gen_random_uuid()'),
             ('orders', 'workshop_private.uuid_v7()'), ('workers', 'gen_random_uuid()')$$,
  'the tables that grow default to uuid_v7(), the small ones to gen_random_uuid()');

CREATE TEMP TABLE made (who text, tbl text, id uuid);
GRANT INSERT, SELECT ON made TO authenticated, service_role;
-- A customer, an order of theirs and a batch, in one statement, with the keys left to the
-- database; each named after the role that runs it.
PREPARE one_of_each AS
  WITH c AS (INSERT INTO workshop.customers (name, email)
             VALUES ('T-V7 ' || current_user, current_user || '@uuid.test') RETURNING id),
       o AS (INSERT INTO workshop.orders (order_number, customer_id, model_id, wood_type)
             SELECT 'T-V7-' || current_user, c.id, m.id, 'Walnut'
               FROM c, workshop.headphone_models m WHERE m.name = 'Atticus' RETURNING id),
       b AS (INSERT INTO workshop.batches (batch_number) VALUES ('T-V7-' || current_user) RETURNING id)
  INSERT INTO made SELECT current_user, 'customers', id FROM c
         UNION ALL SELECT current_user, 'orders', id FROM o
         UNION ALL SELECT current_user, 'batches', id FROM b;

SET LOCAL ROLE authenticated;
SELECT test_helpers.sign_in('manager');
SELECT lives_ok('EXECUTE one_of_each',
  'a manager creates a customer, an order and a batch with the default keys');
RESET ROLE;
SELECT pg_sleep(0.002);  -- a later millisecond
SET LOCAL ROLE service_role;
SELECT lives_ok('EXECUTE one_of_each', 'the import (service_role) does too');
RESET ROLE;

SELECT results_eq($$SELECT tbl, count(*) FROM made WHERE substr(id::text, 15, 1) = '7' GROUP BY tbl ORDER BY tbl$$,
  $$VALUES ('batches', 2::bigint), ('customers', 2::bigint), ('orders', 2::bigint)$$,
  'all six keys are version 7');
SELECT is_empty($$
  SELECT m.tbl, m.id, s.id FROM made m JOIN made s ON s.tbl = m.tbl
   WHERE m.who = 'authenticated' AND s.who = 'service_role' AND s.id <= m.id
$$, 'in each table the later key sorts after the earlier one');

INSERT INTO workshop.customers (id, name, email)
VALUES ('00000000-0000-4000-8000-0000000000a1', 'T-V7 own', 'own@uuid.test');
INSERT INTO workshop.orders (id, order_number, model_id, wood_type)
SELECT '00000000-0000-4000-8000-0000000000a2', 'T-V7-own', m.id, 'Walnut'
  FROM workshop.headphone_models m WHERE m.name = 'Atticus';
INSERT INTO workshop.batches (id, batch_number) VALUES ('00000000-0000-4000-8000-0000000000a3', 'T-V7-own');
SELECT results_eq($$
  SELECT (SELECT id FROM workshop.customers WHERE email = 'own@uuid.test'),
         (SELECT id FROM workshop.orders WHERE order_number = 'T-V7-own'),
         (SELECT id FROM workshop.batches WHERE batch_number = 'T-V7-own')
$$, $$VALUES ('00000000-0000-4000-8000-0000000000a1'::uuid, '00000000-0000-4000-8000-0000000000a2'::uuid,
              '00000000-0000-4000-8000-0000000000a3'::uuid)$$,
  'a row sent with its own key keeps it');

SELECT * FROM finish();
ROLLBACK;
