-- Verify workshop_db:types/production_stage on pg
BEGIN;
DO $$
BEGIN
  ASSERT (pg_catalog.enum_range(NULL::workshop.production_stage)::text[])[1:7] = ARRAY['Intake', 'Sanding', 'Finishing', 'Sub-Assembly', 'Final Assembly', 'Acoustic QC', 'Shipping'],
    'workshop.production_stage does not start with the labels (Intake|Sanding|Finishing|Sub-Assembly|Final Assembly|Acoustic QC|Shipping) in that order';
END
$$;
ROLLBACK;
