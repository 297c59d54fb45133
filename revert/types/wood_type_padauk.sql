-- Revert workshop_db:types/wood_type_padauk from pg
--
-- PostgreSQL cannot drop an enum label (there is no ALTER TYPE ... DROP VALUE). The
-- supported alternative, swapping in a copy of the type without the label, means
-- ALTER COLUMN ... TYPE on orders and headphone_models: an ACCESS EXCLUSIVE lock and a
-- rewrite of both tables, and dropping and recreating every view over those columns
-- (estimate_accuracy, defect_summary, ...), which belong to other changes. That is an
-- outage and a copy of other changes' code in this script.
--
-- So this revert deletes the label's pg_enum row, which is safe only when no stored
-- value, expression or index can hold it. It proves that first, under locks, and
-- refuses otherwise; it changes nothing when the label is absent:
-- * superuser only (pg_enum is a catalog): anyone else gets 42501, unless the label is
--   kept: `sqitch revert --set keep_padauk=1` (a database owner who is not a superuser,
--   as on Supabase) reverts the change and leaves the label in the type, unused and
--   harmless; the deploy adds it IF NOT EXISTS;
-- * every table with a column of type wood_type or wood_type[] is locked in SHARE mode
--   (writers wait for this short transaction, a transaction that wrote Padauk and has
--   not committed is waited for), then no row of those tables or of a materialized view
--   may hold Padauk: else 2BP01 naming the columns and row counts;
-- * no constraint, default, index expression or predicate, view, policy or trigger
--   condition may name 'Padauk': else 2BP01 naming them;
-- * no index may have a wood_type key: a btree keeps the keys of deleted rows in its
--   inner pages, which would then hold a value PostgreSQL can no longer compare:
--   else 2BP01 naming the indexes (drop them, revert, recreate them).
-- Afterwards the statistics of those columns are rebuilt (ANALYZE), so that no
-- most-common-value list keeps the deleted label.
BEGIN;
SET LOCAL lock_timeout = '5s';
\if :{?keep_padauk}
SELECT pg_catalog.set_config('workshop.keep_padauk', :'keep_padauk', true) AS keep_padauk \gset
\endif

DO $$
DECLARE
  v_type   pg_catalog.regtype := 'workshop.wood_type'::pg_catalog.regtype;
  v_array  pg_catalog.regtype := 'workshop.wood_type[]'::pg_catalog.regtype;
  v_col    record;
  v_count  bigint;
  v_used   text[] := '{}';
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_enum e WHERE e.enumtypid = v_type AND e.enumlabel = 'Padauk') THEN
    RAISE NOTICE 'workshop.wood_type has no label Padauk: nothing to revert';
    RETURN;
  END IF;
  IF COALESCE(pg_catalog.current_setting('workshop.keep_padauk', true), '') NOT IN ('', '0', 'off', 'false') THEN
    RAISE NOTICE 'workshop.wood_type keeps its label Padauk (keep_padauk is set)';
    RETURN;
  END IF;
  IF NOT (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = CURRENT_USER) THEN
    RAISE EXCEPTION USING
      ERRCODE = '42501',
      MESSAGE = pg_catalog.format('reverting types/wood_type_padauk needs a superuser; %s is not one', CURRENT_USER),
      DETAIL  = 'PostgreSQL cannot drop an enum label: the revert deletes its pg_enum row.',
      HINT    = 'Run sqitch revert as a superuser, or keep the label (unused, harmless): sqitch revert --set keep_padauk=1.';
  END IF;

  -- Tables first: the locks make the checks below true until this transaction ends.
  FOR v_col IN
    SELECT DISTINCT c.oid::pg_catalog.regclass AS rel
      FROM pg_catalog.pg_attribute a
      JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
     WHERE a.atttypid IN (v_type, v_array) AND a.attnum > 0 AND NOT a.attisdropped
       AND c.relkind IN ('r', 'p')
     ORDER BY 1
  LOOP
    EXECUTE pg_catalog.format('LOCK TABLE %s IN SHARE MODE', v_col.rel);
  END LOOP;

  FOR v_col IN
    SELECT c.oid::pg_catalog.regclass AS rel, a.attname, a.atttypid = v_array AS is_array
      FROM pg_catalog.pg_attribute a
      JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
     WHERE a.atttypid IN (v_type, v_array) AND a.attnum > 0 AND NOT a.attisdropped
       AND c.relkind IN ('r', 'p', 'm')
     ORDER BY 1, 2
  LOOP
    EXECUTE pg_catalog.format(
      CASE WHEN v_col.is_array
           THEN 'SELECT count(*) FROM %s WHERE ''Padauk'' = ANY (%I::text[])'
           ELSE 'SELECT count(*) FROM %s WHERE %I::text = ''Padauk''' END,
      v_col.rel, v_col.attname)
      INTO v_count;
    IF v_count > 0 THEN
      v_used := v_used || pg_catalog.format('%s.%I (%s rows)', v_col.rel, v_col.attname, v_count);
    END IF;
  END LOOP;
  IF pg_catalog.cardinality(v_used) > 0 THEN
    RAISE EXCEPTION USING
      ERRCODE = '2BP01',
      MESSAGE = pg_catalog.format('wood_type label Padauk is still used: %s', pg_catalog.array_to_string(v_used, ', ')),
      DETAIL  = 'PostgreSQL cannot drop an enum label that stored data uses.',
      HINT    = 'Change those rows to another wood (and take Padauk off the models), then revert again.';
  END IF;

  SELECT pg_catalog.array_agg(x.what ORDER BY x.what) INTO v_used
    FROM (SELECT pg_catalog.format('constraint %s on %s', co.conname, co.conrelid::pg_catalog.regclass) AS what,
                 pg_catalog.pg_get_constraintdef(co.oid) AS expr
            FROM pg_catalog.pg_constraint co
          UNION ALL
          SELECT pg_catalog.format('default of %s.%s', d.adrelid::pg_catalog.regclass, d.adnum),
                 pg_catalog.pg_get_expr(d.adbin, d.adrelid)
            FROM pg_catalog.pg_attrdef d
          UNION ALL
          SELECT pg_catalog.format('index %s', i.indexrelid::pg_catalog.regclass),
                 pg_catalog.pg_get_indexdef(i.indexrelid)
            FROM pg_catalog.pg_index i
           WHERE i.indexprs IS NOT NULL OR i.indpred IS NOT NULL
          UNION ALL
          SELECT pg_catalog.format('view %s', c.oid::pg_catalog.regclass), pg_catalog.pg_get_viewdef(c.oid)
            FROM pg_catalog.pg_class c
           WHERE c.relkind IN ('v', 'm')
             AND c.relnamespace NOT IN ('pg_catalog'::pg_catalog.regnamespace, 'information_schema'::pg_catalog.regnamespace)
          UNION ALL
          SELECT pg_catalog.format('policy %s on %s', p.polname, p.polrelid::pg_catalog.regclass),
                 COALESCE(pg_catalog.pg_get_expr(p.polqual, p.polrelid), '') || ' '
                 || COALESCE(pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid), '')
            FROM pg_catalog.pg_policy p
          UNION ALL
          SELECT pg_catalog.format('trigger %s on %s', t.tgname, t.tgrelid::pg_catalog.regclass),
                 pg_catalog.pg_get_triggerdef(t.oid)
            FROM pg_catalog.pg_trigger t
           WHERE t.tgqual IS NOT NULL) x
   WHERE x.expr LIKE '%''Padauk''%';
  IF v_used IS NOT NULL THEN
    RAISE EXCEPTION USING
      ERRCODE = '2BP01',
      MESSAGE = pg_catalog.format('wood_type label Padauk is named by: %s', pg_catalog.array_to_string(v_used, ', ')),
      HINT    = 'Drop or change those objects first, then revert again.';
  END IF;

  SELECT pg_catalog.array_agg(DISTINCT i.indexrelid::pg_catalog.regclass::text) INTO v_used
    FROM pg_catalog.pg_index i
    JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indexrelid
   WHERE a.atttypid IN (v_type, v_array);
  IF v_used IS NOT NULL THEN
    RAISE EXCEPTION USING
      ERRCODE = '2BP01',
      MESSAGE = pg_catalog.format('wood_type label Padauk may be kept by the keys of index %s',
                                  pg_catalog.array_to_string(v_used, ', ')),
      DETAIL  = 'A btree keeps keys of deleted rows in its inner pages; a deleted enum label there cannot be compared.',
      HINT    = 'Drop those indexes, revert, then create them again.';
  END IF;

  DELETE FROM pg_catalog.pg_enum e WHERE e.enumtypid = v_type AND e.enumlabel = 'Padauk';

  -- Statistics sampled while Padauk rows existed may list it.
  FOR v_col IN
    SELECT c.oid::pg_catalog.regclass AS rel, a.attname
      FROM pg_catalog.pg_attribute a
      JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
     WHERE a.atttypid IN (v_type, v_array) AND a.attnum > 0 AND NOT a.attisdropped
       AND c.relkind IN ('r', 'p', 'm')
  LOOP
    EXECUTE pg_catalog.format('ANALYZE %s (%I)', v_col.rel, v_col.attname);
  END LOOP;
END
$$;

COMMIT;
