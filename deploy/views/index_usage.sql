-- Deploy workshop_db:views/index_usage to pg
-- requires: views/index_usage@v1.0.0
-- Reworked: two columns appended (CREATE OR REPLACE keeps the released ones in their
-- places, and the grants), indexed_rows and bytes_per_row, which show an index left at
-- its peak size by a bulk change: VACUUM empties its pages but keeps them, and the
-- planner prices a scan by that size. A compact B-tree holds tens of bytes per row;
-- after the benchmark's load the open batches' stage index held about 22,600 (2,065
-- pages for 749 rows). The counts are pg_class.reltuples, as the last VACUUM, ANALYZE or
-- CREATE INDEX of the table left them.
BEGIN;

-- How often each index of our schemas was scanned since the statistics were reset;
-- never-used ones first, largest first. A never-used unique index still enforces its
-- constraint: is_drop_candidate is only true for plain indexes. Managers and admins only.
-- Names are text in the database's collation, like every other report column.
CREATE OR REPLACE VIEW workshop.index_usage WITH (security_invoker = true) AS
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
       d.stats_reset                                  AS stats_since,
       CASE WHEN c.reltuples >= 0 THEN c.reltuples::bigint END AS indexed_rows,
       CASE WHEN c.reltuples > 0
            THEN round(pg_relation_size(s.indexrelid) / c.reltuples::numeric) END AS bytes_per_row
  FROM pg_stat_all_indexes s
  JOIN pg_index i ON i.indexrelid = s.indexrelid
  JOIN pg_class c ON c.oid = s.indexrelid
  LEFT JOIN pg_stat_database d ON d.datname = current_database()
 WHERE s.schemaname IN ('workshop', 'workshop_private')
   AND workshop_private.require_staff_role(ARRAY['manager', 'admin']::workshop.worker_role[])
 ORDER BY s.idx_scan = 0 DESC, pg_relation_size(s.indexrelid) DESC, s.schemaname, s.indexrelname;

COMMENT ON VIEW workshop.index_usage IS
  'Scans per index of workshop and workshop_private since the statistics reset, never-used first, with the rows each covers and its bytes per row. Managers and admins only.';
COMMENT ON COLUMN workshop.index_usage.indexed_rows IS 'Rows the index covered (a partial index: those matching its predicate) at the last VACUUM, ANALYZE or CREATE INDEX of its table; NULL: never counted.';
COMMENT ON COLUMN workshop.index_usage.bytes_per_row IS 'index_bytes / indexed_rows: tens of bytes for a compact B-tree; thousands mean mostly empty pages, left by a bulk change (REINDEX INDEX CONCURRENTLY). NULL: no rows counted.';

COMMIT;
