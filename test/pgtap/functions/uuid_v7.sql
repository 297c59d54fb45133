-- workshop_private.uuid_v7(): time-ordered UUIDs (RFC 9562 version 7), the default key of
-- orders, customers and batches (tables/uuid_v7_keys).
BEGIN;
SELECT plan(9);

CREATE TEMP TABLE made AS
  SELECT n, pg_catalog.clock_timestamp() AS before, workshop_private.uuid_v7() AS id,
         pg_catalog.clock_timestamp() AS after
    FROM generate_series(1, 2000) n;
-- The first 48 bits as a time: the milliseconds since 1970.
CREATE TEMP VIEW made_at AS
  SELECT n, before, after, id,
         pg_catalog.to_timestamp(('x' || lpad(pg_catalog.substr(replace(id::text, '-', ''), 1, 12), 16, '0'))::bit(64)::bigint
                                 / 1000.0) AS at
    FROM made;

SELECT is_empty($$SELECT id FROM made WHERE substr(id::text, 15, 1) <> '7'$$,
  'every key is version 7');
SELECT is_empty($$SELECT id FROM made WHERE substr(id::text, 20, 1) NOT IN ('8', '9', 'a', 'b')$$,
  'every key has the RFC variant (10xx)');
SELECT is((SELECT count(DISTINCT id) FROM made), 2000::bigint, '2,000 keys, all different');
SELECT is_empty($$
  SELECT n, before, at, after FROM made_at
   WHERE at < date_trunc('milliseconds', before) OR at > after
$$, 'each key holds the millisecond it was made in');
-- Keys of different milliseconds sort by time; within one millisecond the 74 random bits
-- order them at random (RFC 9562 allows it: only the time is monotonic).
SELECT is_empty($$
  SELECT a.n, a.id, b.n, b.id FROM made_at a JOIN made_at b ON b.n = a.n + 1
   WHERE date_trunc('milliseconds', b.at) > date_trunc('milliseconds', a.at) AND b.id < a.id
$$, 'a key of a later millisecond sorts after the earlier ones');
SELECT cmp_ok((SELECT count(DISTINCT substr(id::text, 20)) FROM made), '=', 2000::bigint,
  'the 62 random bits after the variant differ from key to key, keys of one millisecond too');

SELECT is((SELECT provolatile FROM pg_proc WHERE oid = 'workshop_private.uuid_v7()'::regprocedure),
  'v'::"char", 'volatile: a new key on each call, never folded into a plan');
-- Inlined into the INSERT: a SET clause would stop that (see the deploy script).
SELECT alike(test_helpers.plan_of('SELECT workshop_private.uuid_v7()', 'VERBOSE, FORMAT TEXT'),
  '%Output: (encode(set_bit(set_bit("overlay"(uuid_send(gen_random_uuid())%',
  'inlined: the plan computes the key itself, no function call per row');
SELECT ok(has_function_privilege('authenticated', 'workshop_private.uuid_v7()', 'EXECUTE')
          AND has_function_privilege('service_role', 'workshop_private.uuid_v7()', 'EXECUTE')
          AND NOT has_function_privilege('anon', 'workshop_private.uuid_v7()', 'EXECUTE'),
  'the roles that insert rows may call it, anon may not');

SELECT * FROM finish();
ROLLBACK;
