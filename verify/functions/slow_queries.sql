-- Verify workshop_db:functions/slow_queries on pg
BEGIN;
SELECT queryid, calls, total_exec_ms, mean_exec_ms, max_exec_ms, rows_returned,
       shared_blks_hit, shared_blks_read, query, note
  FROM workshop.slow_queries(1) WHERE false;
SELECT 1/count(*) FROM pg_catalog.pg_proc
 WHERE oid = 'workshop_private.slow_queries(integer)'::regprocedure AND prosecdef;
ROLLBACK;
