-- Verify workshop_db:functions/change_reason on pg
BEGIN;
DO $$
BEGIN
  PERFORM pg_catalog.set_config('workshop.change_reason', '  ', true);
  ASSERT workshop_private.change_reason() IS NULL, 'a blank reason is not NULL';
  PERFORM pg_catalog.set_config('workshop.change_reason', 'why', true);
  ASSERT workshop_private.change_reason() = 'why', 'change_reason() ignores workshop.change_reason';
END
$$;
ROLLBACK;
