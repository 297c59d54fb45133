"""The Sqitch project itself: revert round trip, and verify scripts that can fail."""

from __future__ import annotations

from typing import Any, LiteralString

import psycopg
import pytest
from conftest import conninfo, sqitch, sqitch_target
from snapshots import schema_dump

OUR_SCHEMAS = ("workshop", "workshop_private")


def test_revert_round_trip_leaves_nothing_and_redeploys_identically(empty_database: str) -> None:
    target = sqitch_target(empty_database)
    sqitch("deploy", "--verify", target)
    before = schema_dump(empty_database)

    sqitch("revert", "-y", target)
    with psycopg.connect(conninfo(empty_database)) as conn:
        left = conn.execute(
            "SELECT nspname FROM pg_namespace WHERE nspname = ANY(%s)", [list(OUR_SCHEMAS)]
        ).fetchall()
        assert left == [], f"schemas left after revert: {left}"
        # The auth shim created by the deploy is removed by its revert too.
        assert conn.execute("SELECT to_regprocedure('auth.uid()')").fetchone() == (None,)
        # Only the cluster-wide roles stay.
        roles = conn.execute(
            "SELECT count(*) FROM pg_roles"
            " WHERE rolname IN ('anon', 'authenticated', 'service_role')"
        ).fetchone()
        assert roles == (3,)

    sqitch("deploy", "--verify", target)
    assert schema_dump(empty_database) == before


def test_revert_to_a_change_restores_its_schema(empty_database: str) -> None:
    """Reverting the later changes restores the schema exactly, grants and policies
    included (the round trip above only sees the database after a full revert)."""
    target = sqitch_target(empty_database)
    # The first instance of functions/current_worker_id (reworked after the tag).
    released = "functions/current_worker_id@v1.0.0"
    sqitch("deploy", "--verify", "--to", released, target)
    before = schema_dump(empty_database)
    sqitch("deploy", "--verify", target)
    assert schema_dump(empty_database) != before
    sqitch("revert", "-y", "--to", released, target)
    assert schema_dump(empty_database) == before


# One object per kind of change: dropping it must make `sqitch verify` fail on that
# change. Later kinds (triggers, policies, views) add their rows here.
DROPS: list[tuple[str, LiteralString]] = [
    ("schemas", "DROP SCHEMA workshop_private CASCADE"),
    ("auth_shim", "DROP FUNCTION auth.uid() CASCADE"),
    ("types/quality_status", "DROP TYPE workshop.quality_status CASCADE"),
    ("functions/set_updated_at", "DROP FUNCTION workshop_private.set_updated_at() CASCADE"),
    ("tables/orders", "DROP TABLE workshop.orders CASCADE"),
    ("tables/batch_orders", "DROP INDEX workshop.one_active_batch_per_order"),
    ("grants/workshop_private", "REVOKE USAGE ON SCHEMA workshop_private FROM authenticated"),
    ("policies/orders", "DROP POLICY orders_select_customer ON workshop.orders"),
    ("policies/batches", "ALTER TABLE workshop.batches DISABLE ROW LEVEL SECURITY"),
    ("triggers/batches_worker_columns", "DROP TRIGGER batches_worker_columns ON workshop.batches"),
    ("triggers/batches_completion", "DROP TRIGGER batches_completion_guard ON workshop.batches"),
    ("functions/add_order_to_batch", "DROP FUNCTION workshop.add_order_to_batch(uuid, uuid)"),
    ("extensions/pg_trgm", "DROP EXTENSION pg_trgm CASCADE"),
    ("indexes/customers_trgm", "DROP INDEX workshop.idx_customers_name_email_trgm"),
    ("indexes/batches_stage_pages", "DROP INDEX workshop.idx_batches_open_acoustic_qc_created_at"),
    (
        "matviews/production_summary",
        "DROP MATERIALIZED VIEW workshop_private.production_summary CASCADE",
    ),
    ("views/stage_workload", "DROP VIEW workshop.stage_workload"),
]


def test_verify_passes_on_a_deployed_database(dbname: str) -> None:
    """The baseline of the cases below: every verify script passes as deployed."""
    result = sqitch("verify", sqitch_target(dbname), check=False)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(("change", "drop"), DROPS, ids=[c for c, _ in DROPS])
def test_verify_fails_when_object_missing(
    db: psycopg.Connection[Any], dbname: str, change: str, drop: LiteralString
) -> None:
    target = sqitch_target(dbname)
    db.execute(drop)
    db.commit()
    result = sqitch("verify", target, check=False)
    assert result.returncode != 0
    # Sqitch prints "  * <change> .... # Verify script ... failed." for a failing change.
    failed = [
        line.split()[1]
        for line in result.stdout.splitlines()
        if line.lstrip().startswith("* ") and "failed" in line
    ]
    assert change in failed, result.stdout
