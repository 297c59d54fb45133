-- Verify workshop_db:extensions/pg_stat_statements on pg
-- Where the server offers the extension, it must be installed.
BEGIN;
DO $$
BEGIN
  ASSERT EXISTS (SELECT FROM pg_catalog.pg_extension WHERE extname = 'pg_stat_statements')
         OR NOT EXISTS (SELECT FROM pg_catalog.pg_available_extensions WHERE name = 'pg_stat_statements'),
         'pg_stat_statements is available but not installed';
END
$$;
ROLLBACK;
