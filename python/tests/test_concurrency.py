"""Concurrency of the cross-row rules (batch membership and completion, the woods a
model offers), in the style of PostgreSQL's isolation tester.

Two sessions run explicit steps in a fixed order; a third (the observer) uses
pg_blocking_pids() to see that a step is blocked, and on whom, before the step that
releases it runs. Every session has a lock_timeout, so a missing release fails the test
quickly instead of hanging it. No assertion depends on timing.
"""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from conftest import conninfo
from isolation import Conn, refused_after_wait, scalar
from psycopg import errors

WORKER = "c0c0c0c0-0000-4000-8000-000000000001"
ORDER_1 = "c0c0c0c0-0000-4000-8000-0000000000a1"
ORDER_2 = "c0c0c0c0-0000-4000-8000-0000000000a2"
BATCH_1 = "c0c0c0c0-0000-4000-8000-0000000000b1"
BATCH_2 = "c0c0c0c0-0000-4000-8000-0000000000b2"


@pytest.fixture
def workshop(db: Conn) -> Conn:
    """A worker, two pending orders and two open batches at Intake, committed."""
    db.execute(
        "INSERT INTO workshop.workers (id, name, email, role)"
        " VALUES (%s, 'Race Tester', 'race.tester@example.com', 'manager')",
        [WORKER],
    )
    db.execute("SELECT set_config('workshop.worker_id', %s, false)", [WORKER])
    for order_id, number in ((ORDER_1, "RACE-1"), (ORDER_2, "RACE-2")):
        db.execute(
            "INSERT INTO workshop.orders (id, order_number, model_id, wood_type)"
            " SELECT %s, %s, id, 'Walnut' FROM workshop.headphone_models WHERE name = 'Atticus'",
            [order_id, number],
        )
    db.execute(
        "INSERT INTO workshop.batches (id, batch_number) VALUES (%s, 'RACE-B1'), (%s, 'RACE-B2')",
        [BATCH_1, BATCH_2],
    )
    db.commit()
    return db


@pytest.fixture
def sessions(workshop: Conn, dbname: str) -> Iterator[tuple[Conn, Conn, Conn]]:
    """Sessions A and B (acting as the worker, with a lock_timeout) and an observer."""
    opened: list[Conn] = []
    for _ in range(2):
        conn = psycopg.connect(conninfo(dbname))
        conn.execute("SET lock_timeout = '10s'")
        conn.execute("SELECT set_config('workshop.worker_id', %s, false)", [WORKER])
        conn.commit()
        opened.append(conn)
    observer = psycopg.connect(conninfo(dbname), autocommit=True)
    opened.append(observer)
    try:
        yield opened[0], opened[1], observer
    finally:
        for conn in opened:
            conn.close()


def active_in_complete_batches(conn: Conn) -> int:
    return int(
        scalar(
            conn,
            "SELECT count(*) FROM workshop.batch_orders bo"
            " JOIN workshop.batches b ON b.id = bo.batch_id WHERE b.is_complete AND bo.is_active",
        )
    )


def to_shipping(conn: Conn, batch_id: str, order_id: str) -> None:
    """Puts an order into the batch and moves the batch to Shipping, committed."""
    conn.execute("SELECT workshop.add_order_to_batch(%s, %s)", [batch_id, order_id])
    for _ in range(6):
        conn.execute("SELECT workshop.advance_batch(%s)", [batch_id])
    conn.commit()


def test_same_order_into_two_batches_at_once_one_wins(
    sessions: tuple[Conn, Conn, Conn],
) -> None:
    a, b, observer = sessions
    # A adds the order to batch 1 and holds its transaction open.
    a.execute("SELECT workshop.add_order_to_batch(%s, %s)", [BATCH_1, ORDER_1])
    # B adds it to batch 2: the unique index makes B wait for A's outcome.
    refused = refused_after_wait(
        observer,
        a,
        b,
        lambda: b.execute("SELECT workshop.add_order_to_batch(%s, %s)", [BATCH_2, ORDER_1]),
        errors.UniqueViolation,
    )
    assert refused.diag.sqlstate == "23505"
    assert refused.diag.constraint_name == "one_active_batch_per_order"
    assert refused.diag.message_primary == "order RACE-1 is already in batch RACE-B1"

    memberships = observer.execute(
        "SELECT b.batch_number, bo.is_active FROM workshop.batch_orders bo"
        " JOIN workshop.batches b ON b.id = bo.batch_id WHERE bo.order_id = %s",
        [ORDER_1],
    ).fetchall()
    assert memberships == [("RACE-B1", True)]
    history = observer.execute(
        "SELECT old_status::text, new_status::text FROM workshop.order_status_history"
        " WHERE order_id = %s ORDER BY id",
        [ORDER_1],
    ).fetchall()
    assert history == [(None, "pending"), ("pending", "in_production")]


def test_adding_to_a_batch_being_completed_waits_and_is_refused(
    sessions: tuple[Conn, Conn, Conn], workshop: Conn
) -> None:
    a, b, observer = sessions
    to_shipping(workshop, BATCH_1, ORDER_1)
    # A completes the batch and holds its transaction open (the batch row is locked).
    a.execute("SELECT workshop.complete_batch(%s)", [BATCH_1])
    # B adds an order to it: the membership trigger's FOR SHARE on the batch row waits.
    # Then B reads the batch as A left it: complete, so the addition is refused.
    refused = refused_after_wait(
        observer,
        a,
        b,
        lambda: b.execute("SELECT workshop.add_order_to_batch(%s, %s)", [BATCH_1, ORDER_2]),
        errors.CheckViolation,
    )
    assert refused.diag.constraint_name == "batch_membership"
    assert refused.diag.message_primary == "batch RACE-B1 is complete: its orders are frozen"

    assert active_in_complete_batches(observer) == 0
    status = "SELECT status::text FROM workshop.orders WHERE id = %s"
    assert scalar(observer, status, [ORDER_2]) == "pending"
    assert scalar(observer, status, [ORDER_1]) == "shipped"


def test_completing_a_batch_while_an_order_is_added_waits_and_is_refused(
    sessions: tuple[Conn, Conn, Conn], workshop: Conn
) -> None:
    a, b, observer = sessions
    to_shipping(workshop, BATCH_1, ORDER_1)
    # A adds an order to the batch at Shipping and holds its transaction open.
    a.execute("SELECT workshop.add_order_to_batch(%s, %s)", [BATCH_1, ORDER_2])
    # B completes the batch: its lock on the batch row waits for A's FOR SHARE. Then B
    # sees A's order, in production, not ready to ship: no completion.
    refused = refused_after_wait(
        observer,
        a,
        b,
        lambda: b.execute("SELECT workshop.complete_batch(%s)", [BATCH_1]),
        errors.CheckViolation,
    )
    assert refused.diag.constraint_name == "batch_completion"
    assert refused.diag.message_primary == (
        "batch RACE-B1 has orders that are not ready to ship: RACE-2 (in_production)"
    )

    assert active_in_complete_batches(observer) == 0
    complete = "SELECT is_complete FROM workshop.batches WHERE id = %s"
    assert scalar(observer, complete, [BATCH_1]) is False
    statuses = observer.execute(
        "SELECT o.order_number, o.status::text, bo.is_active FROM workshop.batch_orders bo"
        " JOIN workshop.orders o ON o.id = bo.order_id WHERE bo.batch_id = %s ORDER BY 1",
        [BATCH_1],
    ).fetchall()
    assert statuses == [("RACE-1", "ready_to_ship", True), ("RACE-2", "in_production", True)]


DROP_CHERRY = (
    "UPDATE workshop.headphone_models SET wood_types = array_remove(wood_types, 'Cherry')"
    " WHERE name = 'Atticus'"
)
CHERRY_ORDERS = (
    "INSERT INTO workshop.orders (order_number, model_id, wood_type)"
    " SELECT 'RACE-C' || n, id, CASE WHEN n = 2 THEN 'Cherry' ELSE 'Walnut' END::workshop.wood_type"
    "   FROM workshop.headphone_models, generate_series(1, 3) n WHERE name = 'Atticus'"
)


def atticus_woods(conn: Conn) -> list[str]:
    return list(
        scalar(
            conn,
            "SELECT wood_types::text[] FROM workshop.headphone_models WHERE name = 'Atticus'",
        )
    )


def test_dropping_a_wood_while_an_order_uses_it_waits_and_is_refused(
    sessions: tuple[Conn, Conn, Conn],
) -> None:
    a, b, observer = sessions
    assert "Cherry" in atticus_woods(observer)
    # A imports three Atticus orders, one in Cherry, and holds its transaction open: the
    # statement trigger of rule order_wood_offered holds FOR SHARE on the model row.
    a.execute(CHERRY_ORDERS)
    # B drops Cherry from Atticus: its row lock waits for A's. Then B's check sees A's
    # committed order in Cherry: the drop is refused.
    refused = refused_after_wait(
        observer, a, b, lambda: b.execute(DROP_CHERRY), errors.CheckViolation
    )
    assert refused.diag.constraint_name == "order_wood_offered"
    assert refused.diag.message_primary == (
        "model Atticus cannot drop wood Cherry: 1 open order(s) use it"
    )
    assert refused.diag.message_detail == "open orders: RACE-C2"

    assert "Cherry" in atticus_woods(observer)
    cherry = "SELECT count(*) FROM workshop.orders WHERE order_number LIKE 'RACE-C%%'"
    assert scalar(observer, cherry) == 3


def test_an_order_in_a_wood_being_dropped_waits_and_is_refused(
    sessions: tuple[Conn, Conn, Conn],
) -> None:
    a, b, observer = sessions
    # A drops Cherry from Atticus and holds its transaction open (the model row is locked).
    a.execute(DROP_CHERRY)
    # B imports three orders, one in Cherry: the FOR SHARE on the model waits for A. Then
    # B reads the model as A left it, without Cherry: the whole import is refused.
    refused = refused_after_wait(
        observer, a, b, lambda: b.execute(CHERRY_ORDERS), errors.CheckViolation
    )
    assert refused.diag.constraint_name == "order_wood_offered"
    assert refused.diag.message_primary == "wood Cherry is not offered for model Atticus"
    assert refused.diag.message_detail == "order RACE-C2"

    assert "Cherry" not in atticus_woods(observer)
    written = "SELECT count(*) FROM workshop.orders WHERE order_number LIKE 'RACE-C%%'"
    assert scalar(observer, written) == 0
