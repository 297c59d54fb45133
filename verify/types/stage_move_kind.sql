-- Verify workshop_db:types/stage_move_kind on pg
BEGIN;
DO $$
BEGIN
  ASSERT (pg_catalog.enum_range(NULL::workshop.stage_move_kind)::text[])[1:2] = ARRAY['advance', 'rework'],
    'workshop.stage_move_kind does not start with the labels (advance|rework) in that order';
END
$$;
ROLLBACK;
