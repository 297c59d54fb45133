-- Deploy workshop_db:triggers/batches_worker_columns to pg
-- requires: policies/batches
-- requires: functions/current_worker_role
BEGIN;

-- Workers move batches; managers plan them. Row level security decides which rows a
-- role may update, not which columns, and authenticated is one role for workers and
-- managers alike, so this trigger holds the column part: a signed-in worker (role
-- worker) may change current_stage and quality_status only. It applies to statements
-- run as authenticated; the database's own SECURITY DEFINER code runs as the owner and
-- is not restricted here.
CREATE FUNCTION workshop_private.batches_worker_columns() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = ''
AS $$
BEGIN
  IF current_user = 'authenticated'
     AND workshop_private.current_worker_role() = 'worker'
     AND (OLD.batch_number, OLD.priority, OLD.is_complete, OLD.target_completion,
          OLD.actual_completion, OLD.created_by, OLD.created_at)
         IS DISTINCT FROM
         (NEW.batch_number, NEW.priority, NEW.is_complete, NEW.target_completion,
          NEW.actual_completion, NEW.created_by, NEW.created_at)
  THEN
    RAISE EXCEPTION USING
      ERRCODE = '42501',
      CONSTRAINT = 'batch_worker_columns',
      MESSAGE = pg_catalog.format('worker may only move batch %s (current_stage, quality_status)', OLD.batch_number),
      DETAIL = 'Priority, number, dates, creator and completion are set by managers.',
      HINT = 'Ask a manager to change it.';
  END IF;
  RETURN NEW;
END
$$;
COMMENT ON FUNCTION workshop_private.batches_worker_columns() IS
  'BEFORE UPDATE trigger on batches: a signed-in worker (role worker) changes only current_stage and quality_status (rule batch_worker_columns, 42501).';
REVOKE ALL ON FUNCTION workshop_private.batches_worker_columns() FROM PUBLIC;

CREATE TRIGGER batches_worker_columns
  BEFORE UPDATE ON workshop.batches
  FOR EACH ROW EXECUTE FUNCTION workshop_private.batches_worker_columns();

COMMIT;
