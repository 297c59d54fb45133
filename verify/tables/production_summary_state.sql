-- Verify workshop_db:tables/production_summary_state on pg
BEGIN;
SELECT singleton, is_stale, stale_since, remarked_at, last_refreshed_at, last_refresh_duration
  FROM workshop_private.production_summary_state WHERE false;
SELECT 1/count(*) FROM workshop_private.production_summary_state;
ROLLBACK;
