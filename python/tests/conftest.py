"""Test fixtures: databases cloned from a template that Sqitch deploys once per session.

`make test` starts a throw-away cluster and exports PGHOST/PGPORT/PGUSER; the
pytest-postgresql noproc factory connects to it (its own process fixture cannot run as
root), deploys the schema into the template `workshop_pytest_tmpl` with `sqitch
deploy` plus the reference seeds, and every test that asks for `db` gets a database
cloned from that template and dropped afterwards.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import psycopg
import pytest
from psycopg import sql
from pytest_postgresql import factories

from workshop_db import seeds

ROOT = Path(__file__).resolve().parents[2]
PGHOST = os.environ.get("PGHOST", "127.0.0.1")
PGPORT = int(os.environ.get("PGPORT", "54329"))
PGUSER = os.environ.get("PGUSER", "postgres")


def load_bench_run() -> ModuleType:
    """bench/run.py, the benchmark (a script, not a package), loaded once per session."""
    if "bench_run" not in sys.modules:
        spec = importlib.util.spec_from_file_location("bench_run", ROOT / "bench" / "run.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # its dataclasses look their module up there
        spec.loader.exec_module(module)
    return sys.modules["bench_run"]


def sqitch_target(dbname: str, user: str = PGUSER) -> str:
    return f"db:pg://{user}@{PGHOST}:{PGPORT}/{dbname}"


def deployed(dbname: str) -> list[str]:
    """The changes sqitch has deployed to dbname, in order."""
    with psycopg.connect(conninfo(dbname)) as conn:
        rows = conn.execute("SELECT change FROM sqitch.changes ORDER BY committed_at").fetchall()
    return [r[0] for r in rows]


def conninfo(dbname: str) -> str:
    return f"host={PGHOST} port={PGPORT} user={PGUSER} dbname={dbname}"


def sqitch(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run sqitch from the project root; the result keeps stdout and stderr."""
    return subprocess.run(["sqitch", *args], cwd=ROOT, capture_output=True, text=True, check=check)


def load_reference_seeds(dbname: str) -> None:
    """seed/reference, loaded by the package's own loader (what `workshop-db seed` does)."""
    with psycopg.connect(conninfo(dbname)) as conn:
        seeds.load(conn, ROOT / "seed")


def deploy_template(host: str, port: int, user: str, dbname: str, **_: Any) -> None:
    sqitch("deploy", sqitch_target(dbname))
    load_reference_seeds(dbname)


postgresql_noproc = factories.postgresql_noproc(
    host=PGHOST, port=PGPORT, user=PGUSER, dbname="workshop_pytest", load=[deploy_template]
)
db = factories.postgresql("postgresql_noproc")


@pytest.fixture
def dbname(db: psycopg.Connection[Any]) -> str:
    """Name of this test's cloned database (for subprocesses and second connections)."""
    return str(db.info.dbname)


@pytest.fixture
def empty_database() -> Iterator[str]:
    """A new empty database, dropped after the test."""
    name = f"empty_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(conninfo("postgres"), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield name
    finally:
        with psycopg.connect(conninfo("postgres"), autocommit=True) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


# --- fixtures of the Python package's tests -------------------------------------------

API_FUNCTION = "workshop.set_order_status(uuid,workshop.order_status,text)"


@pytest.fixture
def api(db: psycopg.Connection[Any]) -> None:
    """Skip unless the API functions (set_order_status, advance_batch, ...) are deployed.

    They and the rule triggers arrive from another change set; this is the one place a
    test is skipped for their absence, so that once they are merged every test runs.
    """
    row = db.execute("SELECT to_regprocedure(%s) IS NOT NULL", [API_FUNCTION]).fetchone()
    if not (row and row[0]):
        pytest.skip(f"API function {API_FUNCTION} is not deployed yet")


@pytest.fixture
def dsn(dbname: str) -> str:
    """Connection string of this test's database (for the CLI and extra connections)."""
    return conninfo(dbname)


@pytest.fixture
def manager(db: psycopg.Connection[Any]) -> uuid.UUID:
    """A committed manager worker; `db` acts as them (session setting workshop.worker_id)."""
    row = db.execute(
        "INSERT INTO workshop.workers (name, email, role)"
        " VALUES ('Mara Manager', 'mara@workshop.test', 'manager') RETURNING id"
    ).fetchone()
    assert row is not None
    db.execute("SELECT set_config('workshop.worker_id', %s, false)", [str(row[0])])
    db.commit()
    return uuid.UUID(str(row[0]))


def run_cli(*args: str, check: bool = False) -> subprocess.CompletedProcess[str]:
    """`workshop-db ARGS` as a subprocess (python -m workshop_db), output kept."""
    import sys

    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "workshop_db", *args],
        capture_output=True, text=True, check=check, env=env, cwd=ROOT / "python",
    )  # fmt: skip
