"""Deploying and reverting as a database owner who is not a superuser, as on Supabase:
there the API roles and the `extensions` schema with pg_trgm and pg_stat_statements
exist before the deploy, and the role that deploys owns the objects without being a
superuser. The fixture builds that: the roles (`deploy/roles.sql`, idempotent), the
extensions created by a superuser, and a new role owning a new database.
"""

from __future__ import annotations

import subprocess
import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from conftest import PGHOST, PGPORT, PGUSER, ROOT, conninfo, deployed, sqitch, sqitch_target
from psycopg import sql


@pytest.fixture
def owned() -> Iterator[tuple[str, str]]:
    """(role, database): a new role, no superuser, owning a new database."""
    tag = uuid.uuid4().hex[:10]
    role, db = f"owner_{tag}", f"owned_{tag}"
    subprocess.run(
        ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", PGHOST, "-p", str(PGPORT),
         "-U", PGUSER, "-d", "postgres", "-f", str(ROOT / "deploy" / "roles.sql")],
        check=True, capture_output=True,
    )  # fmt: skip
    with psycopg.connect(conninfo("postgres"), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN NOSUPERUSER").format(sql.Identifier(role)))
        conn.execute(
            sql.SQL("CREATE DATABASE {} OWNER {}").format(sql.Identifier(db), sql.Identifier(role))
        )
    try:
        with psycopg.connect(conninfo(db), autocommit=True) as conn:
            conn.execute("CREATE SCHEMA extensions")
            conn.execute(
                sql.SQL(
                    "GRANT USAGE ON SCHEMA extensions TO anon, authenticated, service_role, {}"
                ).format(sql.Identifier(role))
            )
            conn.execute("CREATE EXTENSION pg_trgm SCHEMA extensions")
            available = conn.execute(
                "SELECT count(*) FROM pg_available_extensions WHERE name = 'pg_stat_statements'"
            ).fetchone()
            if available == (1,):
                conn.execute("CREATE EXTENSION pg_stat_statements SCHEMA extensions")
        yield role, db
    finally:
        with psycopg.connect(conninfo("postgres"), autocommit=True) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(db))
            )
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))


def test_deploys_as_a_non_superuser_owner(owned: tuple[str, str]) -> None:
    role, db = owned
    result = sqitch("deploy", "--verify", sqitch_target(db, role), check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    with psycopg.connect(conninfo(db)) as conn:
        others = conn.execute(
            "SELECT count(*) FROM pg_class"
            " WHERE relnamespace IN ('workshop'::regnamespace, 'workshop_private'::regnamespace)"
            "   AND relowner <> %s::regrole",
            [role],
        ).fetchone()
        assert others == (0,), "every relation of ours belongs to the role that deployed"
    # The rules hold for a database whose owner is no superuser.
    with psycopg.connect(conninfo(db), user=role) as conn:
        model = conn.execute(
            "INSERT INTO workshop.headphone_models (name, sku_prefix, complexity, base_price,"
            " base_production_hours, wood_types)"
            " VALUES ('Test', 'TST', 'low', 1000, 10, '{Walnut}') RETURNING id"
        ).fetchone()
        with pytest.raises(psycopg.errors.CheckViolation) as refused:
            conn.execute(
                "INSERT INTO workshop.orders (order_number, model_id, wood_type, status)"
                " VALUES ('NSU-1', %s, 'Walnut', 'shipped')",
                model,
            )
        assert refused.value.diag.constraint_name == "order_status_transition"


def test_revert_keeps_the_padauk_label_when_asked(owned: tuple[str, str]) -> None:
    """Deleting an enum label needs a superuser: the revert refuses and names the way
    out; with keep_padauk set it reverts the change, leaving the label in the type, and
    then everything else; the project deploys again."""
    role, db = owned
    uri = sqitch_target(db, role)
    sqitch("deploy", uri)
    refused = sqitch("revert", "-y", uri, check=False)
    assert refused.returncode != 0
    assert f"needs a superuser; {role} is not one" in refused.stderr
    assert "sqitch revert --set keep_padauk=1" in refused.stderr
    assert deployed(db)[-1] == "types/wood_type_padauk", "the revert stopped at the label"

    kept = sqitch("revert", "-y", "--set", "keep_padauk=1", "--to", "types/wood_type_padauk^", uri)
    assert "keeps its label Padauk" in kept.stderr
    assert "types/wood_type_padauk" not in deployed(db)
    with psycopg.connect(conninfo(db)) as conn:
        labels: Any = conn.execute("SELECT enum_range(NULL::workshop.wood_type)::text[]").fetchone()
    assert labels[0][-1] == "Padauk"

    reverted = sqitch("revert", "-y", "--set", "keep_padauk=1", uri, check=False)
    assert reverted.returncode == 0, reverted.stdout + reverted.stderr
    assert deployed(db) == []
    redeployed = sqitch("deploy", "--verify", uri, check=False)
    assert redeployed.returncode == 0, redeployed.stdout + redeployed.stderr
