-- Deploy workshop_db:views/index_usage to pg
-- requires: schemas
-- requires: functions/require_staff_role
BEGIN;

-- How often each index of our schemas was scanned since the statistics were reset;
-- never-used ones first, largest first. A never-used unique index still enforces its
-- constraint: is_drop_candidate is only true for plain indexes. Managers and admins only.
-- Names are text in the database's collation, like every other report column.
CREATE VIEW workshop.index_usage WITH (security_invoker = true) AS
SELECT s.schemaname::text COLLATE "default" AS schema_name,
       s.relname::text COLLATE "default" AS table_name,
       s.indexrelname::text COLLATE "default" AS index_name,
       s.idx_scan                                     AS index_scans,
       s.idx_tup_read                                 AS tuples_read,
       s.idx_tup_fetch                                AS tuples_fetched,
       pg_relation_size(s.indexrelid)                 AS index_bytes,
       pg_size_pretty(pg_relation_size(s.indexrelid)) AS index_size,
       i.indisunique                                  AS is_unique,
       i.indisprimary                                 AS is_primary,
       s.idx_scan = 0                                 AS never_used,
       s.idx_scan = 0 AND NOT i.indisunique           AS is_drop_candidate,
       d.stats_reset                                  AS stats_since
  FROM pg_stat_all_indexes s
  JOIN pg_index i ON i.indexrelid = s.indexrelid
  LEFT JOIN pg_stat_database d ON d.datname = current_database()
 WHERE s.schemaname IN ('workshop', 'workshop_private')
   AND workshop_private.require_staff_role(ARRAY['manager', 'admin']::workshop.worker_role[])
 ORDER BY s.idx_scan = 0 DESC, pg_relation_size(s.indexrelid) DESC, s.schemaname, s.indexrelname;

REVOKE ALL ON workshop.index_usage FROM PUBLIC;
GRANT SELECT ON workshop.index_usage TO authenticated, service_role;

COMMENT ON VIEW workshop.index_usage IS
  'Scans per index of workshop and workshop_private since the statistics reset; never-used first. Managers and admins only.';
COMMENT ON COLUMN workshop.index_usage.schema_name IS 'Schema of the index.';
COMMENT ON COLUMN workshop.index_usage.table_name IS 'Its table.';
COMMENT ON COLUMN workshop.index_usage.index_name IS 'The index.';
COMMENT ON COLUMN workshop.index_usage.index_scans IS 'Scans started on it since stats_since.';
COMMENT ON COLUMN workshop.index_usage.tuples_read IS 'Index entries returned by its scans.';
COMMENT ON COLUMN workshop.index_usage.tuples_fetched IS 'Live table rows fetched by simple scans of it.';
COMMENT ON COLUMN workshop.index_usage.index_bytes IS 'Its size.';
COMMENT ON COLUMN workshop.index_usage.index_size IS 'index_bytes for humans.';
COMMENT ON COLUMN workshop.index_usage.is_unique IS 'It enforces uniqueness (needed even when never scanned).';
COMMENT ON COLUMN workshop.index_usage.is_primary IS 'It is a primary key.';
COMMENT ON COLUMN workshop.index_usage.never_used IS 'Not scanned once since stats_since.';
COMMENT ON COLUMN workshop.index_usage.is_drop_candidate IS 'Never used and not unique: a candidate for dropping, after a representative period.';
COMMENT ON COLUMN workshop.index_usage.stats_since IS 'When this database''s statistics were last reset; NULL: since the cluster''s statistics began.';

COMMIT;
