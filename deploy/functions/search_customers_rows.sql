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
-- substring search only when full text found fewer than max_rows (names first, then
-- emails), the word-similarity search (typos) only when substrings too left room.
-- A GIN bitmap scan reads every match of its words before the first row, however few
-- are wanted: a common last name is 1,600 customers at 200,000, a common four-letter
-- substring 8,000. So each GIN search runs first on a random sample of the matches
-- (gin_fuzzy_search_limit, GIN's own setting for frequent words): about 10 x max_rows
-- for a one-word full-text query, 50 x max_rows per word or trigram of anything else
-- (the samples of its words are intersected). Whenever the sample leaves the page
-- short, the search runs again on every match: a page is full if enough customers match.
-- A substring shorter than a trigram gives the trigram index nothing to look up (it
-- would read all of it): it is searched by reading customers until enough are found.
CREATE FUNCTION workshop_private.search_customers_rows(query text, max_rows integer)
RETURNS TABLE (customer_id uuid, match_kind text, rank real, row_tid tid)
  LANGUAGE plpgsql STABLE
  SECURITY DEFINER  -- reads customers as the owner; the policies are the filter below
  SET search_path = ''
  -- A LIMIT makes a Seq Scan look cheap to the planner for a common name (it expects to
  -- stop early) though ILIKE and to_tsvector on every row cost ten times the GIN scan.
  SET enable_seqscan = off
  -- Which makes a plan that must read the table anyway (a substring shorter than a
  -- trigram) cost enough to be JIT-compiled: 100 ms of compiling for a 3 ms scan.
  SET jit = off
  -- One plan per statement for the session instead of one per call: each is a GIN
  -- bitmap scan whatever the query, and planning was a third of a call.
  SET plan_cache_mode = force_generic_plan
  -- A query of stop words only ('the', 'all') is a normal search here (by substring),
  -- not something to tell the client about with a NOTICE.
  SET client_min_messages = warning
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
  -- The rows found so far, by kind: ids, tuple ids (row_tid), names and ranks.
  ft_ids uuid[] := '{}'::uuid[];
  ft_tids tid[] := '{}'::tid[];
  ft_ranks real[] := '{}'::real[];
  sub_ids uuid[] := '{}'::uuid[];
  sub_tids tid[] := '{}'::tid[];
  sub_names text[] := '{}'::text[];
  sub_ranks real[] := '{}'::real[];
  -- Each branch ranks only its first lim * cap matches (index order): ranking reads and
  -- parses every ranked row, and a common last name matches thousands. One word ranks
  -- only the rows it returns: its matches rank alike but for repeats of the word.
  cap integer := 2;
  t text;
  pattern text;
  -- The caller's gin_fuzzy_search_limit (0: none), restored after each sampled search.
  fuzzy constant text := pg_catalog.current_setting('gin_fuzzy_search_limit');
  sample text;
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
    IF pg_catalog.numnode(tsq) = 1 THEN
      cap := 1;
      sample := LEAST(lim::bigint * 5, 2147483647)::text;
    ELSE
      sample := LEAST(lim::bigint * cap * 25, 2147483647)::text;
    END IF;
    FOR attempt IN 1..2 LOOP
      PERFORM pg_catalog.set_config('gin_fuzzy_search_limit', CASE attempt WHEN 1 THEN sample ELSE fuzzy END, true);
      SELECT COALESCE(pg_catalog.array_agg(m.id ORDER BY m.rank DESC, m.name, m.id), '{}'),
             COALESCE(pg_catalog.array_agg(m.ctid ORDER BY m.rank DESC, m.name, m.id), '{}'),
             COALESCE(pg_catalog.array_agg(m.rank ORDER BY m.rank DESC, m.name, m.id), '{}')
        INTO ft_ids, ft_tids, ft_ranks
        FROM (SELECT h.id, h.ctid, h.name, pg_catalog.ts_rank(h.doc, tsq) AS rank
                FROM (SELECT c.id, c.ctid, c.name,
                             pg_catalog.to_tsvector('english'::pg_catalog.regconfig, c.name || ' ' || COALESCE(c.email, '')) AS doc
                        FROM workshop.customers c
                       WHERE pg_catalog.to_tsvector('english'::pg_catalog.regconfig, c.name || ' ' || COALESCE(c.email, ''))
                             OPERATOR(pg_catalog.@@) tsq
                         AND (sees_all OR c.id = own_id)
                       LIMIT lim::bigint * cap) h
               ORDER BY rank DESC, h.name, h.id
               LIMIT lim) m;
      EXIT WHEN pg_catalog.cardinality(ft_ids) >= lim;
    END LOOP;
    PERFORM pg_catalog.set_config('gin_fuzzy_search_limit', fuzzy, true);
    RETURN QUERY
      SELECT f.id, 'fulltext'::text, f.rank, f.tid
        FROM ROWS FROM (pg_catalog.unnest(ft_ids), pg_catalog.unnest(ft_ranks), pg_catalog.unnest(ft_tids)) AS f(id, rank, tid);
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
  cap := 2;
  IF pg_catalog.length(t) >= 3 THEN
    sample := LEAST(lim::bigint * cap * 25, 2147483647)::text;
    FOR attempt IN 1..2 LOOP
      PERFORM pg_catalog.set_config('gin_fuzzy_search_limit', CASE attempt WHEN 1 THEN sample ELSE fuzzy END, true);
      -- Names first; emails only if names left room (an email usually repeats the name).
      SELECT COALESCE(pg_catalog.array_agg(m.id), '{}'), COALESCE(pg_catalog.array_agg(m.ctid), '{}'),
             COALESCE(pg_catalog.array_agg(m.name), '{}'), COALESCE(pg_catalog.array_agg(m.rank), '{}')
        INTO sub_ids, sub_tids, sub_names, sub_ranks
        FROM (SELECT c.id, c.ctid, c.name,
                     GREATEST(extensions.word_similarity(t, c.name), extensions.word_similarity(t, c.email)) AS rank
                FROM workshop.customers c
               WHERE c.name OPERATOR(pg_catalog.~~*) pattern
                 AND (sees_all OR c.id = own_id)
                 AND c.id OPERATOR(pg_catalog.<>) ALL (ft_ids)
               LIMIT lim::bigint * cap) m;
      IF pg_catalog.cardinality(sub_ids) < lim::bigint * cap THEN
        SELECT sub_ids || COALESCE(pg_catalog.array_agg(m.id), '{}'),
               sub_tids || COALESCE(pg_catalog.array_agg(m.ctid), '{}'),
               sub_names || COALESCE(pg_catalog.array_agg(m.name), '{}'),
               sub_ranks || COALESCE(pg_catalog.array_agg(m.rank), '{}')
          INTO sub_ids, sub_tids, sub_names, sub_ranks
          FROM (SELECT c.id, c.ctid, c.name,
                       GREATEST(extensions.word_similarity(t, c.name), extensions.word_similarity(t, c.email)) AS rank
                  FROM workshop.customers c
                 WHERE c.email OPERATOR(pg_catalog.~~*) pattern
                   AND (sees_all OR c.id = own_id)
                   AND c.id OPERATOR(pg_catalog.<>) ALL (ft_ids || sub_ids)
                 LIMIT lim::bigint * cap - pg_catalog.cardinality(sub_ids)) m;
      END IF;
      EXIT WHEN pg_catalog.cardinality(ft_ids) + pg_catalog.cardinality(sub_ids) >= lim;
    END LOOP;
    PERFORM pg_catalog.set_config('gin_fuzzy_search_limit', fuzzy, true);
  ELSE
    -- Shorter than a trigram: read customers until enough match (the expressions are
    -- not the trigram index's, so the planner cannot read all of that index instead).
    SELECT COALESCE(pg_catalog.array_agg(m.id), '{}'), COALESCE(pg_catalog.array_agg(m.ctid), '{}'),
           COALESCE(pg_catalog.array_agg(m.name), '{}'), COALESCE(pg_catalog.array_agg(m.rank), '{}')
      INTO sub_ids, sub_tids, sub_names, sub_ranks
      FROM (SELECT c.id, c.ctid, c.name,
                   GREATEST(extensions.word_similarity(t, c.name), extensions.word_similarity(t, c.email)) AS rank
              FROM workshop.customers c
             WHERE ((c.name OPERATOR(pg_catalog.||) '') OPERATOR(pg_catalog.~~*) pattern
                    OR (c.email OPERATOR(pg_catalog.||) '') OPERATOR(pg_catalog.~~*) pattern)
               AND (sees_all OR c.id = own_id)
               AND c.id OPERATOR(pg_catalog.<>) ALL (ft_ids)
             LIMIT lim::bigint * cap) m;
  END IF;
  -- The best lim - (full-text matches) of them, by word similarity.
  SELECT COALESCE(pg_catalog.array_agg(m.id ORDER BY m.rank DESC, m.name, m.id), '{}'),
         COALESCE(pg_catalog.array_agg(m.tid ORDER BY m.rank DESC, m.name, m.id), '{}'),
         COALESCE(pg_catalog.array_agg(m.rank ORDER BY m.rank DESC, m.name, m.id), '{}')
    INTO sub_ids, sub_tids, sub_ranks
    FROM (SELECT u.id, u.tid, u.name, u.rank
            FROM ROWS FROM (pg_catalog.unnest(sub_ids), pg_catalog.unnest(sub_tids), pg_catalog.unnest(sub_names),
                            pg_catalog.unnest(sub_ranks)) AS u(id, tid, name, rank)
           ORDER BY u.rank DESC, u.name, u.id
           LIMIT lim - pg_catalog.cardinality(ft_ids)) m;
  RETURN QUERY
    SELECT f.id, 'trigram'::text, f.rank, f.tid
      FROM ROWS FROM (pg_catalog.unnest(sub_ids), pg_catalog.unnest(sub_ranks), pg_catalog.unnest(sub_tids)) AS f(id, rank, tid);
  IF pg_catalog.cardinality(ft_ids) + pg_catalog.cardinality(sub_ids) >= lim THEN
    RETURN;
  END IF;
  RETURN QUERY
    SELECT s.id, 'trigram'::text, s.rank, s.ctid
      FROM (SELECT h.id, h.ctid, h.name,
                   GREATEST(extensions.word_similarity(t, h.name), extensions.word_similarity(t, h.email)) AS rank
              FROM (SELECT c.id, c.ctid, c.name, c.email
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
  'The customers workshop.search_customers finds for the calling role (the SELECT policies of customers written out as a filter, so the GIN indexes serve the search): customer_id, match_kind, rank and the row''s tuple id (row_tid, valid in the caller''s snapshot); at most max_rows rows.';
REVOKE ALL ON FUNCTION workshop_private.search_customers_rows(text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION workshop_private.search_customers_rows(text, integer) TO authenticated, service_role;

COMMIT;
