-- Deploy workshop_db:types/batch_priority to pg
-- requires: schemas
BEGIN;

CREATE TYPE workshop.batch_priority AS ENUM ('low', 'standard', 'high', 'rush');
COMMENT ON TYPE workshop.batch_priority IS 'Priority of a batch or an order, lowest to highest.';

COMMIT;
