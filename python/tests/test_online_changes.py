"""Online changes: deployed and reverted with Sqitch while other sessions keep writing.

Four real changes done the zero-downtime way (an index built, two dropped, an enum
label added), each deployed and reverted on a database cloned from the template while
three writer sessions insert orders and change their status through the triggers and
API functions. No writer statement may fail, and none
may wait as long as the lock timeout (5 s, which the writers and the changes both set):
that is the correctness bound of "online", not a performance figure.
"""

from __future__ import annotations

import uuid
from typing import Any

import psycopg
import pytest
from conftest import conninfo, deployed, sqitch, sqitch_target
from writers import Writers, assert_online, run_sqitch

INDEX_CHANGE = "indexes/orders_open_due_date"
DROP_CHANGE = "indexes/drop_orders_open_due_date"
ENUM_CHANGE = "types/wood_type_padauk"
INDEX = "workshop.idx_orders_open_due_date"


@pytest.fixture
def setup(
    db: psycopg.Connection[Any], manager: uuid.UUID, dbname: str
) -> tuple[uuid.UUID, uuid.UUID]:
    """(manager id, Eikon model id), committed; the db session is left idle, not in a
    transaction (CREATE INDEX CONCURRENTLY waits for every open transaction)."""
    row = db.execute("SELECT id FROM workshop.headphone_models WHERE sku_prefix = 'EIK'").fetchone()
    assert row is not None
    # Enough open orders with due dates for the index to have something to cover.
    db.execute(
        "INSERT INTO workshop.orders (order_number, model_id, wood_type, due_date)"
        " SELECT 'OC-SEED-' || g, %s, 'Walnut', CURRENT_DATE + g %% 60"
        " FROM generate_series(1, 300) g",
        [row[0]],
    )
    db.commit()
    return manager, row[0]


def test_partial_index_deploys_and_reverts_concurrently_under_writes(
    setup: tuple[uuid.UUID, uuid.UUID], dbname: str, db: psycopg.Connection[Any]
) -> None:
    manager, model = setup
    target = sqitch_target(dbname)
    run_sqitch("revert", "-y", "--to", f"{INDEX_CHANGE}^", target)
    assert INDEX_CHANGE not in deployed(dbname)

    with Writers(conninfo(dbname), manager, model, tag="IX") as w:
        w.wait_for(60)
        phases = {"deploy": run_sqitch("deploy", "--verify", "--to", INDEX_CHANGE, target)}
        valid = db.execute(
            "SELECT indisvalid AND indisready FROM pg_index WHERE indexrelid = to_regclass(%s)",
            [INDEX],
        ).fetchone()
        db.commit()
        assert valid == (True,)
        w.wait_for(len(w.log.statements) + 30)
        phases["revert"] = run_sqitch("revert", "-y", "--to", f"{INDEX_CHANGE}^", target)
        w.wait_for(len(w.log.statements) + 30)
    assert_online(w, phases)
    print(f"{len(w.log.statements)} writer statements, max {w.log.max_latency() * 1000:.0f} ms")
    assert db.execute("SELECT to_regclass(%s)", [INDEX]).fetchone() == (None,)
    db.commit()


# The changes that drop an index, and the index: the one whose building and dropping
# the tests above and below follow, and idx_orders_by_status (written by every status
# change the writers make).
DROPS = [
    (DROP_CHANGE, INDEX),
    ("indexes/drop_orders_by_status", "workshop.idx_orders_by_status"),
]


@pytest.mark.parametrize(("drop_change", "index"), DROPS, ids=[c for c, _ in DROPS])
def test_index_drop_deploys_and_reverts_concurrently_under_writes(
    setup: tuple[uuid.UUID, uuid.UUID],
    dbname: str,
    db: psycopg.Connection[Any],
    drop_change: str,
    index: str,
) -> None:
    """A later change that drops an index: its revert builds it again, its deploy
    drops it, both CONCURRENTLY while the writers go on."""
    manager, model = setup
    target = sqitch_target(dbname)
    valid = "SELECT indisvalid AND indisready FROM pg_index WHERE indexrelid = to_regclass(%s)"
    assert db.execute("SELECT to_regclass(%s)", [index]).fetchone() == (None,)
    db.commit()

    with Writers(conninfo(dbname), manager, model, tag="DX") as w:
        w.wait_for(60)
        phases = {"revert": run_sqitch("revert", "-y", "--to", f"{drop_change}^", target)}
        assert db.execute(valid, [index]).fetchone() == (True,)
        db.commit()
        w.wait_for(len(w.log.statements) + 30)
        phases["deploy"] = run_sqitch("deploy", "--verify", "--to", drop_change, target)
        w.wait_for(len(w.log.statements) + 30)
    assert_online(w, phases)
    assert drop_change in deployed(dbname)
    assert db.execute("SELECT to_regclass(%s)", [index]).fetchone() == (None,)
    db.commit()


def test_index_deploy_replaces_an_invalid_leftover(
    setup: tuple[uuid.UUID, uuid.UUID], dbname: str, db: psycopg.Connection[Any]
) -> None:
    """A CONCURRENTLY build that failed leaves an INVALID index of the same name, which
    CREATE INDEX ... IF NOT EXISTS would keep: the deploy drops it and builds again."""
    target = sqitch_target(dbname)
    run_sqitch("revert", "-y", "--to", f"{INDEX_CHANGE}^", target)
    db.autocommit = True
    # Two open orders share a due date (the setup made 300): a UNIQUE build fails after
    # creating the catalog entry, leaving it invalid, as a timed-out build would.
    with pytest.raises(psycopg.errors.UniqueViolation):
        db.execute(
            "CREATE UNIQUE INDEX CONCURRENTLY idx_orders_open_due_date"
            " ON workshop.orders (due_date)"
            " WHERE status NOT IN ('shipped', 'delivered', 'cancelled')"
        )
    assert db.execute(
        "SELECT indisvalid FROM pg_index WHERE indexrelid = to_regclass(%s)", [INDEX]
    ).fetchone() == (False,)
    run_sqitch("deploy", "--verify", "--to", INDEX_CHANGE, target)
    row = db.execute(
        "SELECT indisvalid, indisunique FROM pg_index WHERE indexrelid = to_regclass(%s)", [INDEX]
    ).fetchone()
    assert row == (True, False), "the invalid unique leftover was replaced by the planned index"


def test_enum_label_deploys_and_reverts_under_writes(
    setup: tuple[uuid.UUID, uuid.UUID], dbname: str, db: psycopg.Connection[Any]
) -> None:
    manager, model = setup
    target = sqitch_target(dbname)
    run_sqitch("revert", "-y", "--to", f"{ENUM_CHANGE}^", target)
    labels = "SELECT enum_range(NULL::workshop.wood_type)::text[]"
    assert "Padauk" not in db.execute(labels).fetchone()[0]  # type: ignore[index]
    db.commit()

    with Writers(conninfo(dbname), manager, model, tag="EN") as w:
        w.wait_for(60)
        phases = {"deploy": run_sqitch("deploy", "--verify", "--to", ENUM_CHANGE, target)}
        # The label is usable at once, by a new session and by this one.
        with psycopg.connect(conninfo(dbname)) as other:
            assert other.execute("SELECT 'Padauk'::workshop.wood_type::text").fetchone() == (
                "Padauk",
            )
        assert db.execute(labels).fetchone()[0][-1] == "Padauk"  # type: ignore[index]
        db.commit()
        w.wait_for(len(w.log.statements) + 30)
        phases["revert"] = run_sqitch("revert", "-y", "--to", f"{ENUM_CHANGE}^", target)
        w.wait_for(len(w.log.statements) + 30)
    assert_online(w, phases)
    print(f"{len(w.log.statements)} writer statements, max {w.log.max_latency() * 1000:.0f} ms")
    assert db.execute(labels).fetchone()[0] == [  # type: ignore[index]
        "Sapele", "Cherry", "Walnut", "Cocobolo", "Ziricote"
    ]  # fmt: skip
    db.commit()


def test_enum_label_revert_refuses_while_used(
    setup: tuple[uuid.UUID, uuid.UUID], dbname: str, db: psycopg.Connection[Any]
) -> None:
    """PostgreSQL cannot drop an enum label: the revert refuses, naming what uses it,
    changes nothing, and succeeds once nothing does."""
    target = sqitch_target(dbname)
    # Padauk is offered on Caldera, and one Caldera order is built in it.
    db.execute(
        "UPDATE workshop.headphone_models"
        " SET wood_types = wood_types || 'Padauk'::workshop.wood_type"
        " WHERE sku_prefix = 'CAL'"
    )
    db.commit()
    db.execute(
        "INSERT INTO workshop.orders (order_number, model_id, wood_type)"
        " SELECT 'PAD-1', id, 'Padauk' FROM workshop.headphone_models WHERE sku_prefix = 'CAL'"
    )
    db.commit()

    result = sqitch("revert", "-y", "--to", f"{ENUM_CHANGE}^", target, check=False)
    assert result.returncode != 0
    assert "wood_type label Padauk is still used" in result.stderr
    assert "workshop.orders.wood_type (1 rows)" in result.stderr
    assert "workshop.headphone_models.wood_types (1 rows)" in result.stderr
    assert deployed(dbname)[-1] == ENUM_CHANGE
    assert db.execute("SELECT 'Padauk'::workshop.wood_type::text").fetchone() == ("Padauk",)
    db.commit()

    db.execute("UPDATE workshop.orders SET wood_type = 'Walnut' WHERE order_number = 'PAD-1'")
    db.execute(
        "UPDATE workshop.headphone_models SET wood_types = array_remove(wood_types, 'Padauk')"
        " WHERE sku_prefix = 'CAL'"
    )
    db.commit()
    run_sqitch("revert", "-y", "--to", f"{ENUM_CHANGE}^", target)
    assert ENUM_CHANGE not in deployed(dbname)
    # The label is gone for good: input refuses it, statistics and tables still read.
    with pytest.raises(psycopg.errors.InvalidTextRepresentation):
        db.execute("SELECT 'Padauk'::workshop.wood_type")
    db.rollback()
    assert db.execute("SELECT count(*) FROM pg_stats WHERE tablename = 'orders'").fetchone() != (0,)
    db.commit()
