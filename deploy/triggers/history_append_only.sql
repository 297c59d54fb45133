-- Deploy workshop_db:triggers/history_append_only to pg
-- requires: tables/order_status_history
-- requires: tables/batch_stage_history
BEGIN;

-- The history tables are an audit trail: rows are only ever appended. Statement-level,
-- so even an UPDATE or DELETE that matches no row, and TRUNCATE, are refused.
CREATE FUNCTION workshop_private.history_append_only() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = ''
AS $$
BEGIN
  RAISE EXCEPTION USING
    ERRCODE    = '42501',
    CONSTRAINT = 'history_append_only',
    MESSAGE    = pg_catalog.format('%s.%s is append-only: %s refused', TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP),
    HINT       = 'history is corrected by a new change, never by editing the record';
END
$$;
COMMENT ON FUNCTION workshop_private.history_append_only() IS
  'BEFORE UPDATE OR DELETE OR TRUNCATE (statement) on the history tables: refuses the change (history_append_only).';
REVOKE ALL ON FUNCTION workshop_private.history_append_only() FROM PUBLIC;

CREATE TRIGGER order_status_history_append_only
  BEFORE UPDATE OR DELETE OR TRUNCATE ON workshop.order_status_history
  FOR EACH STATEMENT EXECUTE FUNCTION workshop_private.history_append_only();
CREATE TRIGGER batch_stage_history_append_only
  BEFORE UPDATE OR DELETE OR TRUNCATE ON workshop.batch_stage_history
  FOR EACH STATEMENT EXECUTE FUNCTION workshop_private.history_append_only();
COMMENT ON TRIGGER order_status_history_append_only ON workshop.order_status_history IS 'The history is append-only.';
COMMENT ON TRIGGER batch_stage_history_append_only ON workshop.batch_stage_history IS 'The history is append-only.';

COMMIT;
