-- Deploy workshop_db:types/model_complexity to pg
-- requires: schemas
BEGIN;

CREATE TYPE workshop.model_complexity AS ENUM ('low', 'medium', 'high', 'very_high');
COMMENT ON TYPE workshop.model_complexity IS 'How demanding a headphone model is to build, least to most.';

COMMIT;
