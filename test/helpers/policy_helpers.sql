-- Test-only helpers for the row level security tests (test/pgtap/policies/*), loaded
-- by scripts/test.sh after pgtap_helpers.sql. The fixture is inserted by the calling
-- superuser; the tests then SET LOCAL ROLE and sign in with test_helpers.sign_in().

-- The auth users of the cast (auth.uid() values), by name.
CREATE FUNCTION test_helpers.auth_uid(who text) RETURNS uuid
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE who
    WHEN 'customer_a' THEN 'a1000000-0000-4000-8000-000000000001'
    WHEN 'customer_b' THEN 'a1000000-0000-4000-8000-000000000002'
    WHEN 'worker'     THEN 'a1000000-0000-4000-8000-000000000003'
    WHEN 'manager'    THEN 'a1000000-0000-4000-8000-000000000004'
    WHEN 'admin'      THEN 'a1000000-0000-4000-8000-000000000005'
    WHEN 'former'     THEN 'a1000000-0000-4000-8000-000000000006'
    WHEN 'stranger'   THEN 'a1000000-0000-4000-8000-000000000007'
  END::uuid
$$;

-- Sets the JWT claims of the transaction as PostgREST does for a signed-in user.
-- The role itself is switched by the test (SET LOCAL ROLE authenticated).
CREATE FUNCTION test_helpers.sign_in(who text) RETURNS void
LANGUAGE sql AS $$
  SELECT FROM pg_catalog.set_config('request.jwt.claims',
    pg_catalog.json_build_object('sub', test_helpers.auth_uid(who), 'role', 'authenticated')::text,
    true)
$$;

-- Ids of the fixture rows, by the short names of the cast below.
CREATE FUNCTION test_helpers.id(name text) RETURNS uuid
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE name
    WHEN 'W'       THEN 'b1000000-0000-4000-8000-000000000003'
    WHEN 'M'       THEN 'b1000000-0000-4000-8000-000000000004'
    WHEN 'A'       THEN 'b1000000-0000-4000-8000-000000000005'
    WHEN 'F'       THEN 'b1000000-0000-4000-8000-000000000006'
    WHEN 'N'       THEN 'b1000000-0000-4000-8000-000000000008'
    WHEN 'CA'      THEN 'c1000000-0000-4000-8000-000000000001'
    WHEN 'CB'      THEN 'c1000000-0000-4000-8000-000000000002'
    WHEN 'OA'      THEN 'd1000000-0000-4000-8000-000000000001'
    WHEN 'OB'      THEN 'd1000000-0000-4000-8000-000000000002'
    WHEN 'BX'      THEN 'e1000000-0000-4000-8000-000000000001'
    WHEN 'RETIRED' THEN 'f1000000-0000-4000-8000-000000000001'
    WHEN 'RETIRED_INTAKE' THEN 'f2000000-0000-4000-8000-000000000001'
  END::uuid
$$;

-- Rows a statement affected (an UPDATE or DELETE filtered by row level security
-- affects 0 rows instead of failing).
CREATE FUNCTION test_helpers.row_count(stmt text) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
  n bigint;
BEGIN
  EXECUTE stmt;
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END
$$;

-- The cast, with fixed ids (read them from here):
--   workers  W worker  b1..03 (auth worker), M manager b1..04 (auth manager),
--            A admin   b1..05 (auth admin),  F former manager b1..06 (inactive, auth former),
--            N worker without a login b1..08
--   customers CA c1..01 (auth customer_a), CB c1..02 (auth customer_b)
--   model    'Policy Retired' (sku PRX, retired after ordering) f1..01 with stage Intake f2..01
--   orders   OA d1..01 of CA on the retired model, OB d1..02 of CB on Atticus, each
--            with notes '<x> note' and internal_notes '<x> staff only'
--   batch    BX e1..01 (T-BX, created by M) holding OA; a quality check and a work log
--            of W; one row in each history table.
CREATE FUNCTION test_helpers.policy_fixture() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO workshop.workers (id, auth_user_id, name, email, role, is_active) VALUES
    ('b1000000-0000-4000-8000-000000000003', test_helpers.auth_uid('worker'),  'Wanda Worker',  'wanda@policy.test', 'worker',  true),
    ('b1000000-0000-4000-8000-000000000004', test_helpers.auth_uid('manager'), 'Manu Manager',  'manu@policy.test',  'manager', true),
    ('b1000000-0000-4000-8000-000000000005', test_helpers.auth_uid('admin'),   'Ada Admin',     'ada@policy.test',   'admin',   true),
    ('b1000000-0000-4000-8000-000000000006', test_helpers.auth_uid('former'),  'Fred Former',   'fred@policy.test',  'manager', false),
    ('b1000000-0000-4000-8000-000000000008', NULL,                             'Nils Nologin',  'nils@policy.test',  'worker',  true);
  INSERT INTO workshop.customers (id, auth_user_id, name, email) VALUES
    ('c1000000-0000-4000-8000-000000000001', test_helpers.auth_uid('customer_a'), 'Alice Customer', 'alice@policy.test'),
    ('c1000000-0000-4000-8000-000000000002', test_helpers.auth_uid('customer_b'), 'Bob Customer',   'bob@policy.test');
  INSERT INTO workshop.headphone_models
         (id, name, sku_prefix, complexity, base_production_hours, wood_types, base_price)
  VALUES ('f1000000-0000-4000-8000-000000000001', 'Policy Retired', 'PRX', 'low', 1,
          ARRAY['Walnut']::workshop.wood_type[], 100);
  INSERT INTO workshop.model_production_stages (id, model_id, stage, estimated_hours, display_order)
  VALUES ('f2000000-0000-4000-8000-000000000001', 'f1000000-0000-4000-8000-000000000001', 'Intake', 1, 1);
  INSERT INTO workshop.orders (id, order_number, customer_id, model_id, wood_type, notes, internal_notes) VALUES
    ('d1000000-0000-4000-8000-000000000001', 'T-OA', 'c1000000-0000-4000-8000-000000000001',
     'f1000000-0000-4000-8000-000000000001', 'Walnut', 'OA note', 'OA staff only'),
    ('d1000000-0000-4000-8000-000000000002', 'T-OB', 'c1000000-0000-4000-8000-000000000002',
     (SELECT m.id FROM workshop.headphone_models m WHERE m.name = 'Atticus'), 'Walnut', 'OB note', 'OB staff only');
  -- Retired after it was ordered: OA's customer still sees it, nobody else outside staff.
  UPDATE workshop.headphone_models SET is_active = false WHERE id = 'f1000000-0000-4000-8000-000000000001';
  INSERT INTO workshop.batches (id, batch_number, created_by)
  VALUES ('e1000000-0000-4000-8000-000000000001', 'T-BX', 'b1000000-0000-4000-8000-000000000004');
  -- The database may create the metadata row itself.
  INSERT INTO workshop.batch_metadata (batch_id, notes)
  VALUES ('e1000000-0000-4000-8000-000000000001', 'BX metadata')
  ON CONFLICT (batch_id) DO UPDATE SET notes = EXCLUDED.notes;
  INSERT INTO workshop.batch_orders (batch_id, order_id, added_by)
  VALUES ('e1000000-0000-4000-8000-000000000001', 'd1000000-0000-4000-8000-000000000001',
          'b1000000-0000-4000-8000-000000000004');
  INSERT INTO workshop.quality_checks (batch_id, order_id, stage, item, passed, checked_by)
  VALUES ('e1000000-0000-4000-8000-000000000001', 'd1000000-0000-4000-8000-000000000001',
          'Intake', 'grain matched', true, 'b1000000-0000-4000-8000-000000000003');
  INSERT INTO workshop.work_logs (batch_id, stage, worker_id, hours)
  VALUES ('e1000000-0000-4000-8000-000000000001', 'Intake', 'b1000000-0000-4000-8000-000000000003', 2.5);
  INSERT INTO workshop.order_status_history (order_id, old_status, new_status, changed_by, reason)
  VALUES ('d1000000-0000-4000-8000-000000000002', NULL, 'pending', 'b1000000-0000-4000-8000-000000000004', 'fixture');
  INSERT INTO workshop.batch_stage_history (batch_id, from_stage, to_stage, kind, moved_by)
  VALUES ('e1000000-0000-4000-8000-000000000001', 'Intake', 'Sanding', 'advance', 'b1000000-0000-4000-8000-000000000003');
END
$$;

GRANT EXECUTE ON FUNCTION test_helpers.auth_uid(text), test_helpers.sign_in(text),
  test_helpers.id(text), test_helpers.row_count(text) TO PUBLIC;
REVOKE ALL ON FUNCTION test_helpers.policy_fixture() FROM PUBLIC;
