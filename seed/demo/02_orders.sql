-- Demo data, part 2: thirty orders, each one headphone to build, imported as pending
-- (the status history starts with the import). WS-1007 is one Shopify line item with a
-- quantity of 2: two workshop orders, line units 1 and 2.
DO $$
BEGIN
  IF pg_catalog.current_setting('workshop.demo_skip', true) IS NULL THEN
    RAISE EXCEPTION 'load seed/demo as a whole, in one transaction (00_guard.sql first)';
  ELSIF pg_catalog.current_setting('workshop.demo_skip', true)::boolean THEN
    RETURN;
  END IF;
  PERFORM pg_catalog.set_config('workshop.worker_id', 'de000000-0000-4000-8000-000000000002', true);
  PERFORM pg_catalog.set_config('workshop.change_reason', 'imported from Shopify', true);

  INSERT INTO workshop.orders
         (id, order_number, shopify_order_id, shopify_line_item_id, line_unit, customer_id,
          model_id, wood_type, customizations, priority, due_date, notes, internal_notes)
  SELECT ('de000000-0000-4000-8000-0000000002' || pg_catalog.lpad(v.n::text, 2, '0'))::uuid,
         v.order_number, v.shopify_order, v.shopify_order || '-1', v.unit,
         ('de000000-0000-4000-8000-000000000' || (100 + v.customer))::uuid,
         (SELECT m.id FROM workshop.headphone_models m WHERE m.name = v.model),
         v.wood::workshop.wood_type, v.custom::jsonb, v.priority::workshop.batch_priority,
         v.due::date, v.notes, v.internal
    FROM (VALUES
      ( 1, 'WS-1001-1', '5000001001', 1, 1, 'Atticus', 'Walnut',   '{}',                          'standard', '2026-12-04', NULL, NULL),
      ( 2, 'WS-1002-1', '5000001002', 1, 2, 'Eikon',   'Cherry',   '{"engraving": "L.M."}',       'standard', '2026-12-04', 'Engrave both cups', NULL),
      ( 3, 'WS-1003-1', '5000001003', 1, 3, 'Atticus', 'Sapele',   '{}',                          'low',      '2026-12-11', NULL, NULL),
      ( 4, 'WS-1004-1', '5000001004', 1, 4, 'Verite',  'Cocobolo', '{"cable": "balanced 4.4mm"}', 'high',     '2026-12-01', NULL, 'Returning customer, third pair'),
      ( 5, 'WS-1005-1', '5000001005', 1, 5, 'Eikon',   'Walnut',   '{}',                          'standard', '2026-12-08', NULL, NULL),
      ( 6, 'WS-1006-1', '5000001006', 1, 6, 'Auteur',  'Sapele',   '{}',                          'standard', '2026-12-15', NULL, NULL),
      ( 7, 'WS-1007-1', '5000001007', 1, 7, 'Atticus', 'Cherry',   '{}',                          'high',     '2026-12-02', 'Gift for a pair of twins', NULL),
      ( 8, 'WS-1007-2', '5000001007', 2, 7, 'Atticus', 'Cherry',   '{}',                          'high',     '2026-12-02', 'Gift for a pair of twins', NULL),
      ( 9, 'WS-1009-1', '5000001009', 1, 8, 'Caldera', 'Ziricote', '{"pads": "lambskin"}',        'rush',     '2026-11-30', NULL, 'Studio order: keep them informed'),
      (10, 'WS-1010-1', '5000001010', 1, 1, 'Eikon',   'Sapele',   '{}',                          'standard', '2026-12-18', NULL, NULL),
      (11, 'WS-1011-1', '5000001011', 1, 2, 'Verite',  'Walnut',   '{}',                          'standard', '2026-12-20', NULL, NULL),
      (12, 'WS-1012-1', '5000001012', 1, 3, 'Atticus', 'Walnut',   '{}',                          'low',      '2026-12-22', NULL, NULL),
      (13, 'WS-1013-1', '5000001013', 1, 4, 'Auteur',  'Cocobolo', '{}',                          'high',     '2026-12-05', NULL, NULL),
      (14, 'WS-1014-1', '5000001014', 1, 5, 'Caldera', 'Walnut',   '{}',                          'standard', '2026-12-19', NULL, NULL),
      (15, 'WS-1015-1', '5000001015', 1, 6, 'Eikon',   'Cherry',   '{}',                          'standard', '2026-12-12', NULL, NULL),
      (16, 'WS-1016-1', '5000001016', 1, 7, 'Atticus', 'Sapele',   '{}',                          'standard', '2026-12-12', NULL, NULL),
      (17, 'WS-1017-1', '5000001017', 1, 8, 'Verite',  'Cherry',   '{"engraving": "E.J."}',       'standard', '2026-12-09', NULL, NULL),
      (18, 'WS-1018-1', '5000001018', 1, 1, 'Caldera', 'Cocobolo', '{}',                          'high',     '2026-12-03', NULL, NULL),
      (19, 'WS-1019-1', '5000001019', 1, 2, 'Auteur',  'Walnut',   '{}',                          'standard', '2026-12-10', NULL, NULL),
      (20, 'WS-1020-1', '5000001020', 1, 3, 'Eikon',   'Sapele',   '{}',                          'low',      '2026-12-23', NULL, NULL),
      (21, 'WS-1021-1', '5000001021', 1, 4, 'Atticus', 'Cherry',   '{}',                          'standard', '2026-11-27', NULL, NULL),
      (22, 'WS-1022-1', '5000001022', 1, 5, 'Verite',  'Sapele',   '{}',                          'standard', '2026-11-27', NULL, NULL),
      (23, 'WS-1023-1', '5000001023', 1, 6, 'Eikon',   'Walnut',   '{}',                          'standard', '2026-11-28', NULL, NULL),
      (24, 'WS-1024-1', '5000001024', 1, 7, 'Auteur',  'Cherry',   '{}',                          'standard', '2026-11-28', NULL, NULL),
      (25, 'WS-1025-1', '5000001025', 1, 8, 'Caldera', 'Sapele',   '{}',                          'rush',     '2026-12-01', NULL, NULL),
      (26, 'WS-1026-1', '5000001026', 1, 1, 'Atticus', 'Walnut',   '{}',                          'rush',     '2026-12-01', NULL, NULL),
      (27, 'WS-1027-1', '5000001027', 1, 2, 'Verite',  'Cocobolo', '{}',                          'standard', '2027-01-08', NULL, NULL),
      (28, 'WS-1028-1', '5000001028', 1, 3, 'Caldera', 'Ziricote', '{}',                          'standard', '2027-01-15', NULL, NULL),
      (29, 'WS-1029-1', '5000001029', 1, 4, 'Eikon',   'Cherry',   '{}',                          'low',      '2027-01-15', 'Waiting for a custom headband size', NULL),
      (30, 'WS-1030-1', '5000001030', 1, 5, 'Auteur',  'Walnut',   '{}',                          'standard', '2027-01-22', NULL, NULL)
    ) AS v (n, order_number, shopify_order, unit, customer, model, wood, custom, priority, due, notes, internal);
END
$$;
