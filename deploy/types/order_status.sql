-- Deploy workshop_db:types/order_status to pg
-- requires: schemas
BEGIN;

CREATE TYPE workshop.order_status AS ENUM ('pending', 'in_production', 'on_hold', 'ready_to_ship', 'shipped', 'delivered', 'cancelled');
COMMENT ON TYPE workshop.order_status IS 'Life cycle of an order; allowed moves are the rows of workshop.order_status_transitions.';

COMMIT;
