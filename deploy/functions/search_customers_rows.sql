-- Deploy workshop_db:functions/search_customers_rows to pg
-- requires: tables/customers
-- requires: extensions/pg_trgm
-- requires: indexes/customers_trgm
-- requires: functions/current_worker_role
-- requires: auth_shim
-- requires: grants/workshop_private
-- requires: policies/customers
BEGIN;

-- The search of workshop.search_customers, run as the owner so that its GIN indexes are
-- used: under row level security only leakproof operators become index conditions, and
-- @@, ILIKE and pg_trgm's <% are not, so the invoker's search read every customer. The
-- SELECT policies of workshop.customers are written out here instead, for the calling
-- role (SET ROLE, else the session user; a SECURITY DEFINER body cannot see its caller
-- otherwise): a role that bypasses row level security on customers (superuser,
-- BYPASSRLS such as service_role, the table owner) finds every customer; a member of
-- authenticated finds every customer if staff (customers_select_staff), else only their
-- own row (customers_select_customer); anyone else nothing. workshop.search_customers
-- reads the rows found through the caller's own privileges and policies again, so this
-- filter can only narrow what the caller may see, never widen it.
-- Speed: each kind of match is ranked among its first max_rows * 2 rows (index order)
-- only, and each later kind is searched only while there is room: the trigram
-- substring search only when full text found fewer than max_rows, the word-similarity
-- search (typos) only when substrings too left room.
CREATE FUNCTION workshop_private.search_customers_rows(query text, max_rows integer)
RETURNS TABLE (customer_id uuid, match_kind text, rank real)
  LANGUAGE plpgsql STABLE
  SECURITY DEFINER  -- reads customers as the owner; the policies are the filter below
  SET search_path = ''
  -- A LIMIT makes a Seq Scan look cheap to the planner for a common name (it expects to
  -- stop early) though ILIKE and to_tsvector on every row cost ten times the GIN scan.
  SET enable_seqscan = off
  -- One plan per statement for the session instead of one per call: each is a GIN
  -- bitmap scan whatever the query, and planning was a third of a call.
  SET plan_cache_mode = force_generic_plan
  ROWS 20
AS $$
DECLARE
  lim integer := GREATEST(COALESCE(max_rows, 20), 0);
  q text := pg_catalog.left(query, 256);
  caller name := CASE pg_catalog.current_setting('role')
                   WHEN 'none' THEN SESSION_USER
                   ELSE pg_catalog.current_setting('role')::name END;
  sees_all boolean;
  own_id uuid;
  tsq tsquery;
  ft_ids uuid[] := '{}'::uuid[];
  ft_ranks real[] := '{}'::real[];
  sub_ids uuid[] := '{}'::uuid[];
  sub_ranks real[] := '{}'::real[];
  -- Each branch ranks only its first lim * cap matches (index order): ranking reads and
  -- parses every ranked row, and a common last name matches thousands.
  cap constant integer := 2;
  t text;
  pattern text;
BEGIN
  IF lim = 0 OR q IS NULL THEN
    RETURN;
  END IF;

  -- Who may see which customers: exactly the SELECT policies of workshop.customers.
  sees_all := (SELECT r.rolsuper OR r.rolbypassrls FROM pg_catalog.pg_roles r WHERE r.rolname = caller)
              OR (SELECT pg_catalog.pg_has_role(caller, c.relowner, 'USAGE') AND NOT c.relforcerowsecurity
                    FROM pg_catalog.pg_class c WHERE c.oid = 'workshop.customers'::pg_catalog.regclass);
  IF NOT sees_all THEN
    IF NOT pg_catalog.pg_has_role(caller, 'authenticated', 'USAGE') THEN
      RETURN;  -- no policy of customers applies to this role
    END IF;
    sees_all := workshop_private.current_worker_role() IS NOT NULL;
    IF NOT sees_all THEN
      SELECT c.id INTO own_id FROM workshop.customers c WHERE c.auth_user_id = auth.uid();
      IF own_id IS NULL THEN
        RETURN;
      END IF;
    END IF;
  END IF;

  -- Full text (whole words, websearch syntax); the tsvector is idx_customers_search's
  -- exact expression. A query without words ('', '_', 'the') skips it.
  tsq := pg_catalog.websearch_to_tsquery('english'::pg_catalog.regconfig, q);
  IF pg_catalog.numnode(tsq) > 0 THEN
    SELECT COALESCE(pg_catalog.array_agg(m.id ORDER BY m.rank DESC, m.name, m.id), '{}'),
           COALESCE(pg_catalog.array_agg(m.rank ORDER BY m.rank DESC, m.name, m.id), '{}')
      INTO ft_ids, ft_ranks
      FROM (SELECT h.id, h.name, pg_catalog.ts_rank(h.doc, tsq) AS rank
              FROM (SELECT c.id, c.name,
                           pg_catalog.to_tsvector('english'::pg_catalog.regconfig, c.name || ' ' || COALESCE(c.email, '')) AS doc
                      FROM workshop.customers c
                     WHERE pg_catalog.to_tsvector('english'::pg_catalog.regconfig, c.name || ' ' || COALESCE(c.email, ''))
                           OPERATOR(pg_catalog.@@) tsq
                       AND (sees_all OR c.id = own_id)
                     LIMIT lim::bigint * cap) h
             ORDER BY rank DESC, h.name, h.id
             LIMIT lim) m;
    RETURN QUERY
      SELECT f.id, 'fulltext'::text, f.rank FROM ROWS FROM (pg_catalog.unnest(ft_ids), pg_catalog.unnest(ft_ranks)) AS f(id, rank);
  END IF;

  -- Trigram matches not found by full text, only while there is room for them, ranked by
  -- word similarity: first substrings of a name or email (ILIKE, the query's wildcards
  -- taken literally), then, if room is left, word similarities above
  -- pg_trgm.word_similarity_threshold (typos). The similarity search costs ten times the
  -- substring search (every name sharing a trigram is a candidate), so it runs last.
  t := pg_catalog.btrim(q);
  IF t = '' OR pg_catalog.cardinality(ft_ids) >= lim THEN
    RETURN;
  END IF;
  pattern := '%' || pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(t, '\', '\\'), '%', '\%'), '_', '\_') || '%';
  SELECT COALESCE(pg_catalog.array_agg(m.id ORDER BY m.rank DESC, m.name, m.id), '{}'),
         COALESCE(pg_catalog.array_agg(m.rank ORDER BY m.rank DESC, m.name, m.id), '{}')
    INTO sub_ids, sub_ranks
    FROM (SELECT s.id, s.name,
                 GREATEST(extensions.word_similarity(t, s.name), extensions.word_similarity(t, s.email)) AS rank
            FROM (SELECT c.id, c.name, c.email
                    FROM workshop.customers c
                   WHERE (c.name OPERATOR(pg_catalog.~~*) pattern OR c.email OPERATOR(pg_catalog.~~*) pattern)
                     AND (sees_all OR c.id = own_id)
                     AND c.id OPERATOR(pg_catalog.<>) ALL (ft_ids)
                   LIMIT lim::bigint * cap) s
           ORDER BY rank DESC, s.name, s.id
           LIMIT lim - pg_catalog.cardinality(ft_ids)) m;
  RETURN QUERY
    SELECT f.id, 'trigram'::text, f.rank
      FROM ROWS FROM (pg_catalog.unnest(sub_ids), pg_catalog.unnest(sub_ranks)) AS f(id, rank);
  IF pg_catalog.cardinality(ft_ids) + pg_catalog.cardinality(sub_ids) >= lim THEN
    RETURN;
  END IF;
  RETURN QUERY
    SELECT s.id, 'trigram'::text, s.rank
      FROM (SELECT h.id, h.name,
                   GREATEST(extensions.word_similarity(t, h.name), extensions.word_similarity(t, h.email)) AS rank
              FROM (SELECT c.id, c.name, c.email
                      FROM workshop.customers c
                     WHERE (t OPERATOR(extensions.<%) c.name OR t OPERATOR(extensions.<%) c.email)
                       AND (sees_all OR c.id = own_id)
                       AND c.id OPERATOR(pg_catalog.<>) ALL (ft_ids || sub_ids)
                     LIMIT lim::bigint * cap) h) s
     ORDER BY s.rank DESC, s.name, s.id
     LIMIT lim - pg_catalog.cardinality(ft_ids) - pg_catalog.cardinality(sub_ids);
END
$$;
COMMENT ON FUNCTION workshop_private.search_customers_rows(text, integer) IS
  'The customers workshop.search_customers finds for the calling role (the SELECT policies of customers written out as a filter, so the GIN indexes serve the search): customer_id, match_kind, rank; at most max_rows rows.';
REVOKE ALL ON FUNCTION workshop_private.search_customers_rows(text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION workshop_private.search_customers_rows(text, integer) TO authenticated, service_role;

COMMIT;
