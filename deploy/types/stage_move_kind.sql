-- Deploy workshop_db:types/stage_move_kind to pg
-- requires: schemas
BEGIN;

CREATE TYPE workshop.stage_move_kind AS ENUM ('advance', 'rework');
COMMENT ON TYPE workshop.stage_move_kind IS 'How a batch changed stage: one stage forward, or back for rework.';

COMMIT;
