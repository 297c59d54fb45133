-- Catalog-wide row level security lint: holds for every table, whoever adds it later.
-- Each check lists the offenders, so a failure names what to fix.
BEGIN;
SELECT plan(7);

SELECT is_empty($$
  SELECT c.relname FROM pg_catalog.pg_class c
   WHERE c.relnamespace = 'workshop'::regnamespace AND c.relkind IN ('r', 'p')
     AND NOT c.relrowsecurity
$$, 'every workshop table has row level security enabled');

SELECT is_empty($$
  SELECT c.relname FROM pg_catalog.pg_class c
   WHERE c.relnamespace = 'workshop'::regnamespace AND c.relkind IN ('r', 'p')
     AND NOT EXISTS (SELECT FROM pg_catalog.pg_policy p WHERE p.polrelid = c.oid)
$$, 'every workshop table has at least one policy');

-- A write policy that is always true hands the table to its roles. Only a policy for
-- service_role alone may say so (none exists: service_role has BYPASSRLS).
SELECT is_empty($$
  SELECT p.polrelid::regclass::text, p.polname FROM pg_catalog.pg_policy p
   WHERE p.polcmd IN ('a', 'w', 'd', '*')
     AND (pg_catalog.pg_get_expr(p.polqual, p.polrelid) = 'true'
          OR pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid) = 'true')
     AND p.polroles <> ARRAY['service_role'::regrole]::oid[]
$$, 'no write policy is USING (true) or WITH CHECK (true), except for service_role alone');

SELECT is_empty($$
  SELECT p.polrelid::regclass::text, p.polname FROM pg_catalog.pg_policy p
   WHERE p.polrelid::regclass::text LIKE 'workshop.%' AND 0::oid = ANY (p.polroles)
$$, 'no policy applies to PUBLIC: each names its API roles');

SELECT is_empty($$
  SELECT p.polrelid::regclass::text, p.polname FROM pg_catalog.pg_policy p
   WHERE p.polcmd <> 'r' AND 'anon'::regrole::oid = ANY (p.polroles)
$$, 'anon has no write policy');

-- Policies call auth.uid() and the helpers as (SELECT f()), an init plan evaluated
-- once per statement instead of once per row.
SELECT is_empty($$
  SELECT p.polrelid::regclass::text, p.polname FROM pg_catalog.pg_policy p,
         LATERAL (SELECT pg_catalog.regexp_replace(
                    COALESCE(pg_catalog.pg_get_expr(p.polqual, p.polrelid), '') || ' ' ||
                    COALESCE(pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid), ''),
                    '\( SELECT (auth\.(uid|jwt)|workshop_private\.\w+)\(\) AS \w+\)', '', 'g') AS rest) r
   WHERE r.rest ~ '(auth\.(uid|jwt)|workshop_private\.\w+)\('
$$, 'policies call auth.uid(), auth.jwt() and the workshop_private helpers wrapped in (SELECT ...)');

SELECT is_empty($$
  SELECT c.oid::regclass::text, c.relowner::regrole::text FROM pg_catalog.pg_class c
   WHERE c.relnamespace IN ('workshop'::regnamespace, 'workshop_private'::regnamespace)
     AND c.relowner IN ('anon'::regrole, 'authenticated'::regrole, 'service_role'::regrole)
$$, 'no API role owns a relation (owners bypass row level security)');

SELECT * FROM finish();
ROLLBACK;
