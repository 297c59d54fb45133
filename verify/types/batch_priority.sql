-- Verify workshop_db:types/batch_priority on pg
BEGIN;
DO $$
BEGIN
  ASSERT (pg_catalog.enum_range(NULL::workshop.batch_priority)::text[])[1:4] = ARRAY['low', 'standard', 'high', 'rush'],
    'workshop.batch_priority does not start with the labels (low|standard|high|rush) in that order';
END
$$;
ROLLBACK;
