"""The demo data set: it loads after the reference seeds in one transaction, through the
API functions, leaves every rule holding, and a second load changes nothing."""

from __future__ import annotations

import subprocess
from typing import Any

import psycopg
from conftest import PGHOST, PGPORT, PGUSER, ROOT

SEEDS = [
    *sorted((ROOT / "seed" / "reference").glob("*.sql")),
    *sorted((ROOT / "seed" / "demo").glob("*.sql")),
]

COUNTS = """
SELECT (SELECT count(*) FROM workshop.workers),
       (SELECT count(*) FROM workshop.customers),
       (SELECT count(*) FROM workshop.orders),
       (SELECT count(*) FROM workshop.batches),
       (SELECT count(*) FROM workshop.order_status_history),
       (SELECT count(*) FROM workshop.batch_stage_history),
       (SELECT count(*) FROM workshop.quality_checks),
       (SELECT count(*) FROM workshop.work_logs)
"""


def load(dbname: str) -> None:
    """`cat seed/reference/*.sql seed/demo/*.sql | psql -1`, as the scripts load seeds."""
    script = "".join(path.read_text() for path in SEEDS)
    subprocess.run(
        ["psql", "-X", "-q", "-1", "-v", "ON_ERROR_STOP=1",
         "-h", PGHOST, "-p", str(PGPORT), "-U", PGUSER, "-d", dbname, "-f", "-"],
        input=script, text=True, capture_output=True, check=True,
    )  # fmt: skip


def test_demo_loads_keeps_the_rules_and_loads_once(
    db: psycopg.Connection[Any], dbname: str
) -> None:
    load(dbname)
    first = db.execute(COUNTS).fetchone()
    assert first is not None
    assert first[:4] == (4, 8, 30, 6)

    stages = db.execute(
        "SELECT batch_number, current_stage::text, quality_status::text, is_complete"
        " FROM workshop.batches ORDER BY batch_number"
    ).fetchall()
    assert stages == [
        ("B-2611", "Shipping", "good", True),
        ("B-2612", "Acoustic QC", "warning", False),
        ("B-2613", "Finishing", "good", False),
        ("B-2614", "Sanding", "good", False),
        ("B-2615", "Intake", "good", False),
        ("B-2616", "Sub-Assembly", "good", False),
    ]
    invariants = db.execute(
        """
        SELECT
          -- every order's last history row is its status, and the first one is pending
          (SELECT count(*) FROM workshop.orders o
            WHERE o.status IS DISTINCT FROM (
                    SELECT h.new_status FROM workshop.order_status_history h
                     WHERE h.order_id = o.id ORDER BY h.id DESC LIMIT 1)
               OR 'pending' IS DISTINCT FROM (
                    SELECT h.new_status FROM workshop.order_status_history h
                     WHERE h.order_id = o.id ORDER BY h.id LIMIT 1)),
          -- no active membership in a complete batch
          (SELECT count(*) FROM workshop.batch_orders bo
             JOIN workshop.batches b ON b.id = bo.batch_id
            WHERE b.is_complete AND bo.is_active),
          -- an order is in production exactly when it is active in an open batch
          (SELECT count(*) FROM workshop.orders o
            WHERE (o.status IN ('in_production', 'ready_to_ship'))
                  IS DISTINCT FROM EXISTS (SELECT FROM workshop.batch_orders bo
                                            WHERE bo.order_id = o.id AND bo.is_active)),
          -- every history row names its worker
          (SELECT count(*) FROM workshop.order_status_history WHERE changed_by IS NULL)
          + (SELECT count(*) FROM workshop.batch_stage_history WHERE moved_by IS NULL),
          -- failed checks and a rework are part of the story
          (SELECT count(*) FROM workshop.quality_checks WHERE NOT passed),
          (SELECT count(*) FROM workshop.batch_stage_history WHERE kind = 'rework')
        """
    ).fetchone()
    assert invariants == (0, 0, 0, 0, 3, 1)
    db.commit()

    load(dbname)
    assert db.execute(COUNTS).fetchone() == first
