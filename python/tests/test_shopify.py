"""Shopify import: one order per unit, idempotent, all or nothing per Shopify order."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import psycopg
import pytest
from conftest import run_cli

from workshop_db import shopify

FIXTURES = Path(__file__).parent / "fixtures" / "shopify"


def load(name: str) -> list[dict[str, Any]]:
    return shopify.read_files([FIXTURES / name])


def state(db: psycopg.Connection[Any]) -> list[tuple[Any, ...]]:
    """Every imported row with its row version: equal states mean nothing was written."""
    return db.execute(
        "SELECT 'order', order_number, xmin::text, updated_at FROM workshop.orders"
        " UNION ALL SELECT 'customer', shopify_customer_id, xmin::text, updated_at"
        " FROM workshop.customers ORDER BY 1, 2"
    ).fetchall()


def test_payload_shapes() -> None:
    order = load("order_1001.json")[0]
    assert shopify.orders_of({"order": order}) == [order]
    assert shopify.orders_of({"orders": [order, order]}) == [order, order]
    assert shopify.orders_of([order]) == [order]
    assert len(load("orders_page.json")) == 3
    with pytest.raises(shopify.PayloadError):
        shopify.orders_of({"products": []})


def test_units_become_orders_and_accessories_are_skipped(db: psycopg.Connection[Any]) -> None:
    summary = shopify.import_orders(db, load("order_1001.json"))
    assert (summary.imported, summary.unchanged, summary.skipped_line_items) == (3, 0, 2)
    assert summary.rejected == []
    rows = db.execute(
        "SELECT o.order_number, m.sku_prefix, o.wood_type::text, o.line_unit, o.status::text,"
        "       o.priority::text, c.name, c.email, o.notes, o.customizations->'options'"
        "  FROM workshop.orders o JOIN workshop.headphone_models m ON m.id = o.model_id"
        "  JOIN workshop.customers c ON c.id = o.customer_id ORDER BY o.order_number"
    ).fetchall()
    note = "Please gift-wrap the Atticus."
    ada = ("Ada Lovelace", "ada.lovelace@example.com", note)
    assert rows == [
        ("1001-1-1", "ATT", "Walnut", 1, "pending", "standard", *ada, ["Standard pads"]),
        ("1001-2-1", "VER", "Cocobolo", 1, "pending", "standard", *ada, ["Balanced cable"]),
        ("1001-2-2", "VER", "Cocobolo", 2, "pending", "standard", *ada, ["Balanced cable"]),
    ]
    address = db.execute(
        "SELECT shipping_address->>'city', phone FROM workshop.customers"
    ).fetchone()
    assert address == ("London", "+44 20 7946 0018")


def test_same_file_twice_changes_nothing(db: psycopg.Connection[Any], dsn: str) -> None:
    files = [str(FIXTURES / f) for f in ("order_1001.json", "orders_page.json")]
    first = run_cli("import-shopify", *files, "--json", "--dsn", dsn)
    assert first.returncode == 1, "1005 (unknown wood) is rejected"
    summary = json.loads(first.stdout)
    assert summary["imported"] == 3 + 1 + 3
    assert summary["skipped_line_items"] == 2
    [rejected] = summary["rejected"]
    assert rejected["shopify_order_id"] == "5801234567005"
    assert "Ebony" in rejected["reason"]
    before = state(db)
    db.commit()

    second = run_cli("import-shopify", *files, "--json", "--dsn", dsn)
    again = json.loads(second.stdout)
    assert (again["imported"], again["unchanged"]) == (0, 7)
    assert state(db) == before


def test_priority_due_date_properties_and_webhook(db: psycopg.Connection[Any]) -> None:
    summary = shopify.import_orders(
        db, load("orders_page.json") + load("webhook_orders_create.json")
    )
    assert summary.imported == 1 + 3 + 1
    rows = db.execute(
        "SELECT order_number, wood_type::text, priority::text, due_date::text,"
        "       customizations->'properties'"
        "  FROM workshop.orders ORDER BY order_number"
    ).fetchall()
    assert rows == [
        ("1002-1-1", "Cherry", "rush", "2026-12-18", None),
        ("1004-1-1", "Ziricote", "high", None, {"Engraving": "A.M.T."}),
        ("1004-2-1", "Sapele", "high", None, None),
        ("1004-2-2", "Sapele", "high", None, None),
        ("1006-1-1", "Walnut", "standard", None, {"Engraving": "H.L."}),
    ]
    # 1005 (unknown wood) was rejected whole: its customer was rolled back with it.
    assert db.execute("SELECT count(*) FROM workshop.customers").fetchone() == (3,)


def test_an_unmappable_order_is_rejected_whole_and_the_rest_imported(
    db: psycopg.Connection[Any], api: None
) -> None:
    orders = load("order_1007_wood_not_offered.json") + load("webhook_orders_create.json")
    summary = shopify.import_orders(db, orders)
    [rejected] = summary.rejected
    assert rejected.shopify_order_id == "5801234567007"
    assert rejected.rejected is not None and "order_wood_offered" in rejected.rejected
    assert summary.imported == 1
    numbers = db.execute("SELECT order_number FROM workshop.orders").fetchall()
    assert numbers == [("1006-1-1",)], "nothing of 1007, not even its valid Eikon"
    customers = db.execute("SELECT count(*) FROM workshop.customers").fetchone()
    assert customers == (1,), "1007's customer was rolled back with it"


def test_two_imports_of_one_order_at_once_make_one_row_per_unit(dsn: str) -> None:
    order = load("order_1001.json")[0]
    with psycopg.connect(dsn) as a, psycopg.connect(dsn, autocommit=True) as b:
        b.execute("SET lock_timeout = '20s'")
        b_pid = b.info.backend_pid
        a.execute("SELECT 1")  # A's transaction stays open: the import uses a savepoint
        first = shopify.import_order(a, order)
        assert first.imported == 3

        outcome: list[shopify.OrderOutcome] = []
        thread = threading.Thread(target=lambda: outcome.append(shopify.import_order(b, order)))
        thread.start()
        with psycopg.connect(dsn, autocommit=True) as observer:
            blocked = False
            for _ in range(2000):  # B must wait for A: its insert meets A's uncommitted rows
                row = observer.execute(
                    "SELECT %s = ANY(pg_blocking_pids(%s))", [a.info.backend_pid, b_pid]
                ).fetchone()
                if row == (True,):
                    blocked = True
                    break
                observer.execute("SELECT pg_sleep(0.01)")
            assert blocked, "the second import did not wait for the first"
        a.commit()
        thread.join()
        [second] = outcome
        assert second.rejected is None
        assert (second.imported, second.unchanged) == (0, 3)
        count = a.execute(
            "SELECT count(*) FROM workshop.orders WHERE shopify_order_id = '5801234567001'"
        ).fetchone()
        assert count == (3,)
        assert a.execute("SELECT count(*) FROM workshop.customers").fetchone() == (1,)
