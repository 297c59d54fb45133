-- One round of the bulk import into a loaded benchmark database (bench/run.py): orders
-- :first_order .. :last_order, after the data set's, in one INSERT as a Shopify backfill
-- would send them, timed with its commit and recorded in bench.import_rounds.
--
--   psql -v first_order=1000001 -v last_order=1010000 -v literal=false -f bench/sql/import.sql
--
-- The rounds alternate between the two databases (bench/run.py), so that a change in the
-- shared machine's speed falls on both alike, which two loads minutes apart cannot give.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
-- No JIT: the generator's join over its unanalysed helper tables is estimated at millions
-- of rows, and compiling it (about 0.6 s here) would add the same constant to both
-- databases' rounds; a client's import sends its rows and is not compiled.
SET jit = off;
SELECT set_config('workshop.worker_id', md5('worker2')::uuid::text, false) AS worker,
       set_config('workshop.change_reason', 'benchmark import', false) AS reason \gset
-- pg_walinspect (PostgreSQL's contrib) splits a round's WAL into records and full-page
-- images; in the bench schema, which is the benchmark's own.
CREATE EXTENSION IF NOT EXISTS pg_walinspect SCHEMA bench;
CREATE TABLE IF NOT EXISTS bench.import_rounds (
  first_order bigint PRIMARY KEY,
  orders  bigint NOT NULL,
  history bigint NOT NULL,
  seconds numeric NOT NULL,
  -- The WAL the round wrote, for a DBA sizing replication, archives and backups (the
  -- cluster's, while the other database is idle): its records (rows, index entries, row
  -- locks of the foreign-key checks, commit) and the full-page images written with them,
  -- one per page first changed since the last checkpoint, so they depend on its timing.
  wal_record_bytes numeric NOT NULL,
  wal_fpi_bytes numeric NOT NULL
);
SELECT pg_current_wal_insert_lsn() AS lsn0, clock_timestamp() AS t0 \gset
\ir orders.sql
-- The flush position after the commit: the round's WAL, all of it on disk.
SELECT extract(epoch FROM clock_timestamp() - :'t0') AS seconds,
       pg_current_wal_flush_lsn() AS lsn1 \gset
-- The history rows the import wrote (ours: the database's, one per order; the seed's
-- application wrote none for a new order), counted after the clock stopped.
INSERT INTO bench.import_rounds (first_order, orders, history, seconds, wal_record_bytes, wal_fpi_bytes)
SELECT :first_order, :last_order - :first_order + 1,
       (SELECT count(*) FROM workshop.order_status_history h
         WHERE h.order_id IN (SELECT md5('order' || n)::uuid
                                FROM generate_series(:first_order, :last_order) n)),
       :seconds, w.records, w.fpi
  FROM (SELECT coalesce(sum(record_size), 0) AS records, coalesce(sum(fpi_size), 0) AS fpi
          FROM bench.pg_get_wal_stats(:'lsn0', :'lsn1')) w;
