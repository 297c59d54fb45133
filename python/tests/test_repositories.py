"""Repositories: one statement per read, API functions for every rule-bearing write."""

from __future__ import annotations

import datetime
import uuid
from typing import Any

import psycopg
import pytest

from workshop_db.errors import NotFound, RuleViolation, UniqueViolation
from workshop_db.repositories import (
    BatchRepository,
    CustomerRepository,
    OrderRepository,
    ProductionSummaryRepository,
)
from workshop_db.schema_types import (
    BatchPriority,
    OrdersRow,
    OrderStatus,
    ProductionStage,
    WoodType,
)


class CountingCursor(psycopg.Cursor[Any]):
    """Counts statements sent, to prove a read is one round trip."""

    executed = 0

    def execute(self, *args: Any, **kwargs: Any) -> Any:
        CountingCursor.executed += 1
        return super().execute(*args, **kwargs)


def model_id(db: psycopg.Connection[Any], sku_prefix: str) -> uuid.UUID:
    row = db.execute(
        "SELECT id FROM workshop.headphone_models WHERE sku_prefix = %s", [sku_prefix]
    ).fetchone()
    assert row is not None
    return uuid.UUID(str(row[0]))


def customer(db: psycopg.Connection[Any], name: str, email: str) -> uuid.UUID:
    row = db.execute(
        "INSERT INTO workshop.customers (name, email) VALUES (%s, %s) RETURNING id",
        [name, email],
    ).fetchone()
    assert row is not None
    return uuid.UUID(str(row[0]))


def test_find_order_by_id_returns_typed_order_customer_and_model(
    db: psycopg.Connection[Any],
) -> None:
    orders = OrderRepository(db)
    ada = customer(db, "Ada Lovelace", "ada@example.com")
    created = orders.create(
        order_number="A-1",
        model_id=model_id(db, "VER"),
        wood_type=WoodType.COCOBOLO,
        customer_id=ada,
        priority=BatchPriority.HIGH,
        due_date=datetime.date(2026, 12, 24),
        customizations={"engraving": "A.L.", "weight": 1.5},
    )
    assert created.status is OrderStatus.PENDING
    assert created.priority is BatchPriority.HIGH

    db.cursor_factory = CountingCursor
    CountingCursor.executed = 0
    detail = orders.find_by_id(created.id)
    assert CountingCursor.executed == 1, "one statement, one round trip"

    assert detail is not None
    assert detail.order == created
    assert detail.customer is not None and detail.customer.name == "Ada Lovelace"
    assert detail.model.name == "Verite"
    assert detail.model.base_price == created_price(db, "VER")
    assert str(detail.model.base_price) == "2499.00", "numeric precision kept through JSON"
    assert detail.model.wood_types[-1] is WoodType.COCOBOLO
    assert detail.batch is None
    assert orders.find_by_id(uuid.uuid4()) is None


def created_price(db: psycopg.Connection[Any], sku_prefix: str) -> Any:
    row = db.execute(
        "SELECT base_price FROM workshop.headphone_models WHERE sku_prefix = %s", [sku_prefix]
    ).fetchone()
    assert row is not None
    return row[0]


def test_create_refusals_are_typed(db: psycopg.Connection[Any]) -> None:
    orders = OrderRepository(db)
    orders.create(order_number="DUP-1", model_id=model_id(db, "ATT"), wood_type="Walnut")
    with pytest.raises(UniqueViolation) as caught:
        orders.create(order_number="DUP-1", model_id=model_id(db, "ATT"), wood_type="Walnut")
    assert caught.value.rule == "orders_order_number_key"


def test_list_filters_and_keyset_pages(db: psycopg.Connection[Any]) -> None:
    orders = OrderRepository(db)
    ada = customer(db, "Ada Lovelace", "ada@example.com")
    att, cal = model_id(db, "ATT"), model_id(db, "CAL")
    made = []
    for i in range(7):
        # Each order in its own transaction: created_at (transaction time) differs.
        made.append(
            orders.create(
                order_number=f"L-{i}",
                model_id=cal if i % 2 else att,
                wood_type="Walnut",
                customer_id=ada if i < 3 else None,
                priority="rush" if i == 4 else None,
            )
        )
        db.commit()
    newest_first = sorted(made, key=lambda o: (o.created_at, o.id), reverse=True)

    seen: list[OrdersRow] = []
    page = orders.list(limit=3)
    pages = 1
    while True:
        seen += page.items
        if page.next is None:
            break
        page = orders.list(limit=3, after=page.next)
        pages += 1
    assert [o.id for o in seen] == [o.id for o in newest_first]
    assert pages == 3

    assert {o.order_number for o in orders.list(model_id=cal).items} == {"L-1", "L-3", "L-5"}
    assert {o.order_number for o in orders.list(customer_id=ada).items} == {"L-0", "L-1", "L-2"}
    assert [o.order_number for o in orders.list(priority=BatchPriority.RUSH).items] == ["L-4"]
    assert len(orders.list(status=OrderStatus.PENDING, model_id=att).items) == 4
    assert orders.list(status="shipped").items == ()


def test_customer_search_ranks_full_text_matches(db: psycopg.Connection[Any]) -> None:
    customer(db, "Ada Lovelace", "ada@example.com")
    customer(db, "Grace Hopper", "grace@navy.example")
    customer(db, "Ada Byron King", "countess@example.com")
    repo = CustomerRepository(db)
    assert [c.name for c in repo.search("lovelace")] == ["Ada Lovelace"]
    assert {c.name for c in repo.search("ada")} == {"Ada Lovelace", "Ada Byron King"}
    # The deployed function adds trigram matches (partial words, typos) after these.
    fulltext = [c.name for c in repo.search("ada -lovelace") if c.match_kind == "fulltext"]
    assert fulltext == ["Ada Byron King"]
    assert [c.name for c in repo.search("grace", max_rows=1)] == ["Grace Hopper"]
    assert repo.search("nobody") == []


# --- through the API functions (skipped until they are deployed) ----------------------


def test_update_status_is_one_call_and_the_database_logs_it(
    db: psycopg.Connection[Any], api: None, manager: uuid.UUID
) -> None:
    orders = OrderRepository(db)
    order = orders.create(order_number="S-1", model_id=model_id(db, "ATT"), wood_type="Sapele")
    held = orders.update_status(order.id, OrderStatus.ON_HOLD, "customer asked to wait")
    assert held.status is OrderStatus.ON_HOLD
    history = db.execute(
        "SELECT old_status::text, new_status::text, changed_by, reason"
        " FROM workshop.order_status_history WHERE order_id = %s ORDER BY id",
        [order.id],
    ).fetchall()
    assert history[-1] == ("pending", "on_hold", manager, "customer asked to wait")

    with pytest.raises(RuleViolation) as caught:
        orders.update_status(order.id, OrderStatus.DELIVERED, "skipping ahead")
    assert caught.value.rule == "order_status_transition"
    assert caught.value.sqlstate == "23514"
    db.rollback()

    with pytest.raises(NotFound):
        orders.update_status(uuid.uuid4(), OrderStatus.ON_HOLD, "no such order")


def test_wood_not_offered_is_refused_by_the_database(
    db: psycopg.Connection[Any], api: None
) -> None:
    with pytest.raises(RuleViolation) as caught:
        OrderRepository(db).create(
            order_number="W-1", model_id=model_id(db, "ATT"), wood_type=WoodType.COCOBOLO
        )
    assert caught.value.rule == "order_wood_offered"
    assert caught.value.sqlstate == "23514"


def test_batch_life_cycle_through_the_api(
    db: psycopg.Connection[Any], api: None, manager: uuid.UUID
) -> None:
    orders, batches = OrderRepository(db), BatchRepository(db)
    o1 = orders.create(order_number="B-1", model_id=model_id(db, "ATT"), wood_type="Walnut")
    o2 = orders.create(order_number="B-2", model_id=model_id(db, "CAL"), wood_type="Ziricote")
    batch = batches.create("BATCH-001", BatchPriority.HIGH, datetime.date(2026, 12, 20))
    assert batch.current_stage is ProductionStage.INTAKE
    membership = batches.add_order(batch.id, o1.id)
    assert membership.is_active and membership.order_id == o1.id
    batches.add_order(batch.id, o2.id)
    db.commit()  # the refusals below roll back their transaction, not this setup

    db.cursor_factory = CountingCursor
    CountingCursor.executed = 0
    detail = batches.find_by_id(batch.id)
    assert CountingCursor.executed == 1, "one statement, one round trip"
    assert detail is not None
    assert detail.creator_name == "Mara Manager"
    assert [i.order.order_number for i in detail.items] == ["B-1", "B-2"]
    assert {i.model.sku_prefix for i in detail.items} == {"ATT", "CAL"}
    assert all(i.order.status is OrderStatus.IN_PRODUCTION for i in detail.items)
    assert all(i.membership.batch_id == batch.id and i.membership.is_active for i in detail.items)
    assert detail.metadata is not None and detail.metadata.batch_id == batch.id

    order_detail = orders.find_by_id(o1.id)
    assert order_detail is not None and order_detail.batch is not None
    assert order_detail.batch.batch_number == "BATCH-001"

    advanced = batches.advance(batch.id, "intake done")
    assert advanced.current_stage is ProductionStage.SANDING
    db.commit()

    with pytest.raises(RuleViolation) as caught:
        batches.rework(batch.id, ProductionStage.INTAKE, "quality is good: no rework")
    assert caught.value.rule == "batch_stage_progression"
    db.rollback()

    with pytest.raises(RuleViolation) as caught:
        batches.complete(batch.id)
    assert caught.value.rule == "batch_completion"
    db.rollback()

    while batches.advance(batch.id).current_stage is not ProductionStage.SHIPPING:
        pass
    done = batches.complete(batch.id)
    assert done.is_complete
    shipped = orders.find_by_id(o2.id)
    assert shipped is not None and shipped.order.status is OrderStatus.SHIPPED
    assert shipped.batch is None, "a complete batch is no order's current batch"


def test_an_order_joins_one_open_batch_only(
    db: psycopg.Connection[Any], api: None, manager: uuid.UUID
) -> None:
    orders, batches = OrderRepository(db), BatchRepository(db)
    order = orders.create(order_number="J-1", model_id=model_id(db, "EIK"), wood_type="Cherry")
    first = batches.create("BATCH-J1")
    second = batches.create("BATCH-J2")
    batches.add_order(first.id, order.id)
    with pytest.raises(RuleViolation) as caught:
        batches.add_order(second.id, order.id)
    assert caught.value.rule in ("one_active_batch_per_order", "batch_membership")


def test_summary_pages_by_batch_number_and_reads_one_batch(
    db: psycopg.Connection[Any], api: None, manager: uuid.UUID
) -> None:
    batches, summary = BatchRepository(db), ProductionSummaryRepository(db)
    ids = [batches.create(f"SUM-{i}").id for i in range(1, 5)]
    db.execute("SELECT workshop.refresh_production_summary()")
    page = summary.page("SUM-1", 2)
    assert [r.batch_number for r in page] == ["SUM-2", "SUM-3"]
    assert all(r.order_count == 0 and r.is_complete is False for r in page)
    first = summary.find(ids[0])
    assert first is not None and first.batch_number == "SUM-1"
    assert summary.find(uuid.uuid4()) is None
    assert [r.batch_number for r in summary.page(None, 10)] == ["SUM-1", "SUM-2", "SUM-3", "SUM-4"]
