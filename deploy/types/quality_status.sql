-- Deploy workshop_db:types/quality_status to pg
-- requires: schemas
BEGIN;

CREATE TYPE workshop.quality_status AS ENUM ('good', 'warning', 'critical');
COMMENT ON TYPE workshop.quality_status IS 'Quality state of a batch; rework is allowed only when it is not good.';

COMMIT;
