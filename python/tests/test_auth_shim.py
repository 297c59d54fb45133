"""The auth shim on a database that already has Supabase's auth schema.

A Supabase project has its own `auth` schema with `auth.uid()` and `auth.jwt()`. The
same `sqitch deploy` must use them, create nothing in `auth`, and its revert must leave
them exactly as they were.
"""

from __future__ import annotations

from typing import Any

import psycopg
from conftest import conninfo, sqitch, sqitch_target

# A stand-in for Supabase's auth schema: its own table, and uid()/jwt() as Supabase
# defines them (without this project's comment marker, and without a fixed search_path).
SUPABASE_AUTH = """
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'anon') THEN
    CREATE ROLE anon NOLOGIN NOINHERIT;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'authenticated') THEN
    CREATE ROLE authenticated NOLOGIN NOINHERIT;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'service_role') THEN
    CREATE ROLE service_role NOLOGIN NOINHERIT BYPASSRLS;
  END IF;
END
$$;
CREATE SCHEMA auth;
COMMENT ON SCHEMA auth IS 'Supabase auth (stand-in)';
CREATE TABLE auth.users (id uuid PRIMARY KEY, email text);
CREATE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT coalesce(
    nullif(current_setting('request.jwt.claim.sub', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub')
  )::uuid
$$;
CREATE FUNCTION auth.jwt() RETURNS jsonb LANGUAGE sql STABLE AS $$
  SELECT coalesce(
    nullif(current_setting('request.jwt.claim', true), ''),
    nullif(current_setting('request.jwt.claims', true), '')
  )::jsonb
$$;
COMMENT ON FUNCTION auth.uid() IS 'Supabase: the user id of the request';
GRANT USAGE ON SCHEMA auth TO anon, authenticated, service_role;
GRANT EXECUTE ON FUNCTION auth.uid(), auth.jwt() TO anon, authenticated, service_role;
"""

# Everything of the auth schema that the deploy or revert could touch.
AUTH_SNAPSHOT = """
SELECT 'schema', n.oid::text, obj_description(n.oid, 'pg_namespace'), n.nspacl::text
  FROM pg_namespace n WHERE n.nspname = 'auth'
UNION ALL
SELECT 'function ' || p.oid::regprocedure::text, p.oid::text,
       coalesce(obj_description(p.oid, 'pg_proc'), '') || ' | ' || p.prosrc, p.proacl::text
  FROM pg_proc p WHERE p.pronamespace = 'auth'::regnamespace
UNION ALL
SELECT 'relation ' || c.relname, c.oid::text, c.relkind::text, c.relacl::text
  FROM pg_class c WHERE c.relnamespace = 'auth'::regnamespace
ORDER BY 1
"""


def auth_snapshot(dbname: str) -> list[tuple[Any, ...]]:
    with psycopg.connect(conninfo(dbname)) as conn:
        return conn.execute(AUTH_SNAPSHOT).fetchall()


def test_deploy_and_revert_keep_supabase_auth(empty_database: str) -> None:
    with psycopg.connect(conninfo(empty_database), autocommit=True) as conn:
        conn.execute(SUPABASE_AUTH)
    before = auth_snapshot(empty_database)
    assert [row[0] for row in before] == [
        "function auth.jwt()",
        "function auth.uid()",
        "relation users",
        "relation users_pkey",
        "schema",
    ]

    target = sqitch_target(empty_database)
    sqitch("deploy", "--verify", target)
    # The shim created nothing and replaced nothing: same objects, same oids, same code.
    assert auth_snapshot(empty_database) == before

    with psycopg.connect(conninfo(empty_database)) as conn:
        # The policies work with Supabase's own auth.uid().
        conn.execute(
            "INSERT INTO workshop.workers (auth_user_id, name, email, role)"
            " VALUES ('a2000000-0000-4000-8000-000000000001', 'Mia', 'mia@shim.test', 'manager')"
        )
        conn.execute(
            "INSERT INTO workshop.customers (auth_user_id, name, email)"
            " VALUES ('a2000000-0000-4000-8000-000000000002', 'Cy', 'cy@shim.test')"
        )
        conn.execute("SET LOCAL ROLE authenticated")
        claims = "SELECT set_config('request.jwt.claims', %s, true)"
        conn.execute(claims, ['{"sub": "a2000000-0000-4000-8000-000000000001"}'])
        assert conn.execute("SELECT workshop_private.current_worker_role()").fetchone() == (
            "manager",
        )
        assert conn.execute("SELECT count(*) FROM workshop.customers").fetchone() == (1,)
        conn.execute(claims, ['{"sub": "a2000000-0000-4000-8000-000000000002"}'])
        assert conn.execute("SELECT workshop_private.current_worker_role()").fetchone() == (None,)
        assert conn.execute("SELECT name FROM workshop.customers").fetchall() == [("Cy",)]
        conn.rollback()

    sqitch("revert", "-y", target)
    assert auth_snapshot(empty_database) == before
    with psycopg.connect(conninfo(empty_database)) as conn:
        left = conn.execute(
            "SELECT nspname FROM pg_namespace WHERE nspname IN ('workshop', 'workshop_private')"
        ).fetchall()
        assert left == []
