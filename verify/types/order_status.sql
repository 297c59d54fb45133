-- Verify workshop_db:types/order_status on pg
BEGIN;
DO $$
BEGIN
  ASSERT (pg_catalog.enum_range(NULL::workshop.order_status)::text[])[1:7] = ARRAY['pending', 'in_production', 'on_hold', 'ready_to_ship', 'shipped', 'delivered', 'cancelled'],
    'workshop.order_status does not start with the labels (pending|in_production|on_hold|ready_to_ship|shipped|delivered|cancelled) in that order';
END
$$;
ROLLBACK;
