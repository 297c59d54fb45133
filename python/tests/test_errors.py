"""Database refusals come back as typed errors carrying the rule's name."""

from __future__ import annotations

import uuid
from typing import Any

import psycopg
import pytest

from workshop_db.connection import connect
from workshop_db.errors import PermissionDenied, RuleViolation, UniqueViolation, translated


def test_check_constraint_is_a_rule_violation(db: psycopg.Connection[Any]) -> None:
    with pytest.raises(RuleViolation) as caught, translated():
        db.execute("INSERT INTO workshop.customers (name, email) VALUES ('Ada', 'not-an-email')")
    assert caught.value.rule == "customers_email_plausible"
    assert caught.value.sqlstate == "23514"
    assert not isinstance(caught.value, UniqueViolation)
    assert isinstance(caught.value.__cause__, psycopg.errors.CheckViolation)


def test_duplicate_key_is_a_unique_violation_with_the_constraint(
    db: psycopg.Connection[Any],
) -> None:
    db.execute("INSERT INTO workshop.workers (name, email) VALUES ('Ann', 'ann@workshop.test')")
    with pytest.raises(UniqueViolation) as caught, translated():
        db.execute(
            "INSERT INTO workshop.workers (name, email) VALUES ('Ann B', 'ANN@workshop.test')"
        )
    assert caught.value.rule == "workers_email_key"
    assert caught.value.sqlstate == "23505"
    assert "ann@workshop.test" in (caught.value.detail or "").lower()


def test_insufficient_privilege_is_permission_denied(dsn: str) -> None:
    with (
        connect(dsn, jwt_sub=uuid.uuid4()) as conn,
        pytest.raises(PermissionDenied) as caught,
        translated(),
    ):
        conn.execute("INSERT INTO workshop.workers (name, email) VALUES ('Eve', 'eve@example.com')")
    assert caught.value.sqlstate == "42501"
