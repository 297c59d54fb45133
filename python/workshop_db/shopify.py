"""`workshop-db import-shopify`: Shopify Admin API orders into workshop orders.

Accepted documents: one order object, a page `{"orders": [...]}`, `{"order": {...}}`,
an orders/create webhook body (a single order), or a JSON array of orders.

Each headphone unit becomes one workshop order keyed by (shopify_order_id,
shopify_line_item_id, line_unit): the insert is `ON CONFLICT ON CONSTRAINT
orders_shopify_line_unit_key DO NOTHING`, so importing a file again, or the same order
from two processes at once, leaves one row per unit. Customers are upserted by
shopify_customer_id and only rewritten when a field differs. Each Shopify order is its
own transaction (a savepoint inside a caller's transaction): all of its units or none.

Mapping (the database decides what is valid):
- model: the SKU prefix before the first "-" (`ATT-WAL-01` -> ATT) joined in SQL to
  headphone_models.sku_prefix; a line item whose prefix is no model's (cables, pads)
  is skipped and counted.
- wood: a line-item property named "wood", else the part of variant_title ("Cocobolo /
  Standard") that is a wood_type label, else the first part; the database refuses an
  unknown wood (enum) or one the model does not offer (rule order_wood_offered).
- order_number: "<name without #>-<line item position>-<unit>", e.g. 1001-2-1.
- priority: tag "priority:<label>" (or "rush"); due_date: note attribute "due_date" or
  tag "due:YYYY-MM-DD". Otherwise the table defaults.
- notes: the order note; other variant options and line-item properties go to
  customizations, with the Shopify line item's identity under "shopify".
- an order cancelled in Shopify (cancelled_at set) is not imported: rejected, with why.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, LiteralString

import psycopg
from psycopg import sql
from psycopg.types.json import Jsonb

from workshop_db.errors import UniqueViolation, WorkshopError, translated
from workshop_db.schema_types import BatchPriority, WoodType


class PayloadError(ValueError):
    """The document is not a Shopify order, page of orders or webhook body."""


def orders_of(document: Any) -> list[dict[str, Any]]:
    """The Shopify orders in a parsed JSON document."""
    if isinstance(document, list):
        return [o for item in document for o in orders_of(item)]
    if isinstance(document, dict):
        if isinstance(document.get("orders"), list):
            return [o for o in document["orders"] if isinstance(o, dict)]
        if isinstance(document.get("order"), dict):
            return [document["order"]]
        if "id" in document and isinstance(document.get("line_items"), list):
            return [document]
    raise PayloadError("not a Shopify order, {'orders': [...]} page or webhook body")


def read_files(paths: Iterable[Path]) -> list[dict[str, Any]]:
    orders: list[dict[str, Any]] = []
    for path in paths:
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
            orders += orders_of(document)
        except (OSError, json.JSONDecodeError, PayloadError) as exc:
            raise PayloadError(f"{path}: {exc}") from exc
    return orders


@dataclass
class Unit:
    order_number: str
    line_item_id: str
    line_unit: int
    sku_prefix: str
    wood: str | None
    customizations: dict[str, Any]


@dataclass
class OrderPlan:
    """What one Shopify order asks for, before the database has its say."""

    shopify_order_id: str
    name: str
    customer: dict[str, Any] | None
    units_by_prefix: dict[str, list[Unit]]
    line_items_by_prefix: dict[str, int]
    notes: str | None
    priority: str | None
    due_date: str | None
    cancelled: bool


def _tags(order: dict[str, Any]) -> list[str]:
    tags = order.get("tags") or ""
    items = tags if isinstance(tags, list) else str(tags).split(",")
    return [t.strip() for t in items if str(t).strip()]


def _wood(line_item: dict[str, Any]) -> tuple[str | None, list[str]]:
    """The wood of a line item and its other variant options."""
    for prop in line_item.get("properties") or []:
        if str(prop.get("name", "")).strip().lower() == "wood" and prop.get("value"):
            options = [p.strip() for p in str(line_item.get("variant_title") or "").split("/")]
            return str(prop["value"]).strip(), [o for o in options if o]
    options = [p.strip() for p in str(line_item.get("variant_title") or "").split("/")]
    options = [o for o in options if o]
    labels = {w.value.lower(): w.value for w in WoodType}
    for option in options:
        if option.lower() in labels:
            return labels[option.lower()], [o for o in options if o != option]
    return (options[0], options[1:]) if options else (None, [])


def _customer(order: dict[str, Any]) -> dict[str, Any] | None:
    customer = order.get("customer")
    if not isinstance(customer, dict) or customer.get("id") is None:
        return None  # a guest checkout: the workshop order has no customer row
    address = customer.get("default_address") or {}
    name = " ".join(
        str(p).strip() for p in (customer.get("first_name"), customer.get("last_name")) if p
    ).strip()
    shipping = order.get("shipping_address") or customer.get("default_address")
    return {
        "shopify_customer_id": str(customer["id"]),
        "name": name or address.get("name") or customer.get("email") or order.get("email"),
        "email": customer.get("email") or order.get("email"),
        "phone": customer.get("phone") or address.get("phone"),
        "shipping_address": None if shipping is None else Jsonb(shipping),
        "billing_address": (
            None if order.get("billing_address") is None else Jsonb(order["billing_address"])
        ),
    }


def plan(order: dict[str, Any]) -> OrderPlan:
    """Read one Shopify order: units per SKU prefix, customer, priority, due date."""
    shopify_id = str(order["id"])
    name = str(order.get("name") or f"#{order.get('order_number', shopify_id)}")
    base = name.lstrip("#").strip() or shopify_id
    units: dict[str, list[Unit]] = {}
    line_items: dict[str, int] = {}
    for position, item in enumerate(order.get("line_items") or [], start=1):
        sku = str(item.get("sku") or "")
        prefix = sku.split("-", 1)[0].strip().upper()
        line_items[prefix] = line_items.get(prefix, 0) + 1
        wood, options = _wood(item)
        properties = {
            str(p.get("name")): p.get("value")
            for p in item.get("properties") or []
            if str(p.get("name", "")).strip().lower() != "wood"
        }
        customizations: dict[str, Any] = {
            "shopify": {
                "order_name": name,
                "line_item_id": str(item.get("id")),
                "sku": sku,
                "title": item.get("title"),
                "variant_title": item.get("variant_title"),
                "price": item.get("price"),
            }
        }
        if options:
            customizations["options"] = options
        if properties:
            customizations["properties"] = properties
        for unit in range(1, int(item.get("quantity") or 1) + 1):
            units.setdefault(prefix, []).append(
                Unit(
                    f"{base}-{position}-{unit}",
                    str(item.get("id")),
                    unit,
                    prefix,
                    wood,
                    customizations,
                )
            )
    tags = _tags(order)
    priority = None
    due = None
    for tag in tags:
        key, _, value = tag.partition(":")
        if key.strip().lower() == "priority" and value.strip():
            priority = value.strip().lower()
        elif tag.lower() == BatchPriority.RUSH.value:
            priority = BatchPriority.RUSH.value
        elif key.strip().lower() == "due" and value.strip():
            due = value.strip()
    for attribute in order.get("note_attributes") or []:
        if str(attribute.get("name", "")).strip().lower() in ("due_date", "due date"):
            due = str(attribute.get("value") or "").strip() or due
    return OrderPlan(
        shopify_order_id=shopify_id,
        name=name,
        customer=_customer(order),
        units_by_prefix=units,
        line_items_by_prefix=line_items,
        notes=order.get("note") or None,
        priority=priority,
        due_date=due,
        cancelled=bool(order.get("cancelled_at")),
    )


@dataclass
class OrderOutcome:
    shopify_order_id: str
    name: str
    imported: int = 0
    unchanged: int = 0
    skipped_line_items: int = 0
    customer: str | None = None  # created, updated, unchanged
    rejected: str | None = None


@dataclass
class ImportSummary:
    imported: int = 0
    unchanged: int = 0
    skipped_line_items: int = 0
    rejected: list[OrderOutcome] = field(default_factory=list)
    orders: list[OrderOutcome] = field(default_factory=list)

    def add(self, outcome: OrderOutcome) -> None:
        self.orders.append(outcome)
        self.skipped_line_items += outcome.skipped_line_items
        if outcome.rejected is not None:
            self.rejected.append(outcome)
        else:
            self.imported += outcome.imported
            self.unchanged += outcome.unchanged

    def as_dict(self) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "unchanged": self.unchanged,
            "skipped_line_items": self.skipped_line_items,
            "rejected": [
                {"shopify_order_id": o.shopify_order_id, "name": o.name, "reason": o.rejected}
                for o in self.rejected
            ],
        }


UPSERT_CUSTOMER: LiteralString = """
INSERT INTO workshop.customers AS c
       (shopify_customer_id, name, email, phone, shipping_address, billing_address)
VALUES (%(shopify_customer_id)s, %(name)s, %(email)s, %(phone)s,
        %(shipping_address)s, %(billing_address)s)
ON CONFLICT (shopify_customer_id) DO UPDATE
   SET name             = EXCLUDED.name,
       email            = EXCLUDED.email,
       phone            = EXCLUDED.phone,
       shipping_address = EXCLUDED.shipping_address,
       billing_address  = EXCLUDED.billing_address
 WHERE (c.name, c.email, c.phone, c.shipping_address, c.billing_address)
       IS DISTINCT FROM
       (EXCLUDED.name, EXCLUDED.email, EXCLUDED.phone,
        EXCLUDED.shipping_address, EXCLUDED.billing_address)
RETURNING id, (xmax = 0) AS inserted
"""

# An unchanged customer returns no row above; a new statement sees it even when a
# concurrent import committed it after this statement's snapshot.
CUSTOMER_ID: LiteralString = (
    "SELECT id FROM workshop.customers WHERE shopify_customer_id = %(shopify_customer_id)s"
)

MODEL_PREFIXES: LiteralString = (
    "SELECT sku_prefix FROM workshop.headphone_models WHERE sku_prefix = ANY(%s)"
)


def _insert_units(plan_: OrderPlan) -> sql.Composed:
    extra = [
        (col, sql.SQL(expr))
        for col, expr, value in (
            ("priority", "%(priority)s::workshop.batch_priority", plan_.priority),
            ("due_date", "%(due_date)s::date", plan_.due_date),
            ("notes", "%(notes)s", plan_.notes),
        )
        if value is not None
    ]
    columns = [
        "order_number", "shopify_order_id", "shopify_line_item_id", "line_unit",
        "customer_id", "model_id", "wood_type", "customizations",
        *(c for c, _ in extra),
    ]  # fmt: skip
    return sql.SQL(
        "INSERT INTO workshop.orders ({columns})"
        " SELECT u.order_number, %(shopify_order_id)s, u.line_item_id, u.line_unit,"
        " %(customer_id)s, m.id, u.wood::workshop.wood_type, u.customizations{extra}"
        " FROM jsonb_to_recordset(%(units)s) AS u(order_number text, line_item_id text,"
        " line_unit integer, sku_prefix text, wood text, customizations jsonb)"
        " JOIN workshop.headphone_models m ON m.sku_prefix = u.sku_prefix"
        " ORDER BY u.line_item_id, u.line_unit"
        " ON CONFLICT ON CONSTRAINT orders_shopify_line_unit_key DO NOTHING"
        " RETURNING id"
    ).format(
        columns=sql.SQL(", ").join(map(sql.Identifier, columns)),
        extra=sql.SQL("").join(sql.SQL(", ") + expr for _, expr in extra),
    )


def _import_once(conn: psycopg.Connection[Any], plan_: OrderPlan) -> OrderOutcome:
    outcome = OrderOutcome(plan_.shopify_order_id, plan_.name)
    with translated(), conn.transaction():
        prefixes = list(plan_.line_items_by_prefix)
        models = {r[0] for r in conn.execute(MODEL_PREFIXES, [prefixes]).fetchall()}
        outcome.skipped_line_items = sum(
            n for p, n in plan_.line_items_by_prefix.items() if p not in models
        )
        units = [u for p in sorted(models) for u in plan_.units_by_prefix.get(p, [])]
        if not units:
            return outcome  # nothing to build: no customer row either
        customer_id = None
        if plan_.customer is not None:
            row = conn.execute(UPSERT_CUSTOMER, plan_.customer).fetchone()
            if row is None:
                found = conn.execute(CUSTOMER_ID, plan_.customer).fetchone()
                assert found is not None
                customer_id, outcome.customer = found[0], "unchanged"
            else:
                customer_id = row[0]
                outcome.customer = "created" if row[1] else "updated"
        params = {
            "shopify_order_id": plan_.shopify_order_id,
            "customer_id": customer_id,
            "priority": plan_.priority,
            "due_date": plan_.due_date,
            "notes": plan_.notes,
            "units": Jsonb(
                [
                    {
                        "order_number": u.order_number,
                        "line_item_id": u.line_item_id,
                        "line_unit": u.line_unit,
                        "sku_prefix": u.sku_prefix,
                        "wood": u.wood,
                        "customizations": u.customizations,
                    }
                    for u in units
                ]
            ),
        }
        inserted = conn.execute(_insert_units(plan_), params).fetchall()
        outcome.imported = len(inserted)
        outcome.unchanged = len(units) - len(inserted)
    return outcome


def import_order(conn: psycopg.Connection[Any], order: dict[str, Any]) -> OrderOutcome:
    """Import one Shopify order, all or nothing; a refusal is reported, not raised."""
    try:
        plan_ = plan(order)
    except (KeyError, TypeError, ValueError) as exc:
        return OrderOutcome(
            str(order.get("id")), str(order.get("name")), rejected=f"unreadable: {exc}"
        )
    if plan_.cancelled:
        return OrderOutcome(plan_.shopify_order_id, plan_.name, rejected="cancelled in Shopify")
    for attempt in (1, 2):
        try:
            return _import_once(conn, plan_)
        except UniqueViolation as exc:
            # Two imports of the same order at once: the loser can hit a unique index
            # other than the ON CONFLICT arbiter (order_number) before seeing the
            # winner's rows. Once more, the arbiter sees them and does nothing.
            if attempt == 2:
                return _rejected(plan_, exc)
        except WorkshopError as exc:
            return _rejected(plan_, exc)
    raise AssertionError("unreachable")


def _rejected(plan_: OrderPlan, exc: WorkshopError) -> OrderOutcome:
    rule = getattr(exc, "rule", None)
    reason = f"{rule}: {exc.message}" if rule else exc.message
    if exc.hint:
        reason += f" (hint: {exc.hint})"
    return OrderOutcome(plan_.shopify_order_id, plan_.name, rejected=reason)


def import_orders(
    conn: psycopg.Connection[Any],
    orders: Iterable[dict[str, Any]],
    progress: Callable[[OrderOutcome], None] | None = None,
) -> ImportSummary:
    """Import orders one by one; a rejected order does not stop the others."""
    summary = ImportSummary()
    for order in orders:
        outcome = import_order(conn, order)
        summary.add(outcome)
        if progress is not None:
            progress(outcome)
    return summary
