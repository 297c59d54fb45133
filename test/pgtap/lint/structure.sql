-- Catalog-wide structure lint over workshop and workshop_private: keys, comments,
-- foreign-key indexes, materialized views, and nothing of ours in public. Each check
-- lists the offenders.
BEGIN;
SELECT plan(8);

SELECT is_empty($$
  SELECT c.oid::regclass::text FROM pg_catalog.pg_class c
   WHERE c.relnamespace IN ('workshop'::regnamespace, 'workshop_private'::regnamespace)
     AND c.relkind IN ('r', 'p')
     AND NOT EXISTS (SELECT FROM pg_catalog.pg_constraint k WHERE k.conrelid = c.oid AND k.contype = 'p')
$$, 'every table has a primary key');

SELECT is_empty($$
  SELECT c.oid::regclass::text, c.relkind FROM pg_catalog.pg_class c
   WHERE c.relnamespace IN ('workshop'::regnamespace, 'workshop_private'::regnamespace)
     AND c.relkind IN ('r', 'p', 'v', 'm')
     AND pg_catalog.obj_description(c.oid, 'pg_class') IS NULL
$$, 'every table, view and materialized view has a comment');

SELECT is_empty($$
  SELECT c.oid::regclass::text, a.attname FROM pg_catalog.pg_class c
    JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
   WHERE c.relnamespace IN ('workshop'::regnamespace, 'workshop_private'::regnamespace)
     AND c.relkind IN ('r', 'p', 'v', 'm')
     AND pg_catalog.col_description(c.oid, a.attnum) IS NULL
$$, 'every column has a comment');

SELECT is_empty($$
  SELECT p.oid::regprocedure::text FROM pg_catalog.pg_proc p
   WHERE p.pronamespace IN ('workshop'::regnamespace, 'workshop_private'::regnamespace)
     AND pg_catalog.obj_description(p.oid, 'pg_proc') IS NULL
$$, 'every function has a comment');

-- The foreign key's columns lead a valid, non-partial index (in any order), so that
-- deletes and updates of the referenced row and joins do not scan the table.
SELECT is_empty($$
  SELECT k.conrelid::regclass::text, k.conname FROM pg_catalog.pg_constraint k
   WHERE k.contype = 'f'
     AND k.connamespace IN ('workshop'::regnamespace, 'workshop_private'::regnamespace)
     AND NOT EXISTS (
       SELECT FROM pg_catalog.pg_index i
        WHERE i.indrelid = k.conrelid AND i.indisvalid AND i.indpred IS NULL
          AND (pg_catalog.string_to_array(i.indkey::text, ' ')::int2[])[1:pg_catalog.cardinality(k.conkey)]
              @> k.conkey
          AND (pg_catalog.string_to_array(i.indkey::text, ' ')::int2[])[1:pg_catalog.cardinality(k.conkey)]
              <@ k.conkey)
$$, 'every foreign key has an index on its leading columns');

-- REFRESH ... CONCURRENTLY needs a unique index; a count, so that it holds (vacuously)
-- before the first materialized view exists.
SELECT is((SELECT count(*) FROM pg_catalog.pg_class c
            WHERE c.relnamespace IN ('workshop'::regnamespace, 'workshop_private'::regnamespace)
              AND c.relkind = 'm'
              AND NOT EXISTS (SELECT FROM pg_catalog.pg_index i
                               WHERE i.indrelid = c.oid AND i.indisunique AND i.indisvalid
                                 AND i.indpred IS NULL AND i.indexprs IS NULL)),
          0::bigint, 'every materialized view has a unique index (for REFRESH CONCURRENTLY)');

SELECT is_empty($$
  SELECT c.oid::regclass::text FROM pg_catalog.pg_class c
   WHERE c.relnamespace IN ('workshop'::regnamespace, 'workshop_private'::regnamespace)
     AND c.relkind = 'm'
     AND pg_catalog.has_table_privilege('anon', c.oid, 'SELECT')
$$, 'anon reads no materialized view (they cannot have row level security)');

-- Extensions (pgTAP, plpgsql_check in the test database) may live in public; nothing
-- that is not an extension's member may.
SELECT is_empty($$
  SELECT 'relation ' || c.oid::regclass::text FROM pg_catalog.pg_class c
   WHERE c.relnamespace = 'public'::regnamespace
     AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d
                      WHERE d.deptype = 'e'
                        AND ((d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid)
                             -- a composite type's relation belongs to the extension through its type
                             OR (d.classid = 'pg_catalog.pg_type'::regclass AND d.objid = c.reltype)))
  UNION ALL
  SELECT 'function ' || p.oid::regprocedure::text FROM pg_catalog.pg_proc p
   WHERE p.pronamespace = 'public'::regnamespace
     AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d
                      WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
  UNION ALL
  SELECT 'type ' || t.oid::regtype::text FROM pg_catalog.pg_type t
   WHERE t.typnamespace = 'public'::regnamespace
     AND t.typrelid = 0 AND t.typelem = 0
     AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d
                      WHERE d.classid = 'pg_catalog.pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
$$, 'nothing but extensions in public');

SELECT * FROM finish();
ROLLBACK;
