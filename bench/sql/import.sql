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
CREATE TABLE IF NOT EXISTS bench.import_rounds (
  first_order bigint PRIMARY KEY,
  orders  bigint NOT NULL,
  history bigint NOT NULL,
  seconds numeric NOT NULL,
  -- The round's WAL range, from before the INSERT to the flush position after its commit
  -- (bench/run.py splits it into records and full-page images).
  wal_start pg_lsn NOT NULL,
  wal_end pg_lsn NOT NULL
);
-- No keys sent: each database makes them by its own default, as for an order the
-- Shopify import adds (ours time-ordered, tables/uuid_v7_keys; the seed's random).
\set keys false
SELECT pg_current_wal_insert_lsn() AS lsn0, clock_timestamp() AS t0 \gset
\ir orders.sql
SELECT extract(epoch FROM clock_timestamp() - :'t0') AS seconds,
       pg_current_wal_flush_lsn() AS lsn1 \gset
-- The history rows the import wrote (ours: the database's, one per order; the seed's
-- application wrote none for a new order), counted after the clock stopped.
INSERT INTO bench.import_rounds (first_order, orders, history, seconds, wal_start, wal_end)
SELECT :first_order, :last_order - :first_order + 1,
       (SELECT count(*) FROM workshop.order_status_history h
         WHERE h.order_id IN (SELECT o.id FROM workshop.orders o
                               WHERE o.order_number IN (SELECT 'WS-' || n
                                                          FROM generate_series(:first_order, :last_order) n))),
       :seconds, :'lsn0', :'lsn1';
