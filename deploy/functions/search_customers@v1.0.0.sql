-- Deploy workshop_db:functions/search_customers to pg
-- requires: tables/customers
-- requires: extensions/pg_trgm
-- requires: indexes/customers_trgm
BEGIN;

-- Customer search for the staff's search box. First full-text matches (whole words,
-- websearch syntax: "quoted phrases", or, -not), ranked by ts_rank; the tsvector is
-- written exactly as idx_customers_search's expression so that index is used. Then, for
-- partial names and emails ("marg", "@example.co") and typos, trigram matches not found
-- already: a substring (ILIKE, wildcards in the query taken literally) or a word
-- similarity above pg_trgm.word_similarity_threshold, ranked by word similarity; both
-- are served by idx_customers_name_email_trgm. SECURITY INVOKER: the caller's row level
-- security decides which customers they may find. Only the first 256 characters of the
-- query are searched: websearch_to_tsquery takes minutes (then fails on stack depth) on a
-- pasted megabyte of words, and no search box needs more.
CREATE FUNCTION workshop.search_customers(query text, max_rows integer DEFAULT 20)
RETURNS TABLE (customer_id uuid, name text, email text, phone text, match_kind text, rank real)
  LANGUAGE sql STABLE
  SET search_path = ''
AS $$
  WITH fulltext AS (
    SELECT c.id, c.name, c.email, c.phone, 'fulltext'::text AS match_kind,
           pg_catalog.ts_rank(
             pg_catalog.to_tsvector('english'::pg_catalog.regconfig, c.name || ' ' || COALESCE(c.email, '')),
             pg_catalog.websearch_to_tsquery('english'::pg_catalog.regconfig, pg_catalog.left(query, 256))) AS rank
      FROM workshop.customers c
     WHERE pg_catalog.to_tsvector('english'::pg_catalog.regconfig, c.name || ' ' || COALESCE(c.email, ''))
           OPERATOR(pg_catalog.@@) pg_catalog.websearch_to_tsquery('english'::pg_catalog.regconfig, pg_catalog.left(query, 256))
       -- A query without words ('', '_', 'the') skips the index scan and its notice.
       AND pg_catalog.numnode(pg_catalog.websearch_to_tsquery('english'::pg_catalog.regconfig, pg_catalog.left(query, 256))) > 0
  ),
  term AS (
    SELECT pg_catalog.btrim(pg_catalog.left(query, 256)) AS t,
           '%' || pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(pg_catalog.btrim(pg_catalog.left(query, 256)),
                    '\', '\\'), '%', '\%'), '_', '\_') || '%' AS pattern
  ),
  trigram AS (
    SELECT c.id, c.name, c.email, c.phone, 'trigram'::text AS match_kind,
           GREATEST(extensions.word_similarity(term.t, c.name),
                    extensions.word_similarity(term.t, c.email)) AS rank
      FROM workshop.customers c, term
     WHERE term.t <> ''
       AND (c.name OPERATOR(pg_catalog.~~*) term.pattern
            OR c.email OPERATOR(pg_catalog.~~*) term.pattern
            OR term.t OPERATOR(extensions.<%) c.name
            OR term.t OPERATOR(extensions.<%) c.email)
       AND c.id NOT IN (SELECT f.id FROM fulltext f)
  )
  SELECT r.id, r.name, r.email, r.phone, r.match_kind, r.rank
    FROM (SELECT * FROM fulltext UNION ALL SELECT * FROM trigram) r
   ORDER BY r.match_kind = 'trigram', r.rank DESC, r.name, r.id
   LIMIT GREATEST(COALESCE(max_rows, 20), 0)
$$;
COMMENT ON FUNCTION workshop.search_customers(text, integer) IS
  'Customers matching query: full-text matches (ranked by ts_rank, via idx_customers_search) first, then partial and fuzzy trigram matches (via idx_customers_name_email_trgm); at most max_rows rows. Row level security applies.';
REVOKE ALL ON FUNCTION workshop.search_customers(text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION workshop.search_customers(text, integer) TO authenticated, service_role;

COMMIT;
