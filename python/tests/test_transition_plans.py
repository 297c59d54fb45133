"""Statement triggers plan their transition-table joins for the statement at hand.

PL/pgSQL keeps a statement's plan for the session. A plan made while a one-row statement
fired the trigger joins the transition tables (old and new rows, no index) in a nested
loop; kept, it runs a later bulk statement of the same session in quadratic time (at
1,000,000 orders an UPDATE of 20,000 orders spent 41 s in the history trigger, and the
benchmark's load of 900,000 deliveries never ended). The triggers run those statements
with EXECUTE, planned for each statement's rows.

Each case below fires a trigger with one-row statements first (enough for PL/pgSQL to
settle on a kept plan), then with one bulk statement in the same session, while
auto_explain sends the plan of every nested statement, with its row counts, to this
client. No statement that the bulk statement fired may read a transition table more than
once (the inner side of a nested loop, once per outer row); nested one-row statements
(the cascades of a single row) may use a nested loop, which reads each table once.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from typing import Any, LiteralString

import psycopg
import pytest

Conn = psycopg.Connection[Any]
BULK = 300  # rows of each bulk statement: large enough for a hash or merge join
WARM = 8  # one-row statements first: past PL/pgSQL's five custom plans


def nodes(plan: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield plan
    for child in plan.get("Plans", []):
        yield from nodes(child)


def tuplestore_rescans(plan: dict[str, Any]) -> list[int]:
    """How often this plan read each transition table it read more than once (on the
    inner side of a nested loop: once per outer row)."""
    return [
        int(n["Actual Loops"])
        for n in nodes(plan)
        if n.get("Node Type") == "Named Tuplestore Scan" and n.get("Actual Loops", 0) > 1
    ]


@pytest.fixture
def workshop(db: Conn, manager: uuid.UUID) -> Conn:
    """BULK + WARM batches (TP-B1...), each with one order (TP-1...), and as many orders
    outside any batch (TP-U1...), all committed; `db` acts as the manager."""
    count = BULK + WARM
    db.execute(
        "INSERT INTO workshop.orders (order_number, model_id, wood_type)"
        " SELECT prefix || n, (SELECT id FROM workshop.headphone_models WHERE name = 'Eikon'),"
        "        'Walnut'"
        "   FROM unnest(ARRAY['TP-', 'TP-U']) prefix, generate_series(1, %s) n",
        [count],
    )
    db.execute(
        "INSERT INTO workshop.batches (batch_number)"
        " SELECT 'TP-B' || n FROM generate_series(1, %s) n",
        [count],
    )
    db.execute(
        "INSERT INTO workshop.batch_orders (batch_id, order_id)"
        " SELECT b.id, o.id FROM workshop.batches b"
        "   JOIN workshop.orders o ON o.order_number = 'TP-' || substr(b.batch_number, 5)"
        "  WHERE b.batch_number LIKE 'TP-B%'"
    )
    db.execute(
        "INSERT INTO workshop.work_logs (batch_id, hours)"
        " SELECT b.id, 1.5 FROM workshop.batches b WHERE b.batch_number LIKE 'TP-B%'"
    )
    db.execute(
        "INSERT INTO workshop.quality_checks (batch_id, order_id, stage, item, passed)"
        " SELECT bo.batch_id, bo.order_id, 'Intake', 'grain matched', true"
        "   FROM workshop.batch_orders bo JOIN workshop.batches b ON b.id = bo.batch_id"
        "  WHERE b.batch_number LIKE 'TP-B%'"
    )
    db.commit()
    return db


# (what fires, the statement for row n, with %s for the numbers of its rows). Each
# statement reaches its rows by number (TP-B<n>, TP-U<n>), so the one-row and the bulk
# statement are the same text.
CASES: list[tuple[str, LiteralString]] = [
    (
        "orders: status change (history)",
        "UPDATE workshop.orders SET status = 'on_hold'"
        " WHERE order_number = ANY (SELECT 'TP-U' || n FROM unnest(%s::int[]) n)",
    ),
    (
        "batches: stage move (stage history, completion cascade, completed summary)",
        "UPDATE workshop.batches SET current_stage = 'Sanding'"
        " WHERE batch_number = ANY (SELECT 'TP-B' || n FROM unnest(%s::int[]) n)",
    ),
    (
        "batch_orders: memberships ended (order status, batch_metadata)",
        "UPDATE workshop.batch_orders bo SET is_active = false FROM workshop.batches b"
        " WHERE b.id = bo.batch_id"
        "   AND b.batch_number = ANY (SELECT 'TP-B' || n FROM unnest(%s::int[]) n)",
    ),
    (
        "work_logs: hours corrected (batch_metadata)",
        "UPDATE workshop.work_logs w SET hours = w.hours + 1 FROM workshop.batches b"
        " WHERE b.id = w.batch_id"
        "   AND b.batch_number = ANY (SELECT 'TP-B' || n FROM unnest(%s::int[]) n)",
    ),
    (
        "quality_checks: results corrected (batch_metadata)",
        "UPDATE workshop.quality_checks q SET passed = false, defect_reason = 'glue line'"
        "  FROM workshop.batches b"
        " WHERE b.id = q.batch_id"
        "   AND b.batch_number = ANY (SELECT 'TP-B' || n FROM unnest(%s::int[]) n)",
    ),
]


@pytest.mark.parametrize(("label", "statement"), CASES, ids=[c[0].split(":")[0] for c in CASES])
def test_bulk_statement_after_one_row_statements_is_planned_for_its_rows(
    workshop: Conn, label: str, statement: LiteralString
) -> None:
    conn = workshop
    plans: list[dict[str, Any]] = []

    def on_notice(diag: psycopg.errors.Diagnostic) -> None:
        msg = diag.message_primary or ""
        if msg.startswith("duration:"):
            plans.append(json.loads(msg.split("plan:", 1)[1]))

    conn.execute("LOAD 'auto_explain'")
    for setting, value in (
        ("auto_explain.log_min_duration", "0"),
        ("auto_explain.log_analyze", "on"),
        ("auto_explain.log_nested_statements", "on"),
        ("auto_explain.log_format", "json"),
        ("auto_explain.log_level", "notice"),
    ):
        conn.execute("SELECT set_config(%s, %s, false)", (setting, value))
    conn.add_notice_handler(on_notice)
    for n in range(1, WARM + 1):
        assert conn.execute(statement, [[n]]).rowcount == 1, label
    plans.clear()
    bulk = list(range(WARM + 1, WARM + BULK + 1))
    assert conn.execute(statement, [bulk]).rowcount == BULK, label
    conn.rollback()

    transition_plans = [
        p
        for p in plans
        if any(n.get("Node Type") == "Named Tuplestore Scan" for n in nodes(p["Plan"]))
    ]
    assert transition_plans, f"{label}: no trigger statement read a transition table"
    rescans = {
        p["Query Text"].strip().splitlines()[0]: tuplestore_rescans(p["Plan"])
        for p in transition_plans
        if tuplestore_rescans(p["Plan"])
    }
    assert not rescans, f"{label}: transition tables read again and again: {rescans}"
