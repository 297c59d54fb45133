-- Demo data, part 3: six batches at several stages, all through the API functions, so
-- every rule holds and every history row is written: B-2611 complete (two of its orders
-- delivered since), B-2612 at Acoustic QC with a warning after one rework, B-2613 at
-- Finishing, B-2614 at Sanding, B-2615 at Intake, B-2616 (rush) at Sub-Assembly. Work
-- logs and quality checks, failures included, are by the two workers. Of the five
-- orders in no batch, one is on hold and one cancelled.
DO $$
DECLARE
  c_manager  CONSTANT text := 'de000000-0000-4000-8000-000000000002';
  c_sam      CONSTANT text := 'de000000-0000-4000-8000-000000000003';
  c_kai      CONSTANT text := 'de000000-0000-4000-8000-000000000004';
  v_batch    uuid;
  v_plan     record;
  v_stage    integer;
  v_order    uuid;
BEGIN
  IF pg_catalog.current_setting('workshop.demo_skip', true) IS NULL THEN
    RAISE EXCEPTION 'load seed/demo as a whole, in one transaction (00_guard.sql first)';
  ELSIF pg_catalog.current_setting('workshop.demo_skip', true)::boolean THEN
    RETURN;
  END IF;
  PERFORM pg_catalog.set_config('workshop.change_reason', '', true);

  -- Each batch: its orders, how many stages it has advanced, and how work was shared.
  FOR v_plan IN
    SELECT * FROM (VALUES
      ('B-2611', 'standard', '2026-11-28'::date, ARRAY[21, 22, 23, 24],     6),
      ('B-2612', 'high',     '2026-12-01'::date, ARRAY[4, 9, 13, 18, 25],   5),
      ('B-2613', 'high',     '2026-12-04'::date, ARRAY[2, 7, 8, 17],        2),
      ('B-2614', 'standard', '2026-12-10'::date, ARRAY[1, 5, 15, 16, 19],   1),
      ('B-2615', 'low',      '2026-12-20'::date, ARRAY[6, 10, 11],          0),
      ('B-2616', 'rush',     '2026-12-01'::date, ARRAY[3, 14, 26],          3)
    ) AS p (batch_number, priority, target, orders, advances)
    ORDER BY batch_number
  LOOP
    PERFORM pg_catalog.set_config('workshop.worker_id', c_manager, true);
    SELECT b.id INTO v_batch
      FROM workshop.create_batch(v_plan.batch_number, v_plan.priority::workshop.batch_priority, v_plan.target) b;
    FOR v_order IN
      SELECT ('de000000-0000-4000-8000-0000000002' || pg_catalog.lpad(n::text, 2, '0'))::uuid
        FROM pg_catalog.unnest(v_plan.orders) n ORDER BY n
    LOOP
      PERFORM workshop.add_order_to_batch(v_batch, v_order);
    END LOOP;

    FOR v_stage IN 1 .. v_plan.advances LOOP
      -- Work at the current stage, then the checks of its checklist, then the move.
      PERFORM workshop.log_work(v_batch, 1.5 + v_plan.orders[1] % 3 * 0.5, NULL, c_sam::uuid);
      PERFORM workshop.log_work(v_batch, 1.0 + v_stage % 2 * 0.75, NULL, c_kai::uuid);
      PERFORM pg_catalog.set_config('workshop.worker_id', CASE WHEN v_stage % 2 = 0 THEN c_sam ELSE c_kai END, true);
      PERFORM workshop.record_quality_check(v_batch, bo.order_id, s.item, true)
         FROM workshop.batch_orders bo
         JOIN workshop.orders o ON o.id = bo.order_id
         JOIN workshop.batches b ON b.id = bo.batch_id
         JOIN workshop.model_production_stages mps ON mps.model_id = o.model_id AND mps.stage = b.current_stage
        CROSS JOIN LATERAL pg_catalog.jsonb_array_elements_text(mps.quality_checklist) WITH ORDINALITY s (item, ord)
        WHERE bo.batch_id = v_batch AND bo.is_active AND s.ord = 1;
      PERFORM pg_catalog.set_config('workshop.worker_id', c_manager, true);
      PERFORM workshop.advance_batch(v_batch);
    END LOOP;
  END LOOP;

  -- B-2613: a dust nib found at Finishing.
  PERFORM pg_catalog.set_config('workshop.worker_id', c_sam, true);
  PERFORM workshop.record_quality_check(b.id, 'de000000-0000-4000-8000-000000000207',
            'no runs, dust nibs or witness lines', false, 'dust nib on the right cup, to be cut back')
     FROM workshop.batches b WHERE b.batch_number = 'B-2613';

  -- B-2612 at Acoustic QC: WS-1009-1 fails channel balance; the batch gets a warning
  -- and goes back to Final Assembly for a new driver, then returns to Acoustic QC,
  -- where the re-check passes and the warning stands until the manager clears it.
  SELECT b.id INTO v_batch FROM workshop.batches b WHERE b.batch_number = 'B-2612';
  PERFORM pg_catalog.set_config('workshop.worker_id', c_kai, true);
  PERFORM workshop.record_quality_check(v_batch, 'de000000-0000-4000-8000-000000000209',
            'channel balance within 0.5 dB', false, 'left driver 1.2 dB low');
  PERFORM workshop.record_quality_check(v_batch, 'de000000-0000-4000-8000-000000000209',
            'no distortion at reference level', true);
  PERFORM pg_catalog.set_config('workshop.worker_id', c_manager, true);
  PERFORM workshop.set_batch_quality(v_batch, 'warning', 'WS-1009-1 failed channel balance');
  PERFORM workshop.rework_batch(v_batch, 'Final Assembly', 'replace the left driver of WS-1009-1');
  PERFORM workshop.log_work(v_batch, 1.25, NULL, c_kai::uuid);
  PERFORM workshop.advance_batch(v_batch, 'driver replaced, back to acoustic QC');
  PERFORM pg_catalog.set_config('workshop.worker_id', c_kai, true);
  PERFORM workshop.record_quality_check(v_batch, 'de000000-0000-4000-8000-000000000209',
            'channel balance within 0.5 dB', true);

  -- B-2611 ships: after a last failed-then-fixed check at Shipping it is completed,
  -- and two of its orders have since been delivered.
  SELECT b.id INTO v_batch FROM workshop.batches b WHERE b.batch_number = 'B-2611';
  PERFORM pg_catalog.set_config('workshop.worker_id', c_sam, true);
  PERFORM workshop.record_quality_check(v_batch, 'de000000-0000-4000-8000-000000000223',
            'accessories complete', false, 'spare pads missing from the case');
  PERFORM workshop.record_quality_check(v_batch, 'de000000-0000-4000-8000-000000000223',
            'accessories complete', true);
  PERFORM workshop.log_work(v_batch, 0.75);
  PERFORM pg_catalog.set_config('workshop.worker_id', c_manager, true);
  PERFORM workshop.complete_batch(v_batch);
  PERFORM workshop.set_order_status('de000000-0000-4000-8000-000000000221', 'delivered', 'carrier confirmed delivery');
  PERFORM workshop.set_order_status('de000000-0000-4000-8000-000000000222', 'delivered', 'carrier confirmed delivery');

  -- WS-1012-1 went into B-2614 by mistake (its blanks were still drying) and was moved
  -- to B-2615.
  PERFORM workshop.add_order_to_batch(b.id, 'de000000-0000-4000-8000-000000000212')
     FROM workshop.batches b WHERE b.batch_number = 'B-2614';
  PERFORM workshop.remove_order_from_batch(b.id, 'de000000-0000-4000-8000-000000000212', 'blanks still drying')
     FROM workshop.batches b WHERE b.batch_number = 'B-2614';
  PERFORM workshop.add_order_to_batch(b.id, 'de000000-0000-4000-8000-000000000212')
     FROM workshop.batches b WHERE b.batch_number = 'B-2615';

  -- Orders in no batch: one on hold, one cancelled, the rest pending.
  PERFORM workshop.set_order_status('de000000-0000-4000-8000-000000000229', 'on_hold', 'waiting for the customer''s headband size');
  PERFORM workshop.set_order_status('de000000-0000-4000-8000-000000000220', 'cancelled', 'customer cancelled, refunded in Shopify');
END
$$;
