-- Verify workshop_db:types/quality_status on pg
BEGIN;
DO $$
BEGIN
  ASSERT (pg_catalog.enum_range(NULL::workshop.quality_status)::text[])[1:3] = ARRAY['good', 'warning', 'critical'],
    'workshop.quality_status does not start with the labels (good|warning|critical) in that order';
END
$$;
ROLLBACK;
