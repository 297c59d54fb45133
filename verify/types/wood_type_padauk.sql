-- Verify workshop_db:types/wood_type_padauk on pg
BEGIN;
DO $$
BEGIN
  ASSERT 'Padauk' = ANY (pg_catalog.enum_range(NULL::workshop.wood_type)::text[]),
    'workshop.wood_type has no label Padauk';
END
$$;
ROLLBACK;
