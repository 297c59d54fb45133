-- workshop.slow_queries: from pg_stat_statements when installed, else one row that says so.
BEGIN;
SELECT plan(7);

INSERT INTO workshop.workers (id, auth_user_id, name, email, role) VALUES
  ('a7900000-0000-4000-8000-000000000001', 'e7900000-0000-4000-8000-000000000001', 'Slow Manager', 'slow.manager@example.com', 'manager'),
  ('a7900000-0000-4000-8000-000000000002', 'e7900000-0000-4000-8000-000000000002', 'Slow Worker', 'slow.worker@example.com', 'worker');
SELECT count(*) FROM workshop.orders;  -- at least one statement of this database is recorded

SELECT ok((SELECT count(*) BETWEEN 1 AND 3 FROM workshop.slow_queries(3)), 'at most max_rows statements, at least one');
SELECT ok((SELECT bool_and(note IS NULL AND query IS NOT NULL AND calls > 0 AND total_exec_ms >= mean_exec_ms
                           AND max_exec_ms >= mean_exec_ms AND rows_returned >= 0 AND shared_blks_hit >= 0
                           AND shared_blks_read >= 0 AND queryid IS NOT NULL)
             FROM workshop.slow_queries(3)), 'each row has the statement''s statistics and no note');
SELECT ok((SELECT bool_and(a.total_exec_ms >= b.total_exec_ms)
             FROM (SELECT total_exec_ms, row_number() OVER () AS n FROM workshop.slow_queries(5)) a
             JOIN (SELECT total_exec_ms, row_number() OVER () AS n FROM workshop.slow_queries(5)) b ON b.n = a.n + 1),
  'most total time first');

SET LOCAL ROLE authenticated;
SELECT set_config('request.jwt.claims', '{"sub":"e7900000-0000-4000-8000-000000000001","role":"authenticated"}', true);
SELECT ok((SELECT count(*) >= 1 FROM workshop.slow_queries()), 'a manager reads it');
SELECT set_config('request.jwt.claims', '{"sub":"e7900000-0000-4000-8000-000000000002","role":"authenticated"}', true);
SELECT throws_ok($$SELECT * FROM workshop.slow_queries()$$, '42501', NULL, 'a worker may not');
RESET ROLE;
SELECT set_config('request.jwt.claims', '', true);

-- Without the extension: one row whose note says so, not an error.
DROP EXTENSION pg_stat_statements;
SET LOCAL client_min_messages = warning;
SELECT results_eq(
  $$SELECT queryid, calls, query, note LIKE 'pg_stat_statements is not installed%' FROM workshop.slow_queries()$$,
  $$VALUES (NULL::bigint, NULL::bigint, NULL::text, true)$$,
  'without pg_stat_statements: a single row with the note');
RESET client_min_messages;
SELECT ok(NOT has_function_privilege('anon', 'workshop.slow_queries(integer)', 'EXECUTE'), 'anon may not run it');

SELECT * FROM finish();
ROLLBACK;
