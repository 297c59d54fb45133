"""The production summary's refresh never blocks readers and never queues behind itself.

In the style of PostgreSQL's isolation tester: sessions run explicit steps in a fixed
order; an observer uses pg_blocking_pids() to see that a step is blocked, and on whom,
before the step that releases it runs. Every session has a lock_timeout, so a step that
blocks when it must not fails the test instead of hanging it. No assertion depends on
timing.

Session A refreshes inside a transaction it keeps open (the function runs in the
caller's transaction, so REFRESH ... CONCURRENTLY holds its lock until A commits).
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import psycopg
import pytest
from conftest import conninfo
from isolation import Conn, run_blocked, scalar

MANAGER = "c1c1c1c1-0000-4000-8000-000000000001"
WORKER_AUTH = "c1c1c1c1-0000-4000-8000-0000000000e2"
WORKER = "c1c1c1c1-0000-4000-8000-000000000002"
ORDER = "c1c1c1c1-0000-4000-8000-0000000000a1"


def summary_row(conn: Conn) -> tuple[Any, ...]:
    row = conn.execute(
        "SELECT order_count, actual_hours, is_stale FROM workshop.production_summary"
        " WHERE batch_number = 'RC-B1'"
    ).fetchone()
    assert row is not None
    return tuple(row)


@pytest.fixture
def batch(db: Conn) -> str:
    """Staff, an order, and batch RC-B1 (empty) in a freshly refreshed summary; committed."""
    db.execute(
        "INSERT INTO workshop.workers (id, auth_user_id, name, email, role) VALUES"
        " (%s, NULL, 'Refresh Manager', 'refresh.manager@example.com', 'manager'),"
        " (%s, %s, 'Refresh Worker', 'refresh.worker@example.com', 'worker')",
        [MANAGER, WORKER, WORKER_AUTH],
    )
    db.execute("SELECT set_config('workshop.worker_id', %s, false)", [MANAGER])
    db.execute(
        "INSERT INTO workshop.orders (id, order_number, model_id, wood_type)"
        " SELECT %s, 'RC-O1', id, 'Walnut' FROM workshop.headphone_models WHERE name = 'Eikon'",
        [ORDER],
    )
    batch_id = str(scalar(db, "SELECT id FROM workshop.create_batch('RC-B1')"))
    db.commit()
    assert scalar(db, "SELECT status FROM workshop.refresh_production_summary()") == "refreshed"
    db.commit()
    return batch_id


@pytest.fixture
def sessions(batch: str, dbname: str) -> Iterator[tuple[Conn, Conn, Conn, Conn]]:
    """A (refresher, the manager), B (reader, a signed-in worker), C (second refresher,
    the manager) and an observer."""
    opened: list[Conn] = []
    for _ in range(3):
        conn = psycopg.connect(conninfo(dbname))
        conn.execute("SET lock_timeout = '5s'")
        conn.execute("SELECT set_config('workshop.worker_id', %s, false)", [MANAGER])
        conn.commit()
        opened.append(conn)
    reader = opened[1]
    reader.execute("SET ROLE authenticated")
    reader.execute(
        "SELECT set_config('request.jwt.claims', json_build_object('sub', %s::text)::text, false)",
        [WORKER_AUTH],
    )
    reader.commit()
    observer = psycopg.connect(conninfo(dbname), autocommit=True)
    opened.append(observer)
    try:
        yield opened[0], opened[1], opened[2], observer
    finally:
        for conn in opened:
            conn.close()


def test_readers_are_not_blocked_and_a_second_refresh_returns_skipped(
    db: Conn, batch: str, sessions: tuple[Conn, Conn, Conn, Conn]
) -> None:
    a, b, c, observer = sessions
    # The summary is now stale: RC-B1 gained an order and 2 hours of work.
    db.execute("SELECT workshop.add_order_to_batch(%s, %s)", [batch, ORDER])
    db.execute("SELECT workshop.log_work(%s, 2)", [batch])
    db.commit()
    assert summary_row(b) == (0, 0, True)
    b.commit()

    # A: refresh, and keep the transaction open.
    assert scalar(a, "SELECT status FROM workshop.refresh_production_summary()") == "refreshed"

    # B reads meanwhile: not blocked (its lock_timeout would fail it), the old rows.
    assert summary_row(b) == (0, 0, True)
    assert scalar(observer, "SELECT pg_blocking_pids(%s)", [b.info.backend_pid]) == []
    b.commit()

    # C refreshes meanwhile: it returns at once, skipped, without an error.
    status = c.execute("SELECT status, is_stale FROM workshop.refresh_production_summary()")
    assert status.fetchone() == ("skipped", True)
    assert scalar(observer, "SELECT pg_blocking_pids(%s)", [c.info.backend_pid]) == []
    c.commit()

    # Control: a plain REFRESH ... CONCURRENTLY would have queued behind A.
    with ThreadPoolExecutor(max_workers=1) as pool:
        plain = run_blocked(
            observer,
            c,
            a,
            lambda: c.execute(
                "REFRESH MATERIALIZED VIEW CONCURRENTLY workshop_private.production_summary"
            ),
            pool,
        )
        a.commit()
        plain.result()
        c.commit()

    # After A commits, B sees the new data, and the summary is fresh.
    assert summary_row(b) == (1, 2, False)
    b.commit()


def test_a_write_during_a_refresh_leaves_the_summary_stale(
    db: Conn, batch: str, sessions: tuple[Conn, Conn, Conn, Conn]
) -> None:
    a, b, c, observer = sessions
    assert scalar(a, "SELECT status FROM workshop.refresh_production_summary()") == "refreshed"
    # C writes while A's refresh is uncommitted: A's snapshot cannot hold C's write, and A
    # will clear the stale flag, so C marks it again after A; it waits for A to end.
    with ThreadPoolExecutor(max_workers=1) as pool:
        write = run_blocked(
            observer, c, a, lambda: c.execute("SELECT workshop.log_work(%s, 1.5)", [batch]), pool
        )
        a.commit()
        write.result()
        c.commit()
    assert summary_row(b)[1:] == (0, True)
    b.commit()
    assert scalar(a, "SELECT status FROM workshop.refresh_production_summary(true)") == "refreshed"
    a.commit()
    assert summary_row(b)[1:] == (1.5, False)
    b.commit()


def test_index_usage_counts_scans_after_commit(db: Conn) -> None:
    """Scan counts reach the statistics when a transaction ends (pgTAP cannot see that)."""
    db.execute("CREATE INDEX index_usage_counted ON workshop.orders (notes)")
    db.commit()
    before = scalar(
        db, "SELECT index_scans FROM workshop.index_usage WHERE index_name = 'index_usage_counted'"
    )
    db.commit()
    db.execute("SET enable_seqscan = off")
    db.execute("SELECT count(*) FROM workshop.orders WHERE notes = 'x'")
    db.execute("SELECT pg_stat_force_next_flush()")
    db.commit()
    row = db.execute(
        "SELECT index_scans, never_used, is_drop_candidate FROM workshop.index_usage"
        " WHERE index_name = 'index_usage_counted'"
    ).fetchone()
    assert before == 0
    assert row == (1, False, False)
