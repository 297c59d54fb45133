-- Deploy workshop_db:tables/order_status_transitions to pg
-- requires: types/order_status
BEGIN;

-- The allowed order-status graph as data, so that reports and clients can read it and
-- the rule order_status_transition checks against one source.
CREATE TABLE workshop.order_status_transitions (
  from_status workshop.order_status NOT NULL,
  to_status   workshop.order_status NOT NULL,
  PRIMARY KEY (from_status, to_status),
  CONSTRAINT order_status_transitions_not_loop CHECK (from_status <> to_status)
);

INSERT INTO workshop.order_status_transitions (from_status, to_status) VALUES
  ('pending',       'in_production'),
  ('pending',       'on_hold'),
  ('pending',       'cancelled'),
  ('in_production', 'ready_to_ship'),
  ('in_production', 'on_hold'),
  ('in_production', 'cancelled'),
  ('in_production', 'pending'),
  ('on_hold',       'pending'),
  ('on_hold',       'in_production'),
  ('on_hold',       'cancelled'),
  ('ready_to_ship', 'shipped'),
  ('ready_to_ship', 'in_production'),
  ('ready_to_ship', 'on_hold'),
  ('ready_to_ship', 'pending'),
  ('shipped',       'delivered');

COMMENT ON TABLE workshop.order_status_transitions IS 'The allowed order-status moves (rule order_status_transition); delivered and cancelled have none: they are final.';
COMMENT ON COLUMN workshop.order_status_transitions.from_status IS 'Status an order is in.';
COMMENT ON COLUMN workshop.order_status_transitions.to_status IS 'Status it may move to.';

COMMIT;
