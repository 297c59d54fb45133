-- workshop.search_customers: full-text first (idx_customers_search), then trigram
-- matches for partial names, emails and typos (idx_customers_name_email_trgm).
BEGIN;
SELECT plan(14);

INSERT INTO workshop.customers (id, name, email) VALUES
  ('c7500000-0000-4000-8000-000000000001', 'Margaret Hamilton', 'margaret@apollo.example'),
  ('c7500000-0000-4000-8000-000000000002', 'Grace Hopper',      'grace@navy.example'),
  ('c7500000-0000-4000-8000-000000000003', 'Ada Lovelace',      'ada@engine.example'),
  ('c7500000-0000-4000-8000-000000000004', 'Hopper Tools Ltd',  'sales@tools.example'),
  ('c7500000-0000-4000-8000-000000000005', 'Kim Lee',           'grasshopper@garden.example');

SELECT results_eq(
  $$SELECT name, match_kind FROM workshop.search_customers('hopper')$$,
  $$VALUES ('Grace Hopper', 'fulltext'), ('Hopper Tools Ltd', 'fulltext'), ('Kim Lee', 'trigram')$$,
  'whole-word matches first (ranked, then by name), then the partial match in an email');
SELECT ok((SELECT bool_and(rank > 0) FROM workshop.search_customers('hopper')), 'every match has a positive rank');
SELECT results_eq($$SELECT name, match_kind FROM workshop.search_customers('marg')$$,
  $$VALUES ('Margaret Hamilton', 'trigram')$$, 'a partial name finds the customer');
SELECT results_eq($$SELECT customer_id, email FROM workshop.search_customers('@navy.ex')$$,
  $$VALUES ('c7500000-0000-4000-8000-000000000002'::uuid, 'grace@navy.example')$$, 'a partial email finds the customer');
SELECT results_eq($$SELECT name FROM workshop.search_customers('Lovelase')$$,
  $$VALUES ('Ada Lovelace')$$, 'a misspelt name finds the customer (word similarity)');
SELECT results_eq($$SELECT name FROM workshop.search_customers('"grace hopper"')$$,
  $$VALUES ('Grace Hopper')$$, 'websearch syntax: a quoted phrase');
SET LOCAL client_min_messages = warning;  -- '_' has no words: the parser's notice
SELECT is_empty($$SELECT * FROM workshop.search_customers('_')$$, 'LIKE wildcards in the query are literal');
RESET client_min_messages;
SELECT is((SELECT count(*) FROM workshop.search_customers('.example', 2)), 2::bigint, 'max_rows limits the rows');

-- The indexes are used: the exact expression of idx_customers_search, and the trigram index.
SET LOCAL enable_seqscan = off;
SELECT pg_stat_get_xact_numscans('workshop.idx_customers_search'::regclass) AS fts0,
       pg_stat_get_xact_numscans('workshop.idx_customers_name_email_trgm'::regclass) AS trgm0 \gset
SELECT count(*) FROM workshop.search_customers('hopper');
SELECT count(*) FROM workshop.search_customers('marg');
SELECT cmp_ok(pg_stat_get_xact_numscans('workshop.idx_customers_search'::regclass), '>', :fts0::bigint,
  'search_customers scans idx_customers_search');
SELECT cmp_ok(pg_stat_get_xact_numscans('workshop.idx_customers_name_email_trgm'::regclass), '>', :trgm0::bigint,
  'search_customers scans idx_customers_name_email_trgm');
-- The plans of the function's two predicates, written as in its body.
SELECT matches(test_helpers.plan_of($$
  SELECT c.id FROM workshop.customers c
   WHERE pg_catalog.to_tsvector('english'::pg_catalog.regconfig, c.name || ' ' || COALESCE(c.email, ''))
         OPERATOR(pg_catalog.@@) pg_catalog.websearch_to_tsquery('english'::pg_catalog.regconfig, 'hopper')$$, 'FORMAT TEXT'),
  'Bitmap Index Scan on idx_customers_search', 'the full-text predicate is an index scan of idx_customers_search');
SELECT matches(test_helpers.plan_of($$
  SELECT c.id FROM workshop.customers c
   WHERE c.name OPERATOR(pg_catalog.~~*) '%marg%' OR c.email OPERATOR(pg_catalog.~~*) '%marg%'
      OR 'marg' OPERATOR(extensions.<%) c.name OR 'marg' OPERATOR(extensions.<%) c.email$$, 'FORMAT TEXT'),
  'Bitmap Index Scan on idx_customers_name_email_trgm', 'the trigram predicate is an index scan of the trigram index');
SELECT ok(NOT (SELECT prosecdef FROM pg_proc WHERE oid = 'workshop.search_customers(text, integer)'::regprocedure),
  'search_customers is SECURITY INVOKER: row level security decides whom a caller finds');

-- A pasted megabyte of words is cut to its first 256 characters, not parsed whole.
SELECT is_empty($$SELECT * FROM workshop.search_customers(repeat('qx ', 350000))$$,
  'a query of 350,000 words is searched by its first 256 characters and finds nothing');

SELECT * FROM finish();
ROLLBACK;
