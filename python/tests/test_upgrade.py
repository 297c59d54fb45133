"""Upgrading a database that holds data: from the release (@v1.0.0) to the head of the
plan and back, as a DBA with a production database at 1.0.0 would.

The release is deployed and the demo data loaded through its own API. Then:
- the upgrade keeps every row of every released table, the reports read the same (the
  production summary of complete batches now comes from figures backfilled at the
  upgrade, no longer aggregated at each refresh), and the schema is the one a fresh
  deploy builds; the revert to the release keeps the rows and the reports too;
- the upgrade and the revert run while three sessions keep writing orders and status
  changes: none fails, none waits as long as the lock timeout, and every order keeps
  its history;
- the backfill of the upgrade holds no lock that a batch write waits for.
"""

from __future__ import annotations

import subprocess
import time
import uuid

import psycopg
from conftest import ROOT, conninfo, sqitch, sqitch_target
from snapshots import schema_dump, snapshot
from writers import Writers, assert_online, run_sqitch

from workshop_db import seeds

RELEASE = "@v1.0.0"
# The demo data's manager, and the Eikon model the writers order.
DEMO_MANAGER = uuid.UUID("de000000-0000-4000-8000-000000000002")


def released_database(dbname: str) -> None:
    """The release deployed, with the reference seeds and the demo data loaded."""
    sqitch("deploy", "--verify", "--to", RELEASE, sqitch_target(dbname))
    with psycopg.connect(conninfo(dbname)) as conn:
        seeds.load(conn, ROOT / "seed", demo=True)


def test_upgrade_and_revert_keep_the_data_and_the_reports(empty_database: str, dbname: str) -> None:
    """dbname is a clone of the template: the head of the plan, deployed fresh."""
    target = sqitch_target(empty_database)
    released_database(empty_database)
    released_schema = schema_dump(empty_database)
    released_tables, released_reports = snapshot(empty_database)
    assert released_tables["workshop.orders"][0] == 30, "the demo data is loaded"
    assert any('"is_complete": true' in r for r in released_reports["production_summary"])

    sqitch("deploy", "--verify", target)
    upgraded_tables, upgraded_reports = snapshot(empty_database)
    for table, digest in released_tables.items():
        assert upgraded_tables[table] == digest, f"{table} changed in the upgrade"
    new_tables = sorted(set(upgraded_tables) - set(released_tables))
    assert new_tables == ["workshop_private.completed_batch_summary"]
    # One backfilled row per complete batch (the demo data completes one).
    complete = sum('"is_complete": true' in r for r in released_reports["production_summary"])
    assert upgraded_tables["workshop_private.completed_batch_summary"][0] == complete
    assert upgraded_reports == released_reports
    assert schema_dump(empty_database) == schema_dump(dbname), (
        "the upgraded schema differs from a fresh deploy"
    )

    sqitch("revert", "-y", "--to", RELEASE, target)
    reverted_tables, reverted_reports = snapshot(empty_database)
    assert reverted_tables == released_tables
    assert reverted_reports == released_reports
    assert schema_dump(empty_database) == released_schema


def test_upgrade_and_revert_run_online_under_writes(empty_database: str) -> None:
    """Up to the head and back to the release, each while three sessions write."""
    target = sqitch_target(empty_database)
    released_database(empty_database)
    with psycopg.connect(conninfo(empty_database), autocommit=True) as conn:
        row = conn.execute(
            "SELECT id FROM workshop.headphone_models WHERE sku_prefix = 'EIK'"
        ).fetchone()
        assert row is not None
        eikon = row[0]

    # Until stopped: the upgrade and the revert each take as long as the machine makes them.
    with Writers(conninfo(empty_database), DEMO_MANAGER, eikon, tag="UP", max_seconds=600) as w:
        w.wait_for(60)
        phases = {"upgrade": run_sqitch("deploy", "--verify", target)}
        w.wait_for(len(w.log.statements) + 30)
        phases["revert"] = run_sqitch("revert", "-y", "--to", RELEASE, target)
        w.wait_for(len(w.log.statements) + 30)
    assert_online(w, phases)
    print(f"{len(w.log.statements)} writer statements, max {w.log.max_latency() * 1000:.0f} ms")

    assert sqitch("verify", target, check=False).returncode == 0
    with psycopg.connect(conninfo(empty_database)) as conn:
        # Every order the writers committed is there, its last history row its status.
        rows = conn.execute(
            "SELECT o.id, o.status = h.new_status"
            "  FROM workshop.orders o"
            "  LEFT JOIN LATERAL (SELECT s.new_status FROM workshop.order_status_history s"
            "                      WHERE s.order_id = o.id ORDER BY s.id DESC LIMIT 1) h ON true"
            " WHERE o.id = ANY(%s)",
            [w.log.committed_order_ids],
        ).fetchall()
        assert len(rows) == len(w.log.committed_order_ids) > 0
        assert [r[0] for r in rows if r[1] is not True] == []


def test_summary_backfill_holds_no_lock_on_batches(empty_database: str) -> None:
    """The figures of the batches completed before the upgrade are backfilled after the
    trigger is committed, so batch writes go on meanwhile (at 48,000 complete batches the
    backfill takes seconds). Here the backfill is made to wait: this test inserts the
    complete batch's row first and keeps its transaction open. A batch update must not
    wait with it; once the test rolls back, the backfill writes the row."""
    target = sqitch_target(empty_database)
    released_database(empty_database)
    sqitch("deploy", "--verify", "--to", "tables/completed_batch_summary", target)
    info = conninfo(empty_database)
    with psycopg.connect(info) as holder, psycopg.connect(info, autocommit=True) as writer:
        holder.execute(
            "INSERT INTO workshop_private.completed_batch_summary"
            " (batch_id, order_count, models, model_names, estimated_hours)"
            " SELECT id, 0, '{}', '{}', 0 FROM workshop.batches WHERE is_complete"
        )
        deploy = subprocess.Popen(
            ["sqitch", "deploy", "--verify", "--to", "triggers/batches_completed_summary", target],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            # The backfill's INSERT waits for this transaction (same batch_id).
            waiting = (
                "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                " WHERE NOT l.granted AND a.datname = current_database()"
            )
            deadline = time.monotonic() + 30
            while writer.execute(waiting).fetchone() != (1,):
                assert deploy.poll() is None, deploy.communicate()[0]
                assert time.monotonic() < deadline, "the backfill never waited"
                time.sleep(0.05)
            # The trigger is committed while its backfill waits ...
            assert writer.execute(
                "SELECT count(*) FROM pg_trigger WHERE tgname = 'batches_completed_summary'"
            ).fetchone() == (1,)
            # ... and a batch write does not wait for it.
            writer.execute("SET lock_timeout = '1s'")
            row = writer.execute(
                "UPDATE workshop.batches SET priority = 'rush'"
                " WHERE batch_number = (SELECT min(batch_number) FROM workshop.batches"
                "                        WHERE NOT is_complete) RETURNING priority"
            ).fetchone()
            assert row is not None and row[0] == "rush"
        finally:
            holder.rollback()
            output = deploy.communicate(timeout=120)[0]
        assert deploy.returncode == 0, output
        complete, backfilled = writer.execute(
            "SELECT (SELECT count(*) FROM workshop.batches WHERE is_complete),"
            "       (SELECT count(*) FROM workshop_private.completed_batch_summary)"
        ).fetchone() or (None, None)
        assert complete == backfilled == 1
