-- workshop_private.search_customers_rows, the search behind workshop.search_customers:
-- every role finds exactly the customers its row level security lets it select (what the
-- released SECURITY INVOKER search returned), full text and partial; later kinds of match
-- are searched only while there is room; input handling as released.
-- Cast: test/helpers/policy_helpers.sql (Alice Customer, Bob Customer and the staff).
BEGIN;
SELECT plan(35);
SELECT test_helpers.policy_fixture();
INSERT INTO workshop.customers (id, name, email) VALUES
  ('c7600000-0000-4000-8000-000000000001', 'Walnut Grove Audio', 'grove@audio.example'),
  ('c7600000-0000-4000-8000-000000000002', 'Walnut Lane',        'lane@shop.example'),
  ('c7600000-0000-4000-8000-000000000003', 'Walnut Hill',        'hill@shop.example'),
  ('c7600000-0000-4000-8000-000000000004', 'Kim Lee',            'bigwalnuttree@shop.example'),
  ('c7600000-0000-4000-8000-000000000005', 'Walnuut Barns',      'barns@farm.example');

-- The owner (a superuser here, no SET ROLE): every match.
SELECT results_eq($$SELECT name, match_kind FROM workshop.search_customers('customer')$$,
  $$VALUES ('Alice Customer', 'fulltext'), ('Bob Customer', 'fulltext')$$,
  'the owner finds every full-text match');

-- Staff: every customer, full text and partial, as their own read of customers.
SET LOCAL ROLE authenticated;
SELECT test_helpers.sign_in('worker');
SELECT set_eq($$SELECT customer_id FROM workshop.search_customers('customer')$$,
  $$SELECT c.id FROM workshop.customers c WHERE c.name ILIKE '%customer%'$$, 'a worker finds what they may select (full text)');
SELECT results_eq($$SELECT name FROM workshop.search_customers('customer')$$,
  $$VALUES ('Alice Customer'), ('Bob Customer')$$, 'a worker finds every customer (full text)');
SELECT results_eq($$SELECT name, match_kind FROM workshop.search_customers('ustome')$$,
  $$VALUES ('Alice Customer', 'trigram'), ('Bob Customer', 'trigram')$$, 'a worker finds every customer (partial)');
SELECT test_helpers.sign_in('manager');
SELECT is((SELECT count(*) FROM workshop.search_customers('customer')), 2::bigint, 'a manager finds every customer');
SELECT test_helpers.sign_in('admin');
SELECT is((SELECT count(*) FROM workshop.search_customers('ustome')), 2::bigint, 'an admin finds every customer (partial)');

-- A customer: only their own row, whatever they search.
SELECT test_helpers.sign_in('customer_a');
SELECT set_eq($$SELECT customer_id FROM workshop.search_customers('customer')$$,
  $$SELECT c.id FROM workshop.customers c WHERE c.name ILIKE '%customer%'$$, 'a customer finds what they may select (full text)');
SELECT results_eq($$SELECT name, match_kind FROM workshop.search_customers('customer')$$,
  $$VALUES ('Alice Customer', 'fulltext')$$, 'a customer finds only themselves (full text)');
SELECT results_eq($$SELECT name, match_kind FROM workshop.search_customers('ustome')$$,
  $$VALUES ('Alice Customer', 'trigram')$$, 'a customer finds only themselves (partial)');
SELECT is_empty($$SELECT * FROM workshop.search_customers('bob')$$, 'a customer does not find another customer');
SELECT is_empty($$SELECT * FROM workshop.search_customers('walnut')$$,
  'a customer does not find customers without a sign-in');
SELECT results_eq($$SELECT customer_id FROM workshop_private.search_customers_rows('customer', 20)$$,
  ARRAY['c1000000-0000-4000-8000-000000000001'::uuid],
  'called directly, the private search also gives a customer only their own row');

-- Signed in but neither staff nor customer: nothing.
SELECT test_helpers.sign_in('stranger');
SELECT is_empty($$SELECT * FROM workshop.search_customers('customer')$$, 'a stranger finds nobody');
SELECT is_empty($$SELECT * FROM workshop_private.search_customers_rows('ustome', 20)$$,
  'a stranger finds nobody through the private search either');
SELECT test_helpers.sign_in('former');
SELECT is_empty($$SELECT * FROM workshop.search_customers('customer')$$, 'a former (inactive) manager finds nobody');
SELECT set_config('request.jwt.claims', '', true);
SELECT is_empty($$SELECT * FROM workshop.search_customers('customer')$$, 'authenticated without a JWT finds nobody');
RESET ROLE;

-- anon is refused, as released (no EXECUTE on either function).
SET LOCAL ROLE anon;
SELECT set_config('request.jwt.claims', '{"role":"anon"}', true);
SELECT throws_ok($$SELECT * FROM workshop.search_customers('customer')$$, '42501', NULL,
  'anon may not search customers');
SELECT throws_ok($$SELECT * FROM workshop_private.search_customers_rows('customer', 20)$$, '42501', NULL,
  'anon may not call the private search');
RESET ROLE;

-- service_role bypasses row level security: every match, whatever its JWT.
SET LOCAL ROLE service_role;
SELECT set_config('request.jwt.claims', '{"role":"service_role"}', true);
SELECT results_eq($$SELECT name FROM workshop.search_customers('customer')$$,
  $$VALUES ('Alice Customer'), ('Bob Customer')$$, 'service_role finds every customer (full text)');
SELECT is((SELECT count(*) FROM workshop.search_customers('ustome')), 2::bigint, 'service_role finds every customer (partial)');
RESET ROLE;

-- Later kinds of match only while there is room (seen as the owner).
SELECT results_eq($$SELECT name, match_kind FROM workshop.search_customers('walnut', 3)$$,
  $$VALUES ('Walnut Grove Audio', 'fulltext'), ('Walnut Hill', 'fulltext'), ('Walnut Lane', 'fulltext')$$,
  'full text fills max_rows: no trigram search');
SELECT results_eq($$SELECT name, match_kind FROM workshop.search_customers('walnut', 4)$$,
  $$VALUES ('Walnut Grove Audio', 'fulltext'), ('Walnut Hill', 'fulltext'), ('Walnut Lane', 'fulltext'),
           ('Kim Lee', 'trigram')$$,
  'a substring fills the room left: the typo match (a higher similarity) is not searched');
SELECT results_eq($$SELECT name, match_kind, round(rank::numeric, 2) FROM workshop.search_customers('walnut', 5) OFFSET 3$$,
  $$VALUES ('Walnuut Barns', 'trigram', 0.71), ('Kim Lee', 'trigram', 0.57)$$,
  'with room for both, trigram matches are ordered by word similarity');
SELECT results_eq($$SELECT name, match_kind FROM workshop.search_customers('walnuut')$$,
  $$VALUES ('Walnuut Barns', 'fulltext'), ('Walnut Grove Audio', 'trigram'), ('Walnut Hill', 'trigram'),
           ('Walnut Lane', 'trigram')$$,
  'a typo finds the similar names after the exact match');

-- Input handling as released.
SELECT is_empty($$SELECT * FROM workshop.search_customers(NULL)$$, 'a NULL query finds nothing');
SELECT is_empty($$SELECT * FROM workshop.search_customers('   ')$$, 'a blank query finds nothing');
SELECT is_empty($$SELECT * FROM workshop.search_customers('walnut', 0)$$, 'max_rows 0 gives no rows');
SELECT is_empty($$SELECT * FROM workshop.search_customers('walnut', -5)$$, 'a negative max_rows gives no rows');
SELECT is((SELECT count(*) FROM workshop.search_customers('walnut', NULL)), 5::bigint, 'a NULL max_rows means 20');
SELECT is((SELECT count(*) FROM workshop.search_customers('walnut', 2147483647)), 5::bigint,
  'the largest max_rows works (no overflow in the ranking cap)');

-- The private function: reviewed SECURITY DEFINER, fixed search_path, what it may call.
SELECT ok((SELECT prosecdef FROM pg_proc WHERE oid = 'workshop_private.search_customers_rows(text, integer)'::regprocedure),
  'search_customers_rows is SECURITY DEFINER (the GIN indexes serve staff under row level security)');
SELECT ok(NOT (SELECT prosecdef FROM pg_proc WHERE oid = 'workshop.search_customers(text, integer)'::regprocedure),
  'search_customers stays SECURITY INVOKER: it reads the rows found with the caller''s policies');
SELECT function_privs_are('workshop_private', 'search_customers_rows', ARRAY['text', 'integer'], 'authenticated',
  ARRAY['EXECUTE'], 'authenticated may call the private search (through search_customers)');

-- The GIN indexes serve the search of a worker under row level security.
SET LOCAL ROLE authenticated;
SELECT test_helpers.sign_in('worker');
SELECT pg_stat_get_xact_numscans('workshop.idx_customers_search'::regclass) AS fts0,
       pg_stat_get_xact_numscans('workshop.idx_customers_name_email_trgm'::regclass) AS trgm0 \gset
SELECT count(*) FROM workshop.search_customers('customer');
SELECT count(*) FROM workshop.search_customers('ustome');
RESET ROLE;
SELECT cmp_ok(pg_stat_get_xact_numscans('workshop.idx_customers_search'::regclass), '>', :fts0::bigint,
  'a worker''s search scans idx_customers_search');
SELECT cmp_ok(pg_stat_get_xact_numscans('workshop.idx_customers_name_email_trgm'::regclass), '>', :trgm0::bigint,
  'a worker''s search scans idx_customers_name_email_trgm');

SELECT * FROM finish();
ROLLBACK;
