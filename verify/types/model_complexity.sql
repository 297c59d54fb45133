-- Verify workshop_db:types/model_complexity on pg
BEGIN;
DO $$
BEGIN
  ASSERT (pg_catalog.enum_range(NULL::workshop.model_complexity)::text[])[1:4] = ARRAY['low', 'medium', 'high', 'very_high'],
    'workshop.model_complexity does not start with the labels (low|medium|high|very_high) in that order';
END
$$;
ROLLBACK;
