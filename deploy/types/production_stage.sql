-- Deploy workshop_db:types/production_stage to pg
-- requires: schemas
BEGIN;

CREATE TYPE workshop.production_stage AS ENUM ('Intake', 'Sanding', 'Finishing', 'Sub-Assembly', 'Final Assembly', 'Acoustic QC', 'Shipping');
COMMENT ON TYPE workshop.production_stage IS 'The workshop stages, in the order a batch moves through them.';

COMMIT;
