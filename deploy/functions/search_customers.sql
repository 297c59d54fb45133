-- Deploy workshop_db:functions/search_customers to pg
-- requires: functions/search_customers@v1.0.0
-- requires: functions/search_customers_rows
BEGIN;

-- Customer search for the staff's search box, same signature, columns and order as
-- released: full-text matches (whole words, websearch syntax: "quoted phrases", or,
-- -not) ranked by ts_rank, then partial names, emails and typos (trigram: a substring,
-- wildcards taken literally, or a word similarity) ranked by word similarity. The search
-- itself is workshop_private.search_customers_rows, which runs as the owner so that the
-- GIN indexes serve it under row level security too, with the SELECT policies of
-- customers as its filter. SECURITY INVOKER: the rows found are read here through the
-- caller's privileges and policies again (a tuple-id lookup each), so the caller
-- never finds a customer they could not select.
CREATE OR REPLACE FUNCTION workshop.search_customers(query text, max_rows integer DEFAULT 20)
RETURNS TABLE (customer_id uuid, name text, email text, phone text, match_kind text, rank real)
  LANGUAGE plpgsql STABLE
  SET search_path = ''
  -- A tuple-id lookup per row found: with a few thousand customers the planner would
  -- rather hash the whole table for twenty keys.
  SET enable_seqscan = off
AS $$
BEGIN
  -- PL/pgSQL, not SQL: a SQL function with SET clauses is never inlined, and planned
  -- this query again in every call; PL/pgSQL keeps its plan for the session. Each row
  -- found is read again by its tuple id (a TID scan, leakproof: the policies still
  -- apply) and its key: both functions are STABLE, so the search ran in this query's
  -- snapshot and the tuple id names the row version this read sees.
  RETURN QUERY
    SELECT c.id, c.name, c.email, c.phone, r.match_kind, r.rank
      FROM workshop_private.search_customers_rows(query, max_rows) r
      JOIN workshop.customers c
        ON c.ctid OPERATOR(pg_catalog.=) r.row_tid AND c.id OPERATOR(pg_catalog.=) r.customer_id
     ORDER BY r.match_kind = 'trigram', r.rank DESC, c.name, c.id;
END
$$;
COMMENT ON FUNCTION workshop.search_customers(text, integer) IS
  'Customers matching query: full-text matches (ranked by ts_rank, via idx_customers_search) first, then, when there is room, partial and fuzzy trigram matches (via idx_customers_name_email_trgm); at most max_rows rows. Row level security applies: the search runs in workshop_private.search_customers_rows with the customers policies as its filter.';

COMMIT;
