-- Deploy workshop_db:tables/production_summary_state to pg
-- requires: matviews/production_summary
BEGIN;

-- One row: when the summary was last refreshed and whether writes happened since.
CREATE TABLE workshop_private.production_summary_state (
  singleton             boolean PRIMARY KEY DEFAULT true
                          CONSTRAINT production_summary_state_one_row CHECK (singleton),
  is_stale              boolean NOT NULL DEFAULT false,
  stale_since           timestamptz,
  remarked_at           timestamptz,
  last_refreshed_at     timestamptz NOT NULL DEFAULT now(),
  last_refresh_duration interval
);
-- No policies: only its owner (the SECURITY DEFINER functions) reads or writes it.
ALTER TABLE workshop_private.production_summary_state ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON workshop_private.production_summary_state FROM PUBLIC;

-- The materialized view was populated by its deploy.
INSERT INTO workshop_private.production_summary_state DEFAULT VALUES;

COMMENT ON TABLE workshop_private.production_summary_state IS
  'One row: freshness of workshop_private.production_summary, kept by the refresh function and the stale-marking triggers.';
COMMENT ON COLUMN workshop_private.production_summary_state.singleton IS 'Always true: keeps the table at one row.';
COMMENT ON COLUMN workshop_private.production_summary_state.is_stale IS 'True when source tables were written after the last refresh''s snapshot.';
COMMENT ON COLUMN workshop_private.production_summary_state.stale_since IS 'When it became stale (transaction start of the first write); NULL when fresh.';
COMMENT ON COLUMN workshop_private.production_summary_state.remarked_at IS 'Last time a write saw a refresh running and marked the summary stale again after it.';
COMMENT ON COLUMN workshop_private.production_summary_state.last_refreshed_at IS 'Time of the last refresh''s snapshot: the summary shows the data as of then.';
COMMENT ON COLUMN workshop_private.production_summary_state.last_refresh_duration IS 'How long the last refresh took.';

COMMIT;
