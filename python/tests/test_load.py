"""Load held: pgbench runs the manager and worker scripts of test/load/ with several
clients on a cloned database, a fixed number of transactions each; afterwards every
transaction was processed, none failed (serialization or deadlock failures would be
retried up to --max-tries and counted), nothing written was lost (one work log per
logging transaction) and the invariants of the stateful test hold.
"""

from __future__ import annotations

import os
import re
import subprocess
import uuid
from pathlib import Path
from typing import Any

import psycopg
from conftest import PGHOST, PGPORT, PGUSER, ROOT
from test_fuzz import INVARIANTS

CLIENTS = 6
TRANSACTIONS = 400  # per client
ORDERS = 40  # the LD-O pool of orders toggled by the managers
BATCHES = 8  # the LD-B pool of batches, 3 orders each
SCRIPTS = {"manager_status.sql": 3, "worker_stage.sql": 3, "worker_log.sql": 4}


def prepare(db: psycopg.Connection[Any]) -> None:
    """Orders to toggle, and batches at every stage up to Acoustic QC with their orders."""
    models = [r[0] for r in db.execute("SELECT id FROM workshop.headphone_models").fetchall()]
    for k in range(1, ORDERS + 1):
        db.execute(
            "INSERT INTO workshop.orders (order_number, model_id, wood_type, due_date)"
            " VALUES (%s, %s, 'Walnut', CURRENT_DATE + %s)",
            [f"LD-O-{k}", models[k % len(models)], k],
        )
    for k in range(1, BATCHES + 1):
        batch = db.execute(
            "SELECT id FROM workshop.create_batch(%s, 'standard')", [f"LD-B-{k}"]
        ).fetchone()[0]  # type: ignore[index]
        for u in range(3):
            order = db.execute(
                "INSERT INTO workshop.orders (order_number, model_id, wood_type)"
                " VALUES (%s, %s, 'Cherry') RETURNING id",
                [f"LD-B-{k}-{u}", models[(k + u) % len(models)]],
            ).fetchone()[0]  # type: ignore[index]
            db.execute("SELECT workshop.add_order_to_batch(%s, %s)", [batch, order])
        for _ in range(k % 6):
            db.execute("SELECT workshop.advance_batch(%s, 'load: setup')", [batch])
    db.commit()


def summary_number(output: str, label: str) -> int:
    match = re.search(rf"^{re.escape(label)}: (\d+)", output, re.M)
    assert match, f"{label!r} not in pgbench output:\n{output}"
    return int(match.group(1))


def test_pgbench_load_keeps_the_rules(
    db: psycopg.Connection[Any], manager: uuid.UUID, dbname: str, tmp_path: Path
) -> None:
    prepare(db)
    work_logs_before = db.execute("SELECT count(*) FROM workshop.work_logs").fetchone()
    db.commit()
    load = ROOT / "test" / "load"
    args = ["pgbench", "-n", "-h", PGHOST, "-p", str(PGPORT), "-U", PGUSER,
            "-c", str(CLIENTS), "-j", "2", "-t", str(TRANSACTIONS),
            "--max-tries=10", "--failures-detailed",
            "-D", f"orders={ORDERS}", "-D", f"batches={BATCHES}",
            # One line per transaction: client, number, latency, script number, ...
            "-l", f"--log-prefix={tmp_path / 'tx'}"]  # fmt: skip
    for script, weight in SCRIPTS.items():
        args += ["-f", f"{load / script}@{weight}"]
    env = {
        **os.environ,
        # Every session acts as the manager (history rows name them) and gives up on a
        # lock after 10 s instead of hanging the suite.
        "PGOPTIONS": f"-c workshop.worker_id={manager} -c lock_timeout=10s",
    }
    result = subprocess.run(
        [*args, dbname], env=env, capture_output=True, text=True, timeout=180, check=False
    )
    out = result.stdout
    assert result.returncode == 0, out + result.stderr
    assert "aborted" not in result.stderr, result.stderr

    total = CLIENTS * TRANSACTIONS
    processed = re.search(r"number of transactions actually processed: (\d+)/(\d+)", out)
    assert processed and processed.groups() == (str(total), str(total)), out
    failed = summary_number(out, "number of failed transactions")
    serialization = summary_number(out, "number of serialization failures")
    deadlocks = summary_number(out, "number of deadlock failures")
    retried = re.search(r"number of transactions retried: (\d+)", out)
    assert failed == 0, out
    print(
        f"pgbench: {total} transactions, {failed} failed ({serialization} serialization,"
        f" {deadlocks} deadlock), {retried.group(1) if retried else 0} retried"
    )

    # Nothing lost: one work log per committed run of worker_log.sql, counted from the
    # transaction log (the per-script summary of pgbench 15 may miss a few).
    lines = [ln.split() for f in tmp_path.glob("tx.*") for ln in f.read_text().splitlines()]
    assert len(lines) == total and all(ln[2].isdigit() for ln in lines), "all committed"
    log_script = list(SCRIPTS).index("worker_log.sql")
    log_runs = sum(1 for ln in lines if int(ln[3]) == log_script)
    logs = db.execute("SELECT count(*) FROM workshop.work_logs").fetchone()
    assert logs is not None and work_logs_before is not None
    assert logs[0] - work_logs_before[0] == log_runs

    for name, query in INVARIANTS.items():
        bad = db.execute(query).fetchall()
        assert bad == [], f"after the load, {name}: {bad}"
    db.commit()
