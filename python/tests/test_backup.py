"""Backups: a database holding the demo data, dumped with pg_dump (custom format) and
restored with pg_restore into a new database of the same cluster, as a DBA would.

The restore completes without an error (the data loads before the triggers, foreign
keys and policies are created, so nothing checks a row against a table not loaded
yet); the restored schema is the dumped one, policies and grants included; every table
holds the same rows and the reports read the same; `sqitch verify` passes; and the
rules are enforced again: a refused status change is refused with its rule's name, an
accepted one writes its history row.
"""

from __future__ import annotations

import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from conftest import PGHOST, PGPORT, PGUSER, ROOT, conninfo, sqitch, sqitch_target
from psycopg import sql
from snapshots import schema_dump, snapshot

from workshop_db import seeds

CLIENT = ["-h", PGHOST, "-p", str(PGPORT), "-U", PGUSER]


@pytest.fixture
def restored(db: psycopg.Connection[Any], dbname: str, tmp_path: Path) -> Iterator[str]:
    """dbname with the demo data, dumped and restored into a new database (dropped after)."""
    seeds.load(db, ROOT / "seed", demo=True)
    db.commit()
    dump = tmp_path / "workshop.dump"
    subprocess.run(
        ["pg_dump", *CLIENT, "--format=custom", "--file", str(dump), dbname],
        check=True,
        capture_output=True,
    )
    name = f"restored_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(conninfo("postgres"), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        result = subprocess.run(
            ["pg_restore", *CLIENT, "--exit-on-error", "--dbname", name, str(dump)],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr
        yield name
    finally:
        with psycopg.connect(conninfo("postgres"), autocommit=True) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


def test_restore_gives_back_the_schema_the_rows_and_the_reports(restored: str, dbname: str) -> None:
    assert schema_dump(restored) == schema_dump(dbname)
    dumped_tables, dumped_reports = snapshot(dbname)
    restored_tables, restored_reports = snapshot(restored)
    assert dumped_tables["workshop.orders"][0] == 30, "the demo data was dumped"
    assert restored_tables == dumped_tables
    assert restored_reports == dumped_reports
    result = sqitch("verify", sqitch_target(restored), check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_restored_database_enforces_the_rules(restored: str) -> None:
    with psycopg.connect(conninfo(restored)) as conn:
        conn.execute("SET workshop.change_reason = 'backup test'")
        order = conn.execute(
            "SELECT id FROM workshop.orders WHERE status = 'pending' ORDER BY order_number LIMIT 1"
        ).fetchone()
        assert order is not None
        with pytest.raises(psycopg.errors.CheckViolation) as refused:
            conn.execute("UPDATE workshop.orders SET status = 'delivered' WHERE id = %s", order)
        assert refused.value.diag.constraint_name == "order_status_transition"
        conn.rollback()
        conn.execute("SET workshop.change_reason = 'backup test'")
        conn.execute("UPDATE workshop.orders SET status = 'on_hold' WHERE id = %s", order)
        logged = conn.execute(
            "SELECT old_status::text, new_status::text, reason FROM workshop.order_status_history"
            " WHERE order_id = %s ORDER BY id DESC LIMIT 1",
            order,
        ).fetchone()
        assert logged == ("pending", "on_hold", "backup test")
