-- Revert workshop_db:indexes/customers_trgm from pg
SET lock_timeout = '5s';

DROP INDEX CONCURRENTLY IF EXISTS workshop.idx_customers_name_email_trgm;
