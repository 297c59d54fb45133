-- Benchmark data set, set-based, every trigger and constraint active.
--
--   psql -v scale=1000000 -v literal=false -f bench/sql/generate.sql
--
-- scale    number of orders (customers scale/5, batches ~scale/20)
-- literal  true for the seed-literal database (bench/seed_literal.sql): its schema has
--          no batch_stage_history, quality_checks, work_logs, no is_active/added_at on
--          batch_orders and no triggers that log, so this script writes the order history
--          itself, as the seed's application did.
--
-- The data is deterministic (hashint4 of the row number, no random()): both databases
-- get the same rows. Keys are derived from a dense number so pgbench can pick a random
-- row with no helper table: order n has id md5('order' || n)::uuid and order_number
-- 'WS-' || n, customer c md5('customer' || c), batch k md5('batch' || k), worker w
-- md5('worker' || w). md5 spreads the keys like random uuids do.
--
-- How the rules are respected set-based: orders are inserted pending (the database logs
-- their first status), memberships are inserted (the database moves the orders to
-- in_production), batches advance with one UPDATE per stage (the progression trigger checks
-- each move and logs it), and completion is one UPDATE (the database ships the orders and
-- freezes the memberships). Where a step's effect is also written here ("complement"
-- statements), the statement only touches rows the database did not already change: with
-- the rules deployed it writes nothing; without them (the seed-literal schema, or a
-- schema without the rules) it does what the seed's application would have done.
\set ON_ERROR_STOP on
\if :{?scale}
\else
  \set scale 10000
\endif
\if :{?literal}
\else
  \set literal false
\endif
SET client_min_messages = warning;
-- The acting worker of every audited change of the load: worker 2, a manager.
SELECT set_config('workshop.worker_id', md5('worker2')::uuid::text, false) AS worker,
       set_config('workshop.change_reason', 'benchmark data load', false) AS reason \gset

-- Does this schema log by itself (the rules are deployed)? Then nothing is complemented.
SELECT EXISTS (SELECT FROM pg_catalog.pg_trigger t
                WHERE t.tgrelid = 'workshop.orders'::regclass AND NOT t.tgisinternal
                  AND t.tgname <> 'orders_set_updated_at'
                  AND t.tgname <> 'check_order_wood_type') AS rules \gset
\if :rules
  \set explicit false
\else
  \set explicit true
\endif
\echo == generate: scale :scale literal :literal rules-in-database :rules

DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;

-- The shape of the data set, in one row: everything below derives from it.
CREATE TABLE bench.params AS
SELECT n_orders, n_customers, n_tail, n_batches, n_open,
       -- order numbers of the open window: orders of open batches and the unbatched tail
       (n_batches - n_open) * 20 + 1 AS open_from,
       n_orders - n_tail + 1 AS tail_from,
       date_trunc('day', now()) - interval '5 years' AS t_start,
       date_trunc('day', now()) AS t_end
  FROM (SELECT :scale::int AS n_orders,
               greatest(:scale / 5, 1) AS n_customers,
               greatest(:scale / 50, 2) AS n_tail) s,
       LATERAL (SELECT ceil((n_orders - n_tail) / 20.0)::int AS n_batches) b,
       LATERAL (SELECT greatest(7, (n_batches * 0.015)::int) AS n_open) o;

CREATE TABLE bench.load_phases (
  phase   text PRIMARY KEY,
  rows    bigint NOT NULL,
  seconds numeric NOT NULL,
  done_at timestamptz NOT NULL DEFAULT clock_timestamp()
);

-- Records a finished load phase (bench/run.py reads the table) and returns its progress line.
CREATE FUNCTION bench.phase_done(p_phase text, p_rows bigint, p_what text, p_t0 timestamptz)
RETURNS text LANGUAGE sql AS $f$
  INSERT INTO bench.load_phases (phase, rows, seconds)
  VALUES (p_phase, p_rows, extract(epoch FROM clock_timestamp() - p_t0))
  RETURNING format('   %s: %s %s in %s s', phase, rows, p_what, round(seconds, 1))
$f$;

-- Names: customers are first x last name; searches pick a last name or a part of one.
CREATE TABLE bench.names (kind text, i int, name text, PRIMARY KEY (kind, i));
INSERT INTO bench.names
SELECT 'first', i, n FROM unnest(ARRAY[
  'James','Mary','Robert','Patricia','John','Jennifer','Michael','Linda','David','Elizabeth',
  'William','Barbara','Richard','Susan','Joseph','Jessica','Thomas','Sarah','Charles','Karen',
  'Daniel','Lisa','Matthew','Nancy','Anthony','Betty','Mark','Sandra','Paul','Ashley','Steven',
  'Emily','Andrew','Donna','Kenneth','Michelle','Joshua','Carol','Kevin','Amanda','Brian',
  'Melissa','George','Deborah','Timothy','Stephanie','Ronald','Rebecca','Jason','Sharon',
  'Hiroshi','Yuki','Lars','Ingrid','Pierre','Amelie','Mateo','Lucia','Arjun','Priya'
]) WITH ORDINALITY AS t(n, i);
INSERT INTO bench.names
SELECT 'last', i, n FROM unnest(ARRAY[
  'Smith','Johnson','Williams','Brown','Jones','Garcia','Miller','Davis','Rodriguez','Martinez',
  'Hernandez','Lopez','Gonzalez','Wilson','Anderson','Thomas','Taylor','Moore','Jackson','Martin',
  'Lee','Perez','Thompson','White','Harris','Sanchez','Clark','Ramirez','Lewis','Robinson',
  'Walker','Young','Allen','King','Wright','Scott','Torres','Nguyen','Hill','Flores','Green',
  'Adams','Nelson','Baker','Hall','Rivera','Campbell','Mitchell','Carter','Roberts','Gomez',
  'Phillips','Evans','Turner','Diaz','Parker','Cruz','Edwards','Collins','Reyes','Stewart',
  'Morris','Morales','Murphy','Cook','Rogers','Gutierrez','Ortiz','Morgan','Cooper','Peterson',
  'Bailey','Reed','Kelly','Howard','Ramos','Kim','Cox','Ward','Richardson','Watson','Brooks',
  'Chavez','Wood','James','Bennett','Gray','Mendoza','Ruiz','Hughes','Price','Alvarez','Castillo',
  'Sanders','Patel','Myers','Long','Ross','Foster','Jimenez','Tanaka','Yamamoto','Lindqvist',
  'Johansson','Dubois','Moreau','Rossi','Bianchi','Schmidt','Fischer','Weber','Novak','Kowalski',
  'Sorensen','Larsen','Okafor','Mensah','Haddad','Fontaine','Virtanen'
]) WITH ORDINALITY AS t(n, i);

-- Phase timer: psql keeps the start of the current phase in :t0.
SELECT clock_timestamp() AS t0 \gset

-- Workers: 1 admin, 3 managers, 8 workers (worker w has auth user md5('auth-worker' || w)).
\if :literal
INSERT INTO workshop.workers (id, name, email, role)
SELECT md5('worker' || w)::uuid, 'Worker ' || w, 'worker' || w || '@workshop.example',
       (CASE WHEN w = 1 THEN 'admin' WHEN w <= 4 THEN 'manager' ELSE 'worker' END)::workshop.worker_role
  FROM generate_series(1, 12) w;
\else
INSERT INTO workshop.workers (id, auth_user_id, name, email, role)
SELECT md5('worker' || w)::uuid, md5('auth-worker' || w)::uuid, 'Worker ' || w,
       'worker' || w || '@workshop.example',
       (CASE WHEN w = 1 THEN 'admin' WHEN w <= 4 THEN 'manager' ELSE 'worker' END)::workshop.worker_role
  FROM generate_series(1, 12) w;
\endif

-- Customers, spread over the five years (customer c signs up before its orders).
INSERT INTO workshop.customers (id, shopify_customer_id, name, email, phone,
                                shipping_address, billing_address, created_at, updated_at)
SELECT md5('customer' || c)::uuid, 'SC' || c, f.name || ' ' || l.name,
       lower(f.name || '.' || l.name || c || '@example.com'),
       '+1-555-' || lpad((c % 10000)::text, 4, '0'),
       jsonb_build_object('address1', (c % 900 + 100) || ' ' || l.name || ' Street',
                          'city', (ARRAY['Portland','Austin','Berlin','Osaka','Lyon','Oslo'])[1 + c % 6],
                          'zip', lpad((c % 99999)::text, 5, '0'), 'country', 'US'),
       CASE WHEN c % 4 = 0 THEN jsonb_build_object('address1', (c % 700 + 10) || ' Main St',
                                                   'city', 'Seattle', 'zip', '98101', 'country', 'US')
            ELSE jsonb_build_object('same_as_shipping', true) END,
       p.t_start + (p.t_end - p.t_start) * ((c - 1)::float8 / p.n_customers),
       p.t_start + (p.t_end - p.t_start) * ((c - 1)::float8 / p.n_customers)
  FROM bench.params p
 CROSS JOIN LATERAL generate_series(1, p.n_customers) c
  JOIN bench.names f ON f.kind = 'first' AND f.i = 1 + abs(hashint4(c * 3)) % 60
  JOIN bench.names l ON l.kind = 'last' AND l.i = 1 + abs(hashint4(c * 5 + 1)) % 120;
SELECT bench.phase_done('customers', (SELECT count(*) FROM workshop.customers), 'rows', :'t0') AS msg \gset
\echo :msg

-- Orders, inserted pending (the database logs their first status): orders.sql.
SELECT clock_timestamp() AS t0 \gset
CREATE TABLE bench.models AS
SELECT m.id, m.name, m.wood_types,
       CASE m.name WHEN 'Atticus' THEN 0 WHEN 'Eikon' THEN 35 WHEN 'Verite' THEN 65
                   WHEN 'Auteur' THEN 80 ELSE 92 END AS pct_from,
       CASE m.name WHEN 'Atticus' THEN 35 WHEN 'Eikon' THEN 65 WHEN 'Verite' THEN 80
                   WHEN 'Auteur' THEN 92 ELSE 100 END AS pct_to
  FROM workshop.headphone_models m
 WHERE m.name IN ('Atticus', 'Eikon', 'Verite', 'Auteur', 'Caldera');

\set first_order 1
\set last_order :scale
\set keys true
\ir orders.sql
SELECT bench.phase_done('orders', (SELECT count(*) FROM workshop.orders),
       format('rows (+ %s history rows)', (SELECT count(*) FROM workshop.order_status_history)),
       :'t0') AS msg \gset
\echo :msg

-- Batches: orders 1 .. tail_from-1 are batched 20 consecutive orders a batch (batch k holds
-- orders 20k-19 .. 20k), except every 53rd order, cancelled before it was batched. The last
-- n_open batches are open, spread over all seven stages (the newest at Intake); the others
-- went through every stage and are complete. Every 37th batch was reworked once.
SELECT clock_timestamp() AS t0 \gset
CREATE TABLE bench.batch_plan AS
SELECT k, md5('batch' || k)::uuid AS id,
       CASE WHEN k <= p.n_batches - p.n_open THEN 7
            ELSE 7 - ((k - (p.n_batches - p.n_open) - 1) * 7 / p.n_open) END AS target_idx,
       k <= p.n_batches - p.n_open AS complete,
       k % 37 = 0 AND k <= p.n_batches - p.n_open AS reworked,
       p.t_start + (p.t_end - p.t_start) * ((least(20 * k, p.tail_from - 1))::float8 / p.n_orders)
         + interval '1 day' AS created
  FROM bench.params p
 CROSS JOIN LATERAL generate_series(1, p.n_batches) k;
ALTER TABLE bench.batch_plan ADD PRIMARY KEY (k);
CREATE TABLE bench.stages AS
SELECT s AS stage, i::int AS idx
  FROM unnest(enum_range(NULL::workshop.production_stage)) WITH ORDINALITY AS t(s, i);

INSERT INTO workshop.batches (id, batch_number, priority, target_completion, created_by,
                              created_at, updated_at)
SELECT bp.id, 'B-' || lpad(bp.k::text, 6, '0'),
       (CASE WHEN bp.k % 15 = 0 THEN 'rush' WHEN bp.k % 5 = 0 THEN 'high'
             WHEN bp.k % 23 = 0 THEN 'low' ELSE 'standard' END)::workshop.batch_priority,
       (bp.created + interval '21 days')::date,
       md5('worker' || (2 + bp.k % 3))::uuid, bp.created, bp.created
  FROM bench.batch_plan bp;
-- One metadata row per batch (the database may have created it already).
INSERT INTO workshop.batch_metadata (batch_id, tags)
SELECT bp.id, CASE WHEN bp.k % 10 = 0 THEN ARRAY['wholesale'] ELSE '{}' END
  FROM bench.batch_plan bp
ON CONFLICT (batch_id) DO NOTHING;
SELECT bench.phase_done('batches', (SELECT count(*) FROM workshop.batches), 'rows', :'t0') AS msg \gset
\echo :msg

-- Memberships: joining a batch makes a pending order in_production (by the database).
SELECT clock_timestamp() AS t0 \gset
\if :literal
INSERT INTO workshop.batch_orders (batch_id, order_id)
SELECT md5('batch' || ((n + 19) / 20))::uuid, md5('order' || n)::uuid
  FROM bench.params p CROSS JOIN LATERAL generate_series(1, p.tail_from - 1) n
 WHERE n % 53 <> 0;
\else
INSERT INTO workshop.batch_orders (batch_id, order_id, added_at, added_by)
SELECT bp.id, md5('order' || n)::uuid, bp.created, md5('worker' || (2 + bp.k % 3))::uuid
  FROM bench.params p CROSS JOIN LATERAL generate_series(1, p.tail_from - 1) n
  JOIN bench.batch_plan bp ON bp.k = (n + 19) / 20
 WHERE n % 53 <> 0;
\endif
-- Complement (the seed's application): the members become in_production, logged.
WITH u AS (
  UPDATE workshop.orders o SET status = 'in_production'
    FROM workshop.batch_orders bo
   WHERE bo.order_id = o.id AND o.status = 'pending'
  RETURNING o.id)
INSERT INTO workshop.order_status_history (order_id, old_status, new_status, changed_by, reason)
SELECT u.id, 'pending', 'in_production', md5('worker2')::uuid, 'benchmark data load'
  FROM u WHERE :explicit;
SELECT bench.phase_done('batch_orders', (SELECT count(*) FROM workshop.batch_orders), 'rows', :'t0') AS msg \gset
\echo :msg

-- Stage progression, one stage at a time for all batches that go further. At each stage
-- the batch's work is logged (two logs); at Acoustic QC each order gets its check (1 in
-- 40 fails). Reworked batches go back from Finishing to Sanding once (quality warning, a
-- reason) and forward again after the quality is good again.
SELECT clock_timestamp() AS t0 \gset
CREATE FUNCTION bench.stage_step(p_idx int, p_literal boolean, p_explicit boolean)
RETURNS void LANGUAGE plpgsql AS $f$
DECLARE
  v_stage workshop.production_stage := (SELECT stage FROM bench.stages WHERE idx = p_idx);
  v_next  workshop.production_stage := (SELECT stage FROM bench.stages WHERE idx = p_idx + 1);
BEGIN
  IF NOT p_literal THEN
    INSERT INTO workshop.work_logs (batch_id, stage, worker_id, hours, logged_at)
    SELECT bp.id, v_stage, md5('worker' || (5 + (bp.k + p_idx + w) % 8))::uuid,
           1 + (abs(hashint4(bp.k * 7 + p_idx * 3 + w)) % 700) / 100.0,
           bp.created + (p_idx + w) * interval '1 day'
      FROM bench.batch_plan bp CROSS JOIN generate_series(1, 2) w
     WHERE bp.target_idx >= p_idx;
    IF v_stage = 'Acoustic QC' THEN
      INSERT INTO workshop.quality_checks (batch_id, order_id, stage, item, passed,
                                           defect_reason, checked_by, checked_at)
      SELECT bo.batch_id, bo.order_id, v_stage, item.i,
             abs(hashint4(hashtext(bo.order_id::text) + item.n)) % 40 <> 0,
             CASE WHEN abs(hashint4(hashtext(bo.order_id::text) + item.n)) % 40 = 0
                  THEN 'channel imbalance 0.8 dB, driver re-matched' END,
             md5('worker' || (5 + bp.k % 8))::uuid, bp.created + interval '6 days'
        FROM bench.batch_plan bp
        JOIN workshop.batch_orders bo ON bo.batch_id = bp.id
       CROSS JOIN (VALUES (1, 'channel balance within 0.5 dB')) AS item(n, i)
       WHERE bp.target_idx >= p_idx;
    END IF;
  END IF;
  IF v_next IS NULL THEN
    RETURN;
  END IF;
  IF v_stage = 'Finishing' THEN
    -- Rework: quality warning, back to Sanding with a reason, good again, forward again.
    UPDATE workshop.batches b SET quality_status = 'warning'
      FROM bench.batch_plan bp WHERE bp.id = b.id AND bp.reworked;
    PERFORM set_config('workshop.change_reason', 'finish runs found at inspection', true);
    UPDATE workshop.batches b SET current_stage = 'Sanding'
      FROM bench.batch_plan bp WHERE bp.id = b.id AND bp.reworked;
    PERFORM set_config('workshop.change_reason', 'benchmark data load', true);
    UPDATE workshop.batches b SET quality_status = 'good'
      FROM bench.batch_plan bp WHERE bp.id = b.id AND bp.reworked;
    UPDATE workshop.batches b SET current_stage = 'Finishing'
      FROM bench.batch_plan bp WHERE bp.id = b.id AND bp.reworked;
    IF p_explicit AND NOT p_literal THEN
      INSERT INTO workshop.batch_stage_history (batch_id, from_stage, to_stage, kind, moved_by, reason)
      SELECT bp.id, mv.f, mv.t, mv.kind::workshop.stage_move_kind, md5('worker2')::uuid, mv.reason
        FROM bench.batch_plan bp
       CROSS JOIN (VALUES (1, 'Finishing'::workshop.production_stage, 'Sanding'::workshop.production_stage,
                           'rework', 'finish runs found at inspection'),
                          (2, 'Sanding', 'Finishing', 'advance', 'benchmark data load')) AS mv(o, f, t, kind, reason)
       WHERE bp.reworked
       ORDER BY bp.k, mv.o;
    END IF;
  END IF;
  UPDATE workshop.batches b SET current_stage = v_next
    FROM bench.batch_plan bp
   WHERE bp.id = b.id AND bp.target_idx > p_idx AND b.current_stage = v_stage;
  IF p_explicit AND NOT p_literal THEN
    INSERT INTO workshop.batch_stage_history (batch_id, from_stage, to_stage, kind, moved_by, reason)
    SELECT bp.id, v_stage, v_next, 'advance', md5('worker2')::uuid, 'benchmark data load'
      FROM bench.batch_plan bp WHERE bp.target_idx > p_idx;
  END IF;
END
$f$;
SELECT bench.stage_step(1, :literal, :explicit) AS step \gset
\echo '   stage Intake done'
SELECT bench.stage_step(2, :literal, :explicit) AS step \gset
\echo '   stage Sanding done'
SELECT bench.stage_step(3, :literal, :explicit) AS step \gset
\echo '   stage Finishing done (with rework)'
SELECT bench.stage_step(4, :literal, :explicit) AS step \gset
\echo '   stage Sub-Assembly done'
SELECT bench.stage_step(5, :literal, :explicit) AS step \gset
\echo '   stage Final Assembly done'
SELECT bench.stage_step(6, :literal, :explicit) AS step \gset
\echo '   stage Acoustic QC done'
SELECT bench.stage_step(7, :literal, :explicit) AS step \gset
-- The complements below join the batches by stage and completion: planned with the
-- statistics of an autovacuum that sampled every batch still at Intake, one run's
-- Shipping complement on the seed's schema took a nested loop and ran for over 20
-- minutes (its usual: about a minute for all stages). Counts of now for both schemas.
ANALYZE workshop.batches, workshop.orders;
-- Complement: moving into Shipping made the orders ready_to_ship.
WITH u AS (
  UPDATE workshop.orders o SET status = 'ready_to_ship'
    FROM workshop.batch_orders bo JOIN workshop.batches b ON b.id = bo.batch_id
   WHERE bo.order_id = o.id AND b.current_stage = 'Shipping' AND o.status = 'in_production'
  RETURNING o.id)
INSERT INTO workshop.order_status_history (order_id, old_status, new_status, changed_by, reason)
SELECT u.id, 'in_production', 'ready_to_ship', md5('worker2')::uuid, 'benchmark data load'
  FROM u WHERE :explicit;
SELECT bench.phase_done('stages', (SELECT count(*) FROM bench.batch_plan), 'batches moved', :'t0') AS msg \gset
\echo :msg

-- Completion: the database ships the orders and freezes the memberships.
SELECT clock_timestamp() AS t0 \gset
UPDATE workshop.batches b
   SET is_complete = true,
       actual_completion = (bp.created + (14 + bp.k % 10) * interval '1 day')::date
  FROM bench.batch_plan bp
 WHERE bp.id = b.id AND bp.complete;
ANALYZE workshop.batches;  -- is_complete was false for all: as above
-- Complements: memberships of complete batches inactive, their orders shipped, logged.
\if :literal
\else
UPDATE workshop.batch_orders bo SET is_active = false
  FROM workshop.batches b
 WHERE b.id = bo.batch_id AND b.is_complete AND bo.is_active;
\endif
WITH u AS (
  UPDATE workshop.orders o SET status = 'shipped'
    FROM workshop.batch_orders bo JOIN workshop.batches b ON b.id = bo.batch_id
   WHERE bo.order_id = o.id AND b.is_complete AND o.status = 'ready_to_ship'
  RETURNING o.id)
INSERT INTO workshop.order_status_history (order_id, old_status, new_status, changed_by, reason)
SELECT u.id, 'ready_to_ship', 'shipped', md5('worker2')::uuid, 'benchmark data load'
  FROM u WHERE :explicit;
-- Delivered: the orders of all complete batches but the newest 0.5 % (still in transit).
WITH u AS (
  UPDATE workshop.orders o SET status = 'delivered'
    FROM workshop.batch_orders bo JOIN bench.batch_plan bp ON bp.id = bo.batch_id, bench.params p
   WHERE bo.order_id = o.id AND o.status = 'shipped'
     AND bp.k <= p.n_batches - p.n_open - greatest(2, p.n_batches / 200)
  RETURNING o.id)
INSERT INTO workshop.order_status_history (order_id, old_status, new_status, changed_by, reason)
SELECT u.id, 'shipped', 'delivered', md5('worker2')::uuid, 'benchmark data load'
  FROM u WHERE :explicit;
SELECT bench.phase_done('completion', (SELECT count(*) FROM bench.batch_plan WHERE complete), 'batches', :'t0') AS msg \gset
\echo :msg

-- Orders never batched: every 53rd order of the batched years was cancelled while pending;
-- in the unbatched tail (the last weeks) every 7th order is on hold, the rest pending.
SELECT clock_timestamp() AS t0 \gset
WITH u AS (
  UPDATE workshop.orders o SET status = 'cancelled'
    FROM bench.params p CROSS JOIN LATERAL generate_series(53, p.tail_from - 1, 53) n
   WHERE o.id = md5('order' || n)::uuid AND o.status = 'pending'
  RETURNING o.id)
INSERT INTO workshop.order_status_history (order_id, old_status, new_status, changed_by, reason)
SELECT u.id, 'pending', 'cancelled', md5('worker2')::uuid, 'benchmark data load'
  FROM u WHERE :explicit;
WITH u AS (
  UPDATE workshop.orders o SET status = 'on_hold'
    FROM bench.params p CROSS JOIN LATERAL generate_series(p.tail_from, p.n_orders) n
   WHERE o.id = md5('order' || n)::uuid AND n % 7 = 0 AND o.status = 'pending'
  RETURNING o.id)
INSERT INTO workshop.order_status_history (order_id, old_status, new_status, changed_by, reason)
SELECT u.id, 'pending', 'on_hold', md5('worker2')::uuid, 'benchmark data load'
  FROM u WHERE :explicit;
-- Open batches before Shipping: every 11th has a quality warning.
UPDATE workshop.batches b SET quality_status = 'warning'
  FROM bench.batch_plan bp
 WHERE bp.id = b.id AND NOT bp.complete AND bp.target_idx < 7 AND bp.k % 11 = 0;

-- Derived totals: kept by the database where the rules are deployed; the seed's
-- application computed them itself (the seed's schema has no work_logs or checks).
\if :explicit
UPDATE workshop.batch_metadata bm
   SET total_estimated_hours = t.est
  FROM (SELECT bo.batch_id, sum(s.estimated_hours) AS est
          FROM workshop.batch_orders bo
          JOIN workshop.orders o ON o.id = bo.order_id
          JOIN workshop.model_production_stages s ON s.model_id = o.model_id
         GROUP BY bo.batch_id) t
 WHERE t.batch_id = bm.batch_id;
\endif
\if :literal
\elif :explicit
UPDATE workshop.batch_metadata bm
   SET actual_hours_spent = t.h
  FROM (SELECT batch_id, sum(hours) AS h FROM workshop.work_logs GROUP BY batch_id) t
 WHERE t.batch_id = bm.batch_id;
UPDATE workshop.batch_metadata bm
   SET defect_rate = t.r
  FROM (SELECT batch_id, round(100.0 * count(*) FILTER (WHERE NOT passed) / count(*), 2) AS r
          FROM workshop.quality_checks GROUP BY batch_id) t
 WHERE t.batch_id = bm.batch_id;
\endif
SELECT bench.phase_done('finish', (SELECT count(*) FROM workshop.orders WHERE status IN ('cancelled', 'on_hold')),
       'orders held or cancelled', :'t0') AS msg \gset

DROP FUNCTION bench.stage_step(int, boolean, boolean);
-- bench.models stays: import.sql inserts more orders with the same mix.
DROP TABLE bench.batch_plan, bench.stages;
SELECT format('== generated: %s orders, %s customers, %s batches, %s order history rows, load %s s',
              (SELECT count(*) FROM workshop.orders), (SELECT count(*) FROM workshop.customers),
              (SELECT count(*) FROM workshop.batches),
              (SELECT count(*) FROM workshop.order_status_history),
              (SELECT round(sum(seconds), 1) FROM bench.load_phases)) AS msg \gset
\echo :msg
