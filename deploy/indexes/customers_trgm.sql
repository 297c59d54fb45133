-- Deploy workshop_db:indexes/customers_trgm to pg
-- requires: extensions/pg_trgm
-- requires: tables/customers
-- Trigram index for the partial-name and partial-email fallback of
-- workshop.search_customers (ILIKE '%...%' and word similarity). Built CONCURRENTLY so
-- that a live customers table stays writable; that cannot run in a transaction, so this
-- script has no BEGIN/COMMIT and gives up instead of queueing behind a long lock.
SET lock_timeout = '5s';

CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_customers_name_email_trgm ON workshop.customers
  USING gin (name extensions.gin_trgm_ops, email extensions.gin_trgm_ops);

COMMENT ON INDEX workshop.idx_customers_name_email_trgm IS
  'Trigram index on name and email: partial matches in workshop.search_customers.';
