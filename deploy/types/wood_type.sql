-- Deploy workshop_db:types/wood_type to pg
-- requires: schemas
BEGIN;

CREATE TYPE workshop.wood_type AS ENUM ('Sapele', 'Cherry', 'Walnut', 'Cocobolo', 'Ziricote');
COMMENT ON TYPE workshop.wood_type IS 'The woods the workshop builds cups from.';

COMMIT;
