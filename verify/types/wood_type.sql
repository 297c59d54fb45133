-- Verify workshop_db:types/wood_type on pg
BEGIN;
DO $$
BEGIN
  ASSERT (pg_catalog.enum_range(NULL::workshop.wood_type)::text[])[1:5] = ARRAY['Sapele', 'Cherry', 'Walnut', 'Cocobolo', 'Ziricote'],
    'workshop.wood_type does not start with the labels (Sapele|Cherry|Walnut|Cocobolo|Ziricote) in that order';
END
$$;
ROLLBACK;
