"""Connection resolution and acting as someone."""

from __future__ import annotations

import uuid
from typing import Any

import psycopg
import pytest

from workshop_db.connection import DEMO_DSN, act_as_worker, connect, resolve_dsn


@pytest.mark.parametrize(
    ("dsn", "env", "expected"),
    [
        ("host=x", {"DATABASE_URL": "postgresql://y"}, "host=x"),
        (None, {"DATABASE_URL": "postgresql://y", "PGHOST": "z"}, "postgresql://y"),
        (None, {"PGHOST": "z"}, ""),  # libpq reads the PG* variables itself
        (None, {"PGDATABASE": "w"}, ""),
        (None, {"PGPASSWORD": "secret"}, DEMO_DSN),
        (None, {}, DEMO_DSN),
    ],
)
def test_resolve_dsn_order(dsn: str | None, env: dict[str, str], expected: str) -> None:
    assert resolve_dsn(dsn, env) == expected


def test_as_worker_sets_the_acting_worker(dsn: str, manager: uuid.UUID) -> None:
    with connect(dsn, as_worker=manager) as conn:
        row = conn.execute("SELECT workshop_private.current_worker_id()").fetchone()
        assert row == (manager,)


def test_jwt_sub_becomes_an_authenticated_user(dsn: str) -> None:
    sub = uuid.uuid4()
    with connect(dsn, jwt_sub=sub) as conn:
        row = conn.execute("SELECT current_user::text, auth.uid()").fetchone()
        assert row == ("authenticated", sub)


def test_transaction_local_worker_ends_with_the_transaction(
    db: psycopg.Connection[Any], manager: uuid.UUID
) -> None:
    db.execute("SELECT set_config('workshop.worker_id', '', false)")
    db.commit()
    act_as_worker(db, manager)
    assert db.execute("SELECT workshop_private.current_worker_id()").fetchone() == (manager,)
    db.commit()
    assert db.execute("SELECT workshop_private.current_worker_id()").fetchone() == (None,)
