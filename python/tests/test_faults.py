"""Faults survived, nothing lost: a deploy failing half-way, clients killed in the middle
of a batch completion, a Shopify import and a seed load, a crash of the whole cluster
while orders are written, and a concurrent refresh cancelled half-way.

Every kill happens at a known point: a second session holds a lock the victim needs,
the test waits until `pg_blocking_pids()` shows the victim waiting on it (and holding a
transaction id, so it has already written), then terminates or cancels it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from conftest import ROOT, conninfo, sqitch_target
from psycopg import sql
from snapshots import schema_dump
from writers import Writers

# Tables whose rows a killed client could leave half-written.
TABLES = (
    "workers", "customers", "orders", "order_status_history", "batches", "batch_metadata",
    "batch_orders", "batch_stage_history", "quality_checks", "work_logs",
)  # fmt: skip


def snapshot(conn: psycopg.Connection[Any]) -> dict[str, list[str]]:
    """Every row of the tables above, as sorted JSON text: equal snapshots, equal data."""
    result = {}
    for table in TABLES:
        rows = conn.execute(
            sql.SQL("SELECT to_jsonb(t)::text FROM workshop.{} t ORDER BY 1").format(
                sql.Identifier(table)
            )
        ).fetchall()
        result[table] = [r[0] for r in rows]
    conn.commit()
    return result


def wait_blocked_by(conn: psycopg.Connection[Any], blocker_pid: int, timeout: float = 60) -> int:
    """The pid of the session that waits for blocker_pid (and has written: it holds its
    own transaction id), once there is one."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        row = conn.execute(
            "SELECT a.pid FROM pg_stat_activity a"
            " WHERE %s = ANY (pg_blocking_pids(a.pid))"
            "   AND EXISTS (SELECT FROM pg_locks l WHERE l.pid = a.pid"
            "               AND l.locktype = 'transactionid' AND l.granted)",
            [blocker_pid],
        ).fetchone()
        conn.commit()
        if row is not None:
            return int(row[0])
        time.sleep(0.05)
    raise AssertionError(f"no session waited for {blocker_pid} within {timeout} s")


def in_thread(fn: Callable[[], Any]) -> tuple[threading.Thread, list[BaseException]]:
    errors: list[BaseException] = []

    def run() -> None:
        try:
            fn()
        except BaseException as exc:
            errors.append(exc)

    t = threading.Thread(target=run, daemon=True)
    t.start()
    return t, errors


def cli(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "workshop_db", *args],
        cwd=ROOT / "python", env=env, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip


# --- a deploy that fails half-way ---------------------------------------------------

BROKEN_CHANGE = "tables/orders_gift_wrap"
BROKEN_DEPLOY = """-- Deploy workshop_db:tables/orders_gift_wrap to pg
-- requires: tables/orders
BEGIN;
ALTER TABLE workshop.orders ADD COLUMN gift_wrap boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN workshop.orders.gift_wrap IS 'Wrap it as a gift.';
CREATE INDEX idx_orders_gift_wrap ON workshop.orders (gift_wrap);
UPDATE workshop.orders SET gift_wrap = true WHERE notes ILIKE '%gift%';
INSERT INTO workshop.gift_wrap_papers (name) VALUES ('kraft');
COMMIT;
"""


def test_a_deploy_failing_half_way_leaves_the_previous_change(
    tmp_path: Path, empty_database: str
) -> None:
    project = tmp_path / "project"
    project.mkdir()
    for name in ("deploy", "revert", "verify"):
        shutil.copytree(ROOT / name, project / name)
    shutil.copy(ROOT / "sqitch.conf", project / "sqitch.conf")
    # The plan up to tables/orders (a prefix keeps the test short), then the new change.
    plan = []
    for line in (ROOT / "sqitch.plan").read_text().splitlines():
        plan.append(line)
        if line.startswith("tables/orders "):
            break
    plan.append(
        f"{BROKEN_CHANGE} [tables/orders] 2026-11-25T18:00:00Z Workshop DB"
        " <dev@workshop-db.invalid> # Gift wrapping"
    )
    (project / "sqitch.plan").write_text("\n".join(plan) + "\n")
    # A change of the prefix that was reworked after the tag is, in this plan, its
    # released version: sqitch keeps that as <change>@<tag>.sql.
    for name in ("deploy", "revert", "verify"):
        for kept in (project / name).rglob("*@*.sql"):
            kept.replace(kept.with_name(kept.name.split("@")[0] + ".sql"))
    (project / "deploy" / f"{BROKEN_CHANGE}.sql").write_text(BROKEN_DEPLOY)
    (project / "revert" / f"{BROKEN_CHANGE}.sql").write_text(
        "BEGIN;\nALTER TABLE workshop.orders DROP COLUMN gift_wrap;\nCOMMIT;\n"
    )
    (project / "verify" / f"{BROKEN_CHANGE}.sql").write_text(
        "BEGIN;\nSELECT gift_wrap FROM workshop.orders WHERE false;\nROLLBACK;\n"
    )

    def sq(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["sqitch", *args, sqitch_target(empty_database)],
            cwd=project, capture_output=True, text=True, check=False,
        )  # fmt: skip

    assert sq("deploy", "--verify", "--to", "tables/orders").returncode == 0
    before = schema_dump(empty_database)
    status_before = sq("status").stdout

    failed = sq("deploy", "--verify")
    assert failed.returncode != 0
    assert 'relation "workshop.gift_wrap_papers" does not exist' in failed.stderr
    assert schema_dump(empty_database) == before, "the ALTER, COMMENT and INDEX were rolled back"
    status = sq("status")
    assert status.stdout == status_before
    assert re.search(r"^# Name: +tables/orders$", status.stdout, re.M), status.stdout
    with psycopg.connect(conninfo(empty_database)) as conn:
        events = conn.execute(
            "SELECT event FROM sqitch.events WHERE change = %s", [BROKEN_CHANGE]
        ).fetchall()
    assert events == [("fail",)], "Sqitch records the failure, not a deploy"

    # The fixed change deploys (and verifies) on the same database.
    fixed = BROKEN_DEPLOY.replace(
        "INSERT INTO workshop.gift_wrap_papers (name) VALUES ('kraft');\n", ""
    )
    (project / "deploy" / f"{BROKEN_CHANGE}.sql").write_text(fixed)
    result = sq("deploy", "--verify")
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(f"^# Name: +{BROKEN_CHANGE}$", sq("status").stdout, re.M)


# --- clients killed half-way ----------------------------------------------------------


def model_id(conn: psycopg.Connection[Any], prefix: str) -> uuid.UUID:
    row = conn.execute(
        "SELECT id FROM workshop.headphone_models WHERE sku_prefix = %s", [prefix]
    ).fetchone()
    assert row is not None
    return uuid.UUID(str(row[0]))


def test_complete_batch_killed_half_way_leaves_nothing(
    db: psycopg.Connection[Any], manager: uuid.UUID, dbname: str
) -> None:
    att = model_id(db, "ATT")
    orders = [
        db.execute(
            "INSERT INTO workshop.orders (order_number, model_id, wood_type)"
            " VALUES (%s, %s, 'Sapele') RETURNING id",
            [f"KB-{i}", att],
        ).fetchone()[0]  # type: ignore[index]
        for i in range(3)
    ]
    batch = db.execute("SELECT id FROM workshop.create_batch('KB-1')").fetchone()[0]  # type: ignore[index]
    for o in orders:
        db.execute("SELECT workshop.add_order_to_batch(%s, %s)", [batch, o])
    for _ in range(6):  # Intake -> Shipping: the orders become ready_to_ship
        db.execute("SELECT workshop.advance_batch(%s, 'to shipping')", [batch])
    db.commit()
    before = snapshot(db)

    # The completion ships the orders in order_id order: the last one is locked here, so
    # the victim has shipped the first two (and locked the batch) when it waits.
    blocker = psycopg.connect(conninfo(dbname))
    victim = psycopg.connect(conninfo(dbname))
    victim.execute("SELECT set_config('workshop.worker_id', %s, false)", [str(manager)])
    victim.commit()
    try:
        blocker.execute("SELECT 1 FROM workshop.orders WHERE id = %s FOR UPDATE", [max(orders)])
        thread, errors = in_thread(
            lambda: victim.execute("SELECT workshop.complete_batch(%s)", [batch])
        )
        pid = wait_blocked_by(db, blocker.info.backend_pid)
        assert pid == victim.info.backend_pid
        assert db.execute("SELECT pg_terminate_backend(%s)", [pid]).fetchone() == (True,)
        db.commit()
        thread.join(30)
        assert len(errors) == 1 and isinstance(errors[0], psycopg.OperationalError), errors
        blocker.rollback()
    finally:
        blocker.close()
        victim.close()

    assert snapshot(db) == before, "no shipped order, history row or closed membership is left"
    # Nothing is stuck either: the completion runs from a new session.
    db.execute("SELECT workshop.complete_batch(%s)", [batch])
    row = db.execute(
        "SELECT count(*) FILTER (WHERE status = 'shipped') FROM workshop.orders WHERE id = ANY(%s)",
        [orders],
    ).fetchone()
    assert row == (3,)


def shopify_order(n: int, items: list[tuple[str, str, int]]) -> dict[str, Any]:
    return {
        "id": 9100000000 + n,
        "name": f"#K{n}",
        "email": f"killed{n}@example.test",
        "customer": {
            "id": 9200000000 + n,
            "first_name": "Killed",
            "last_name": f"Import {n}",
            "email": f"killed{n}@example.test",
        },
        "line_items": [
            {
                "id": 9300000000 + 10 * n + k,
                "sku": f"{prefix}-X-{k}",
                "title": prefix,
                "variant_title": f"{wood} / Standard",
                "quantity": qty,
                "price": "999.00",
            }
            for k, (prefix, wood, qty) in enumerate(items, start=1)
        ],
    }


def counts(conn: psycopg.Connection[Any]) -> dict[str, int]:
    return {t: len(rows) for t, rows in snapshot(conn).items()}


def test_shopify_import_killed_half_way_leaves_no_partial_order(
    db: psycopg.Connection[Any], dbname: str, tmp_path: Path
) -> None:
    documents = [
        shopify_order(1, [("ATT", "Sapele", 2)]),
        shopify_order(2, [("EIK", "Cherry", 1), ("ATT", "Walnut", 1)]),
        shopify_order(3, [("CAL", "Ziricote", 1)]),
    ]
    path = tmp_path / "orders.json"
    path.write_text(json.dumps({"orders": documents}))
    before = counts(db)

    # The second Shopify order's second unit is being inserted by another session: the
    # import waits on it after upserting that order's customer and inserting its first unit.
    blocker = psycopg.connect(conninfo(dbname))
    try:
        blocker.execute(
            "INSERT INTO workshop.orders (order_number, shopify_order_id, shopify_line_item_id,"
            " line_unit, model_id, wood_type) VALUES ('BLOCK-1', %s, %s, 1, %s, 'Walnut')",
            ["9100000002", "9300000022", model_id(db, "ATT")],
        )
        proc = cli("import-shopify", str(path), "--dsn", conninfo(dbname), "--json")
        pid = wait_blocked_by(db, blocker.info.backend_pid)
        db.execute("SELECT pg_terminate_backend(%s)", [pid])
        db.commit()
        _, stderr = proc.communicate(timeout=60)
        assert proc.returncode != 0, stderr
        blocker.rollback()
    finally:
        blocker.close()

    after = counts(db)
    # The first Shopify order committed whole (two units, their history, its customer);
    # nothing of the second (not its customer, not its first unit) or the third.
    assert after["orders"] == before["orders"] + 2
    assert after["order_status_history"] == before["order_status_history"] + 2
    assert after["customers"] == before["customers"] + 1
    rows = db.execute(
        "SELECT c.shopify_customer_id, count(o.id) FROM workshop.customers c"
        " LEFT JOIN workshop.orders o ON o.customer_id = c.id"
        " WHERE c.shopify_customer_id LIKE '92000000%%' GROUP BY 1"
    ).fetchall()
    db.commit()
    assert rows == [("9200000001", 2)]

    # Run again, it completes: the first order is unchanged, the others arrive whole.
    result = subprocess.run(
        [sys.executable, "-m", "workshop_db", "import-shopify", str(path),
         "--dsn", conninfo(dbname), "--json"],
        cwd=ROOT / "python", capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["imported"], summary["unchanged"]) == (3, 2)
    final = counts(db)
    assert final["orders"] == before["orders"] + 5
    assert final["customers"] == before["customers"] + 3


def test_seed_load_killed_half_way_leaves_nothing(db: psycopg.Connection[Any], dbname: str) -> None:
    before = snapshot(db)
    # The demo data creates its batches last: by then its workers, customers and orders
    # are written, in the same transaction.
    blocker = psycopg.connect(conninfo(dbname))
    try:
        blocker.execute("LOCK TABLE workshop.batches IN SHARE MODE")
        proc = cli("seed", "--demo", "--dsn", conninfo(dbname))
        pid = wait_blocked_by(db, blocker.info.backend_pid)
        written = db.execute(
            "SELECT backend_xid IS NOT NULL FROM pg_stat_activity WHERE pid = %s", [pid]
        ).fetchone()
        assert written == (True,)
        db.execute("SELECT pg_terminate_backend(%s)", [pid])
        db.commit()
        _, stderr = proc.communicate(timeout=60)
        assert proc.returncode != 0, stderr
        blocker.rollback()
    finally:
        blocker.close()
    assert snapshot(db) == before

    result = subprocess.run(
        [sys.executable, "-m", "workshop_db", "seed", "--demo", "--dsn", conninfo(dbname)],
        cwd=ROOT / "python", capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    loaded = counts(db)
    assert loaded["batches"] > len(before["batches"])
    assert loaded["orders"] > len(before["orders"])


# --- the cluster crashes while orders are written ----------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def crash_cluster(dbname: str) -> Iterator[tuple[Path, int, str]]:
    """A throw-away cluster of its own (fsync on), holding a copy of this test's
    database; stopped and removed afterwards. Never the suite's cluster."""
    work = Path(tempfile.mkdtemp(prefix="workshop-crash-", dir="/tmp"))
    work.chmod(0o755)
    data, port = work / "data", free_port()
    env = {**os.environ, "PG_FSYNC": "on"}
    pg_sh = str(ROOT / "scripts" / "pg.sh")
    subprocess.run([pg_sh, "start", str(data), str(port)], env=env, check=True)
    try:
        dsn = f"host=127.0.0.1 port={port} user=postgres dbname=crash"
        admin = f"host=127.0.0.1 port={port} user=postgres dbname=postgres"
        subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", admin,
                        "-f", str(ROOT / "deploy" / "roles.sql")],
                       check=True, capture_output=True)  # fmt: skip
        subprocess.run(["psql", "-X", "-q", "-d", admin, "-c", "CREATE DATABASE crash"],
                       check=True, capture_output=True)  # fmt: skip
        dump = subprocess.run(
            ["pg_dump", "-Fc", "-d", conninfo(dbname)], check=True, capture_output=True
        ).stdout
        subprocess.run(["pg_restore", "--exit-on-error", "-d", dsn],
                       input=dump, check=True, capture_output=True)  # fmt: skip
        yield data, port, dsn
    finally:
        subprocess.run([pg_sh, "stop", str(data), str(port)],
                       env={**env, "PG_STOP_MODE": "immediate"}, check=False)  # fmt: skip
        shutil.rmtree(work, ignore_errors=True)


def test_crash_loses_no_committed_order(crash_cluster: tuple[Path, int, str]) -> None:
    data, port, dsn = crash_cluster
    pg_sh = str(ROOT / "scripts" / "pg.sh")
    with psycopg.connect(dsn) as conn:
        worker = conn.execute(
            "INSERT INTO workshop.workers (name, email, role)"
            " VALUES ('Crash Tester', 'crash@workshop.test', 'manager') RETURNING id"
        ).fetchone()[0]  # type: ignore[index]
        model = model_id(conn, "VER")
    writers = Writers(dsn, worker, model, count=2, tag="CR", max_seconds=60)
    with writers:
        writers.wait_for(600)
        subprocess.run([pg_sh, "stop", str(data), str(port)],
                       env={**os.environ, "PG_STOP_MODE": "immediate"}, check=True)  # fmt: skip
    log = writers.log
    committed = list(log.committed_order_ids)
    assert len(committed) >= 100
    assert len(log.errors) == 2, "both writers lost their connection in the crash"

    subprocess.run([pg_sh, "start", str(data), str(port)], check=True)
    with psycopg.connect(dsn) as conn:
        present = conn.execute(
            "SELECT count(*) FROM workshop.orders WHERE id = ANY(%s)", [committed]
        ).fetchone()
        logged = conn.execute(
            "SELECT count(DISTINCT order_id) FROM workshop.order_status_history"
            " WHERE order_id = ANY(%s)",
            [committed],
        ).fetchone()
        # Every order that exists (committed before the crash, acknowledged or not) has
        # the history its statuses need.
        unlogged = conn.execute(
            "SELECT count(*) FROM workshop.orders o WHERE NOT EXISTS"
            " (SELECT FROM workshop.order_status_history h WHERE h.order_id = o.id)"
        ).fetchone()
    assert present == (len(committed),)
    assert logged == (len(committed),)
    assert unlogged == (0,)
    print(f"{len(committed)} acknowledged orders before the crash, all present after recovery")
    server_log = (data / "server.log").read_text()
    assert "database system was not properly shut down; automatic recovery in progress" in (
        server_log
    )


# --- a concurrent refresh cancelled half-way -------------------------------------------


SUMMARY = "SELECT to_jsonb(s)::text FROM workshop_private.production_summary s ORDER BY 1"
STATE = "SELECT to_jsonb(s)::text FROM workshop_private.production_summary_state s"


def test_cancelled_concurrent_refresh_keeps_the_old_summary(
    db: psycopg.Connection[Any], manager: uuid.UUID, dbname: str
) -> None:
    att = model_id(db, "ATT")
    order = db.execute(
        "INSERT INTO workshop.orders (order_number, model_id, wood_type)"
        " VALUES ('RF-1', %s, 'Cherry') RETURNING id",
        [att],
    ).fetchone()[0]  # type: ignore[index]
    batch = db.execute("SELECT id FROM workshop.create_batch('RF-B1')").fetchone()[0]  # type: ignore[index]
    db.execute("SELECT workshop.add_order_to_batch(%s, %s)", [batch, order])
    db.commit()
    assert db.execute("SELECT status FROM workshop.refresh_production_summary()").fetchone() == (
        "refreshed",
    )
    db.commit()
    old = db.execute(SUMMARY).fetchall()
    assert len(old) >= 1
    db.execute("SELECT workshop.create_batch('RF-B2')")  # the next refresh would show it
    db.commit()
    state = db.execute(STATE).fetchall()
    db.commit()

    # A session holding batch_metadata (a source of the summary) exclusively stalls the
    # refresh's query half-way: it has started REFRESH ... CONCURRENTLY (and holds its
    # locks) when it waits.
    blocker = psycopg.connect(conninfo(dbname))
    victim = psycopg.connect(conninfo(dbname))
    reader = psycopg.connect(conninfo(dbname))
    try:
        blocker.execute("LOCK TABLE workshop.batch_metadata IN ACCESS EXCLUSIVE MODE")
        thread, errors = in_thread(
            lambda: victim.execute("SELECT * FROM workshop.refresh_production_summary()")
        )
        deadline = time.monotonic() + 60
        while not db.execute(
            "SELECT %s = ANY (pg_blocking_pids(%s))",
            [blocker.info.backend_pid, victim.info.backend_pid],
        ).fetchone()[0]:  # type: ignore[index]
            db.commit()
            assert time.monotonic() < deadline, "the refresh never waited"
            time.sleep(0.05)
        db.commit()
        # Readers are not blocked meanwhile and see the old rows.
        reader.execute("SET lock_timeout = '2s'")
        assert reader.execute(SUMMARY).fetchall() == old
        reader.commit()
        assert db.execute("SELECT pg_cancel_backend(%s)", [victim.info.backend_pid]).fetchone() == (
            True,
        )
        db.commit()
        thread.join(30)
        assert len(errors) == 1 and isinstance(errors[0], psycopg.errors.QueryCanceled), errors
        victim.rollback()
        assert reader.execute(SUMMARY).fetchall() == old
        assert reader.execute(STATE).fetchall() == state, "still marked stale, same refresh time"
        reader.commit()
        blocker.rollback()
    finally:
        blocker.close()
        victim.close()
        reader.close()

    # Once the lock is gone the refresh completes and shows the new batch.
    assert db.execute("SELECT status FROM workshop.refresh_production_summary()").fetchone() == (
        "refreshed",
    )
    db.commit()
    assert len(db.execute(SUMMARY).fetchall()) == len(old) + 1
