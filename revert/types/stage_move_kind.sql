-- Revert workshop_db:types/stage_move_kind from pg
BEGIN;
DROP TYPE workshop.stage_move_kind;
COMMIT;
