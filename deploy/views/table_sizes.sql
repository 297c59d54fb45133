-- Deploy workshop_db:views/table_sizes to pg
-- requires: schemas
-- requires: functions/require_staff_role
BEGIN;

-- Disk use of our tables and materialized views, largest first. Names are text in the
-- database's collation, like every other report column. Managers and admins
-- only (the gate raises 42501 for anyone else); the figures come from the catalog, which
-- needs no rights on the tables themselves.
CREATE VIEW workshop.table_sizes WITH (security_invoker = true) AS
SELECT n.nspname::text COLLATE "default" AS schema_name,
       c.relname::text COLLATE "default" AS table_name,
       CASE c.relkind WHEN 'm' THEN 'materialized view' ELSE 'table' END AS kind,
       pg_total_relation_size(c.oid)                             AS total_bytes,
       pg_total_relation_size(c.oid) - pg_indexes_size(c.oid)
         - COALESCE(pg_total_relation_size(NULLIF(c.reltoastrelid, 0)), 0) AS table_bytes,
       pg_indexes_size(c.oid)                                    AS index_bytes,
       COALESCE(pg_total_relation_size(NULLIF(c.reltoastrelid, 0)), 0) AS toast_bytes,
       CASE WHEN c.reltuples >= 0 THEN c.reltuples::bigint END   AS row_estimate,
       pg_size_pretty(pg_total_relation_size(c.oid))             AS total_size
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname IN ('workshop', 'workshop_private')
   AND c.relkind IN ('r', 'p', 'm')
   AND workshop_private.require_staff_role(ARRAY['manager', 'admin']::workshop.worker_role[])
 ORDER BY pg_total_relation_size(c.oid) DESC, n.nspname, c.relname;

REVOKE ALL ON workshop.table_sizes FROM PUBLIC;
GRANT SELECT ON workshop.table_sizes TO authenticated, service_role;

COMMENT ON VIEW workshop.table_sizes IS
  'Disk use of the tables and materialized views of workshop and workshop_private, largest first. Managers and admins only.';
COMMENT ON COLUMN workshop.table_sizes.schema_name IS 'Schema of the table.';
COMMENT ON COLUMN workshop.table_sizes.table_name IS 'The table or materialized view.';
COMMENT ON COLUMN workshop.table_sizes.kind IS 'table or materialized view.';
COMMENT ON COLUMN workshop.table_sizes.total_bytes IS 'Everything: table_bytes + index_bytes + toast_bytes.';
COMMENT ON COLUMN workshop.table_sizes.table_bytes IS 'The table''s own data (main fork, free space and visibility maps).';
COMMENT ON COLUMN workshop.table_sizes.index_bytes IS 'Its indexes.';
COMMENT ON COLUMN workshop.table_sizes.toast_bytes IS 'Its TOAST table and TOAST index (large values).';
COMMENT ON COLUMN workshop.table_sizes.row_estimate IS 'Planner''s row estimate (pg_class.reltuples) as of the last VACUUM or ANALYZE; NULL before the first.';
COMMENT ON COLUMN workshop.table_sizes.total_size IS 'total_bytes for humans (pg_size_pretty).';

COMMIT;
