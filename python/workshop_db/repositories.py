"""Repositories: one SQL statement per operation; the database enforces every rule.

Reads that return a row with its related rows (an order with its customer, model and
current batch; a batch with its orders) are one statement and one round trip: the
related rows come back as JSON (`row_to_json`, `json_agg`) and are typed into the
generated dataclasses. Writes that carry a business rule go through the API functions
of schema `workshop` (`set_order_status`, `advance_batch`, ...), which validate, write
the history and return the changed row, in one transaction.
"""

from __future__ import annotations

import datetime
import decimal
import functools
import json
import uuid
from dataclasses import dataclass
from typing import Any, LiteralString, TypeVar

import psycopg
from psycopg import sql
from psycopg.types.json import Jsonb, set_json_loads

from workshop_db.errors import NotFound, translated
from workshop_db.rows import from_mapping, typed_row
from workshop_db.schema_types import (
    BatchesRow,
    BatchMetadataRow,
    BatchOrdersRow,
    BatchPriority,
    CustomersRow,
    HeadphoneModelsRow,
    JsonValue,
    OrdersRow,
    OrderStatus,
    ProductionStage,
    ProductionSummaryRow,
    WoodType,
)

T = TypeVar("T")

# Numbers inside JSON keep their exact numeric value (prices, hours).
_json_loads = functools.partial(json.loads, parse_float=decimal.Decimal)


def _function_exists(conn: psycopg.Connection[Any], signature: str) -> bool:
    row = conn.execute("SELECT pg_catalog.to_regprocedure(%s) IS NOT NULL", [signature]).fetchone()
    return bool(row and row[0])


def _one(conn: psycopg.Connection[Any], cls: type[T], query: LiteralString, params: Any) -> T:
    """The single row of `query` as `cls`; NotFound when there is none (or only NULLs)."""
    with translated(), conn.cursor(row_factory=typed_row(cls)) as cur:
        row = cur.execute(query, params).fetchone()
    if row is None or getattr(row, "id", getattr(row, "batch_id", True)) is None:
        raise NotFound(f"{query.split('(')[0].split()[-1]}: no row")
    return row


@dataclass(frozen=True, slots=True)
class OrderDetail:
    """An order with its customer, model and current (active) batch."""

    order: OrdersRow
    model: HeadphoneModelsRow
    customer: CustomersRow | None
    batch: BatchesRow | None


@dataclass(frozen=True, slots=True)
class OrderCursor:
    """Keyset position: the last row of a page (orders are listed newest first)."""

    created_at: datetime.datetime
    id: uuid.UUID


@dataclass(frozen=True, slots=True)
class OrderPage:
    items: tuple[OrdersRow, ...]
    next: OrderCursor | None


@dataclass(frozen=True, slots=True)
class BatchItem:
    """One order of a batch: the membership, the order and its model."""

    membership: BatchOrdersRow
    order: OrdersRow
    model: HeadphoneModelsRow


@dataclass(frozen=True, slots=True)
class BatchDetail:
    """A batch with its derived metadata, the creator's name and its orders."""

    batch: BatchesRow
    metadata: BatchMetadataRow | None
    creator_name: str | None
    items: tuple[BatchItem, ...]


# The order's relations as scalar subqueries, each planned on its own (no join order to
# search over the indexes of orders), rendered with row_to_json: json is text, jsonb
# would be built, sorted and copied only to be sent as text (bench/queries/order_detail.sql).
ORDER_DETAIL_SQL: LiteralString = """
SELECT row_to_json(o) AS "order",
       (SELECT row_to_json(m) FROM workshop.headphone_models m WHERE m.id = o.model_id) AS model,
       (SELECT row_to_json(c) FROM workshop.customers c WHERE c.id = o.customer_id) AS customer,
       (SELECT row_to_json(b)
          FROM workshop.batch_orders bo JOIN workshop.batches b ON b.id = bo.batch_id
         WHERE bo.order_id = o.id AND bo.is_active) AS batch
  FROM workshop.orders o
 WHERE o.id = %s
"""

BATCH_DETAIL_SQL: LiteralString = """
SELECT row_to_json(b) AS batch,
       (SELECT row_to_json(bm) FROM workshop.batch_metadata bm
         WHERE bm.batch_id = b.id) AS metadata,
       (SELECT w.name FROM workshop.workers w WHERE w.id = b.created_by) AS creator_name,
       COALESCE((SELECT json_agg(json_build_object('membership', bo, 'order', o, 'model', m)
                                 ORDER BY bo.added_at, o.order_number)
                   FROM workshop.batch_orders bo
                   JOIN workshop.orders o ON o.id = bo.order_id
                   JOIN workshop.headphone_models m ON m.id = o.model_id
                  WHERE bo.batch_id = b.id), '[]') AS items
  FROM workshop.batches b
 WHERE b.id = %s
"""


class OrderRepository:
    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self.conn = conn

    def find_by_id(self, order_id: uuid.UUID) -> OrderDetail | None:
        """The order with customer, model and current batch, in one statement."""
        with translated(), self.conn.cursor() as cur:
            set_json_loads(_json_loads, cur)
            row = cur.execute(ORDER_DETAIL_SQL, [order_id]).fetchone()
        if row is None:
            return None
        order, model, customer, batch = row
        if model is None:  # a model the caller may not see hides its orders, as a join would
            return None
        return OrderDetail(
            order=from_mapping(OrdersRow, order),
            model=from_mapping(HeadphoneModelsRow, model),
            customer=None if customer is None else from_mapping(CustomersRow, customer),
            batch=None if batch is None else from_mapping(BatchesRow, batch),
        )

    def create(
        self,
        *,
        order_number: str,
        model_id: uuid.UUID,
        wood_type: WoodType | str,
        customer_id: uuid.UUID | None = None,
        priority: BatchPriority | str | None = None,
        due_date: datetime.date | None = None,
        notes: str | None = None,
        internal_notes: str | None = None,
        customizations: JsonValue = None,
    ) -> OrdersRow:
        """Insert an order; columns left None take the table's defaults."""
        values: dict[str, Any] = {
            "order_number": order_number,
            "model_id": model_id,
            "wood_type": wood_type,
            "customer_id": customer_id,
            "priority": priority,
            "due_date": due_date,
            "notes": notes,
            "internal_notes": internal_notes,
            "customizations": None if customizations is None else Jsonb(customizations),
        }
        given = {k: v for k, v in values.items() if v is not None}
        query = sql.SQL("INSERT INTO workshop.orders ({}) VALUES ({}) RETURNING *").format(
            sql.SQL(", ").join(map(sql.Identifier, given)),
            sql.SQL(", ").join(sql.Placeholder(k) for k in given),
        )
        with translated(), self.conn.cursor(row_factory=typed_row(OrdersRow)) as cur:
            row = cur.execute(query, given).fetchone()
        assert row is not None
        return row

    def update_status(
        self, order_id: uuid.UUID, status: OrderStatus | str, reason: str | None = None
    ) -> OrdersRow:
        """Change the status through workshop.set_order_status (rule and history in SQL)."""
        return _one(
            self.conn,
            OrdersRow,
            "SELECT * FROM workshop.set_order_status("
            "p_order_id => %s, p_status => %s::workshop.order_status, p_reason => %s)",
            [order_id, status, reason],
        )

    def list(
        self,
        *,
        status: OrderStatus | str | None = None,
        priority: BatchPriority | str | None = None,
        model_id: uuid.UUID | None = None,
        customer_id: uuid.UUID | None = None,
        after: OrderCursor | None = None,
        limit: int = 50,
    ) -> OrderPage:
        """Orders newest first, filtered; pass `page.next` as `after` for the next page.

        Keyset pagination on (created_at, id): a page costs the same wherever it is, and
        rows inserted meanwhile never shift the pages already read.
        """
        if limit < 1:
            raise ValueError("limit must be positive")
        conditions: list[sql.Composable] = []
        params: dict[str, Any] = {"limit": limit + 1}
        filters: dict[str, tuple[Any, LiteralString]] = {
            "status": (status, "status = %(status)s::workshop.order_status"),
            "priority": (priority, "priority = %(priority)s::workshop.batch_priority"),
            "model_id": (model_id, "model_id = %(model_id)s"),
            "customer_id": (customer_id, "customer_id = %(customer_id)s"),
        }
        for name, (value, condition) in filters.items():
            if value is not None:
                conditions.append(sql.SQL(condition))
                params[name] = value
        if after is not None:
            conditions.append(sql.SQL("(created_at, id) < (%(after_at)s, %(after_id)s)"))
            params.update(after_at=after.created_at, after_id=after.id)
        where = (
            sql.SQL(" WHERE ") + sql.SQL(" AND ").join(conditions) if conditions else sql.SQL("")
        )
        query = sql.SQL(
            "SELECT * FROM workshop.orders{} ORDER BY created_at DESC, id DESC LIMIT %(limit)s"
        ).format(where)
        with translated(), self.conn.cursor(row_factory=typed_row(OrdersRow)) as cur:
            rows = cur.execute(query, params).fetchall()
        more = len(rows) > limit
        items = tuple(rows[:limit])
        last = items[-1] if more else None
        return OrderPage(items, None if last is None else OrderCursor(last.created_at, last.id))


class BatchRepository:
    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self.conn = conn

    def find_by_id(self, batch_id: uuid.UUID) -> BatchDetail | None:
        """The batch, its metadata, its creator's name and its orders, in one statement."""
        with translated(), self.conn.cursor() as cur:
            set_json_loads(_json_loads, cur)
            row = cur.execute(BATCH_DETAIL_SQL, [batch_id]).fetchone()
        if row is None:
            return None
        batch, metadata, creator_name, items = row
        return BatchDetail(
            batch=from_mapping(BatchesRow, batch),
            metadata=None if metadata is None else from_mapping(BatchMetadataRow, metadata),
            creator_name=creator_name,
            items=tuple(
                BatchItem(
                    membership=from_mapping(BatchOrdersRow, item["membership"]),
                    order=from_mapping(OrdersRow, item["order"]),
                    model=from_mapping(HeadphoneModelsRow, item["model"]),
                )
                for item in items
            ),
        )

    def create(
        self,
        batch_number: str,
        priority: BatchPriority | str = BatchPriority.STANDARD,
        target_completion: datetime.date | None = None,
    ) -> BatchesRow:
        return _one(
            self.conn,
            BatchesRow,
            "SELECT * FROM workshop.create_batch(p_batch_number => %s,"
            " p_priority => %s::workshop.batch_priority, p_target_completion => %s::date)",
            [batch_number, priority, target_completion],
        )

    def add_order(self, batch_id: uuid.UUID, order_id: uuid.UUID) -> BatchOrdersRow:
        return _one(
            self.conn,
            BatchOrdersRow,
            "SELECT * FROM workshop.add_order_to_batch(p_batch_id => %s, p_order_id => %s)",
            [batch_id, order_id],
        )

    def advance(self, batch_id: uuid.UUID, reason: str | None = None) -> BatchesRow:
        """Move the batch one stage forward (rule batch_stage_progression)."""
        return _one(
            self.conn,
            BatchesRow,
            "SELECT * FROM workshop.advance_batch(p_batch_id => %s, p_reason => %s)",
            [batch_id, reason],
        )

    def rework(
        self, batch_id: uuid.UUID, to_stage: ProductionStage | str, reason: str
    ) -> BatchesRow:
        """Move the batch back to `to_stage` for rework; the database requires a reason."""
        return _one(
            self.conn,
            BatchesRow,
            "SELECT * FROM workshop.rework_batch(p_batch_id => %s,"
            " p_to_stage => %s::workshop.production_stage, p_reason => %s)",
            [batch_id, to_stage, reason],
        )

    def complete(self, batch_id: uuid.UUID) -> BatchesRow:
        """Complete the batch at Shipping: its orders become shipped (rule batch_completion)."""
        return _one(
            self.conn,
            BatchesRow,
            "SELECT * FROM workshop.complete_batch(p_batch_id => %s)",
            [batch_id],
        )


@dataclass(frozen=True, slots=True)
class CustomerMatch:
    """A row of workshop.search_customers: a customer and how well it matched."""

    customer_id: uuid.UUID
    name: str
    email: str
    phone: str | None
    match_kind: str  # fulltext, or trigram (partial words, typos)
    rank: float


# Until workshop.search_customers is deployed: its full-text half, with the expression
# of the index idx_customers_search written exactly so that the planner can use it.
SEARCH_FALLBACK_SQL: LiteralString = """
SELECT c.id AS customer_id, c.name, c.email, c.phone, 'fulltext' AS match_kind,
       ts_rank(to_tsvector('english'::regconfig, c.name || ' ' || COALESCE(c.email, '')), q)
         AS rank
  FROM workshop.customers c,
       websearch_to_tsquery('english', %(q)s) AS q
 WHERE to_tsvector('english'::regconfig, c.name || ' ' || COALESCE(c.email, '')) @@ q
 ORDER BY rank DESC, c.name, c.id
 LIMIT %(max_rows)s
"""


class CustomerRepository:
    SEARCH_FUNCTION = "workshop.search_customers(text,integer)"

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self.conn = conn

    def search(self, query: str, max_rows: int = 20) -> list[CustomerMatch]:
        """Customers matching a web-style query (`"ada lovelace" -babbage`), best first.

        Calls workshop.search_customers (full-text, then trigram matches) when it is
        deployed, else runs its full-text half here.
        """
        with translated():
            use_function = _function_exists(self.conn, self.SEARCH_FUNCTION)
        query_sql: LiteralString = (
            "SELECT * FROM workshop.search_customers(%(q)s, %(max_rows)s::integer)"
            if use_function
            else SEARCH_FALLBACK_SQL
        )
        with translated(), self.conn.cursor(row_factory=typed_row(CustomerMatch)) as cur:
            return cur.execute(query_sql, {"q": query, "max_rows": max_rows}).fetchall()


class ProductionSummaryRepository:
    """Staff reads of the production summary (as of its last refresh).

    One batch's row is an index lookup through the gated view; pages go through
    workshop.production_summary_page, which walks the materialized view's batch_number
    index (a reader's ORDER BY ... LIMIT cannot reach into the security_barrier view).
    """

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self.conn = conn

    def find(self, batch_id: uuid.UUID) -> ProductionSummaryRow | None:
        with translated(), self.conn.cursor(row_factory=typed_row(ProductionSummaryRow)) as cur:
            return cur.execute(
                "SELECT * FROM workshop.production_summary WHERE batch_id = %s", [batch_id]
            ).fetchone()

    def page(
        self, after_batch_number: str | None = None, max_rows: int = 50
    ) -> list[ProductionSummaryRow]:
        """The batches after `after_batch_number` (from the first when None), by number."""
        with translated(), self.conn.cursor(row_factory=typed_row(ProductionSummaryRow)) as cur:
            return cur.execute(
                "SELECT * FROM workshop.production_summary_page(%s, %s::integer)",
                [after_batch_number, max_rows],
            ).fetchall()
