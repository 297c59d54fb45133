-- Table workshop.order_status_transitions: the allowed order-status graph, as data.
BEGIN;
SELECT plan(17);

SELECT has_table('workshop', 'order_status_transitions', 'table order_status_transitions exists');
SELECT columns_are('workshop', 'order_status_transitions', ARRAY['from_status', 'to_status']);
SELECT col_type_is('workshop', 'order_status_transitions', c, 'workshop.order_status',
                   format('order_status_transitions.%s is workshop.order_status', c))
  FROM unnest(ARRAY['from_status', 'to_status']) c;
SELECT col_not_null('workshop', 'order_status_transitions', c, format('order_status_transitions.%s is NOT NULL', c))
  FROM unnest(ARRAY['from_status', 'to_status']) c;
SELECT has_pk('workshop', 'order_status_transitions', 'order_status_transitions has a primary key');
SELECT col_is_pk('workshop', 'order_status_transitions', ARRAY['from_status', 'to_status'],
                 'the primary key is (from_status, to_status)');
SELECT indexes_are('workshop', 'order_status_transitions', ARRAY['order_status_transitions_pkey']);
SELECT is(ARRAY(SELECT conname::text FROM pg_catalog.pg_constraint
                  WHERE conrelid = 'workshop.order_status_transitions'::regclass AND contype IN ('c', 'f') ORDER BY conname),
          ARRAY['order_status_transitions_not_loop'],
          'order_status_transitions has exactly the check constraint tested here and no foreign key');

-- The 15 edges of DOMAIN.md, exactly.
SELECT results_eq($$SELECT t.from_status::text, t.to_status::text FROM workshop.order_status_transitions t
                     ORDER BY t.from_status, t.to_status$$,
  $$VALUES ('pending', 'in_production'), ('pending', 'on_hold'), ('pending', 'cancelled'),
           ('in_production', 'pending'), ('in_production', 'on_hold'), ('in_production', 'ready_to_ship'),
           ('in_production', 'cancelled'),
           ('on_hold', 'pending'), ('on_hold', 'in_production'), ('on_hold', 'cancelled'),
           ('ready_to_ship', 'pending'), ('ready_to_ship', 'in_production'), ('ready_to_ship', 'on_hold'),
           ('ready_to_ship', 'shipped'),
           ('shipped', 'delivered')$$,
  'the order-status graph has exactly the 15 edges of the domain contract');
SELECT is_empty($$SELECT * FROM workshop.order_status_transitions WHERE from_status IN ('delivered', 'cancelled')$$,
                'delivered and cancelled are final: no edge leaves them');
SELECT is_empty($$SELECT * FROM workshop.order_status_transitions WHERE to_status = 'pending' AND from_status = 'shipped'$$,
                'a shipped order never goes back to pending');
SELECT is_empty($$SELECT s FROM unnest(enum_range(NULL::workshop.order_status)) s
                   WHERE s <> 'pending' AND s NOT IN (SELECT to_status FROM workshop.order_status_transitions)$$,
                'every status but pending can be reached');

SELECT test_helpers.throws_rule($$INSERT INTO workshop.order_status_transitions VALUES ('on_hold', 'on_hold')$$,
  '23514', 'order_status_transitions_not_loop', 'a status cannot move to itself');
SELECT test_helpers.throws_rule($$INSERT INTO workshop.order_status_transitions VALUES ('pending', 'cancelled')$$,
  '23505', 'order_status_transitions_pkey', 'an edge is listed once');
SELECT lives_ok($$INSERT INTO workshop.order_status_transitions VALUES ('delivered', 'shipped')$$,
                'an edge between two different statuses passes the check');

SELECT * FROM finish();
ROLLBACK;
