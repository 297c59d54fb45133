"""Bad input, fuzzed (hypothesis): every call succeeds correctly or raises a clear typed
error, never crashes, never writes half of something.

Hostile text (any unicode, NUL bytes, 1 MB strings, SQL-shaped strings), wrong enum
labels, negative and huge numbers, NULLs and unknown ids go through the SQL API functions
and through the Python package (repositories, Shopify import). A clear error is:
- a server error whose SQLSTATE is in ALLOWED (and, for a rule, that names the rule:
  the error's constraint name), raised as psycopg's error class or as a
  workshop_db.errors type;
- psycopg.DataError raised by the client for a NUL byte in a text parameter (PostgreSQL
  text cannot hold one), or UnicodeEncodeError for a lone surrogate (no UTF-8 form),
  before anything is sent.
Each test uses its own cloned database; each example runs inside a savepoint that is
rolled back, so examples do not see each other. The stateful test drives random
sequences of API calls and checks the invariants after every step.
"""

from __future__ import annotations

import datetime
import decimal
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test

from workshop_db import errors, shopify
from workshop_db.repositories import BatchRepository, CustomerRepository, OrderRepository

# SQLSTATEs that are a clear answer to bad input.
ALLOWED = {
    "23514": "check violation: a business rule or CHECK constraint (named)",
    "23505": "unique violation (named)",
    "23502": "not null violation",
    "23503": "foreign key violation (named)",
    "22P02": "invalid text representation (an enum label, a uuid)",
    "22003": "numeric value out of range",
    "22007": "invalid datetime format",
    "22008": "datetime field overflow",
    "22023": "invalid parameter value",
    "22004": "null value not allowed",
    "P0002": "no such row (unknown id)",
    "54000": "program limit exceeded (an index row or tsvector too long)",
}
NAMED = {"23514", "23505", "23503"}

FUZZ = settings(
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                           HealthCheck.data_too_large],
)  # fmt: skip

SQL_SHAPED = [
    "'; DROP TABLE workshop.orders; --",
    "Robert'); DELETE FROM workshop.order_status_history; --",
    "1 OR 1=1",
    "$$; SELECT pg_sleep(10); $$",
    "\\x00",
    "%s %(x)s {}",
    "' UNION SELECT internal_notes FROM workshop.orders --",
    '"ada" -babbage OR <-> !!',
    "E'\\\\'",
    "/* */ ; COMMIT; BEGIN;",
]
text = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=20),
    st.sampled_from(SQL_SHAPED),
    st.just("\x00nul"),
    # 1 MB of text (as UTF-8), compressible or not.
    st.sampled_from(["x", "é", "🎧", "a b "]).map(lambda c: c * (1_000_000 // len(c.encode()))),
    st.binary(min_size=1000, max_size=1000).map(lambda b: (b.hex() * 500)[:1_000_000]),
    st.just(" \t\n"),
    st.just(""),
)
maybe_text = st.one_of(st.none(), text)
# Search queries: the same, but a long query of many words is 10 KB, not 1 MB. A 1 MB
# query of many short words makes websearch_to_tsquery (PostgreSQL core) run for
# minutes before it fails with 54001 (stack depth): search_customers should bound the
# query's length (reported, not fixed here).
search_text = st.one_of(
    st.text(max_size=40),
    st.sampled_from(SQL_SHAPED),
    st.just("\x00nul"),
    st.sampled_from(["x", "é", "🎧"]).map(lambda c: c * (1_000_000 // len(c.encode()))),
    st.binary(min_size=1000, max_size=1000).map(lambda b: (b.hex() * 500)[:1_000_000]),
    st.just("a b " * 2500),
    st.just(" \t\n"),
)
labels_of: dict[str, list[str]] = {
    "order_status": ["pending", "in_production", "on_hold", "ready_to_ship", "shipped",
                     "delivered", "cancelled"],
    "batch_priority": ["low", "standard", "high", "rush"],
    "production_stage": ["Intake", "Sanding", "Finishing", "Sub-Assembly", "Final Assembly",
                         "Acoustic QC", "Shipping"],
    "wood_type": ["Sapele", "Cherry", "Walnut", "Cocobolo", "Ziricote"],
    "quality_status": ["good", "warning", "critical"],
}  # fmt: skip


def label(kind: str) -> st.SearchStrategy[str | None]:
    good = st.sampled_from(labels_of[kind])
    wrong = st.sampled_from(["PENDING", "Pending ", "walnut", "Ebony", "", "shipping", "🎧"])
    return st.one_of(good, good, wrong, st.none(), text)


numbers = st.one_of(
    st.integers(min_value=-(10**20), max_value=10**20),
    st.decimals(allow_nan=False, allow_infinity=False, places=3),
    st.sampled_from([decimal.Decimal("NaN"), decimal.Decimal("1e40"), decimal.Decimal("-0.001")]),
    st.none(),
)


def has_nul(*values: Any) -> bool:
    return any(isinstance(v, str) and "\x00" in v for v in values)


def has_surrogate(*values: Any) -> bool:
    return any(isinstance(v, str) and any(0xD800 <= ord(c) <= 0xDFFF for c in v) for v in values)


def check_error(exc: BaseException, *values: Any) -> None:
    """Fails the test unless exc is a clear, typed answer to the input."""
    if isinstance(exc, psycopg.DataError) and exc.sqlstate is None:
        assert has_nul(*values), f"client-side DataError without a NUL byte: {exc}"
        assert "NUL" in str(exc)
        return
    if isinstance(exc, UnicodeEncodeError):
        # A Python str with a lone surrogate has no UTF-8 form: the driver refuses to
        # send it, before anything reaches the server.
        assert has_surrogate(*values), f"UnicodeEncodeError without a lone surrogate: {exc}"
        return
    if isinstance(exc, errors.WorkshopError):
        state, name = exc.sqlstate, getattr(exc, "rule", None)
    elif isinstance(exc, psycopg.Error):
        state, name = exc.sqlstate, exc.diag.constraint_name
    else:
        raise AssertionError(f"not a typed error: {type(exc).__name__}: {exc}") from exc
    assert state in ALLOWED, f"SQLSTATE {state} is not a clear answer: {exc}"
    if state in NAMED:
        assert name, f"{state} without the rule or constraint name: {exc}"


FINGERPRINT = """
SELECT (SELECT count(*) FROM workshop.orders), (SELECT count(*) FROM workshop.order_status_history),
       (SELECT count(*) FROM workshop.batches), (SELECT count(*) FROM workshop.batch_orders),
       (SELECT count(*) FROM workshop.customers), (SELECT count(*) FROM workshop.work_logs),
       (SELECT count(*) FROM workshop.quality_checks),
       (SELECT count(*) FROM workshop.batch_stage_history),
       (SELECT md5(string_agg(to_jsonb(o)::text, '' ORDER BY o.id)) FROM workshop.orders o),
       (SELECT md5(string_agg(to_jsonb(b)::text, '' ORDER BY b.id)) FROM workshop.batches b)
"""


@contextmanager
def example(conn: psycopg.Connection[Any]) -> Iterator[None]:
    """One example: a savepoint rolled back afterwards, whatever happened."""
    conn.execute("SAVEPOINT example")
    try:
        yield
    finally:
        conn.execute("ROLLBACK TO SAVEPOINT example")


def attempt(conn: psycopg.Connection[Any], call: Callable[[], Any], *values: Any) -> Any:
    """Runs call in its own savepoint: its result, or None after checking its error and
    that nothing of it was written."""
    before = conn.execute(FINGERPRINT).fetchone()
    conn.execute("SAVEPOINT call")
    try:
        result = call()
    except Exception as exc:
        check_error(exc, *values)
        conn.execute("ROLLBACK TO SAVEPOINT call")
        assert conn.execute(FINGERPRINT).fetchone() == before, "a refused call wrote something"
        return None
    conn.execute("RELEASE SAVEPOINT call")
    return result


@pytest.fixture
def world(db: psycopg.Connection[Any], manager: uuid.UUID) -> dict[str, Any]:
    """Committed fixture rows: models, a pending order, one in an open batch at Sanding."""
    models = dict(db.execute("SELECT sku_prefix, id FROM workshop.headphone_models").fetchall())
    pending = db.execute(
        "INSERT INTO workshop.orders (order_number, model_id, wood_type, internal_notes)"
        " VALUES ('FZ-PENDING', %s, 'Walnut', 'secret') RETURNING id",
        [models["ATT"]],
    ).fetchone()[0]  # type: ignore[index]
    member = db.execute(
        "INSERT INTO workshop.orders (order_number, model_id, wood_type)"
        " VALUES ('FZ-MEMBER', %s, 'Cherry') RETURNING id",
        [models["EIK"]],
    ).fetchone()[0]  # type: ignore[index]
    batch = db.execute("SELECT id FROM workshop.create_batch('FZ-B1')").fetchone()[0]  # type: ignore[index]
    db.execute("SELECT workshop.add_order_to_batch(%s, %s)", [batch, member])
    db.execute("SELECT workshop.advance_batch(%s, 'fixture')", [batch])
    db.execute(
        "INSERT INTO workshop.customers (name, email) VALUES ('Ada Lovelace', 'ada@example.test')"
    )
    db.commit()
    return {"db": db, "models": models, "pending": pending, "member": member, "batch": batch,
            "manager": manager}  # fmt: skip


def some_id(known: list[uuid.UUID]) -> st.SearchStrategy[uuid.UUID | None]:
    return st.one_of(st.sampled_from(known), st.uuids(), st.none())


# --- the SQL API functions ------------------------------------------------------------


def test_fuzz_set_order_status(world: dict[str, Any]) -> None:
    db: psycopg.Connection[Any] = world["db"]

    @FUZZ
    @given(
        order=some_id([world["pending"], world["member"]]),
        status=label("order_status"),
        reason=maybe_text,
    )
    def run(order: uuid.UUID | None, status: str | None, reason: str | None) -> None:
        with example(db):
            row = attempt(
                db,
                lambda: db.execute(
                    "SELECT id, status::text FROM workshop.set_order_status(%s, %s, %s)",
                    [order, status, reason],
                ).fetchone(),
                status, reason,
            )  # fmt: skip
            if row is not None:
                assert row == (order, status)
                last = db.execute(
                    "SELECT new_status::text, reason FROM workshop.order_status_history"
                    " WHERE order_id = %s ORDER BY id DESC LIMIT 1",
                    [order],
                ).fetchone()
                assert last is not None and last[0] == status

    run()


def test_fuzz_batch_functions(world: dict[str, Any]) -> None:
    db: psycopg.Connection[Any] = world["db"]
    batches = [world["batch"]]
    orders = [world["pending"], world["member"]]

    @FUZZ
    @given(
        number=maybe_text,
        priority=label("batch_priority"),
        target=st.one_of(st.none(), st.dates(), st.sampled_from(["2026-02-30", "tomorrow", "0"])),
        batch=some_id(batches),
        order=some_id(orders),
        stage=label("production_stage"),
        quality=label("quality_status"),
        reason=maybe_text,
    )
    def run(
        number: str | None, priority: str | None, target: Any, batch: uuid.UUID | None,
        order: uuid.UUID | None, stage: str | None, quality: str | None, reason: str | None,
    ) -> None:  # fmt: skip
        with example(db):
            created = attempt(
                db,
                lambda: db.execute(
                    "SELECT id, batch_number FROM workshop.create_batch(%s, %s, %s)",
                    [number, priority, target],
                ).fetchone(),
                number, priority, target,
            )  # fmt: skip
            if created is not None:
                assert created[1] == number
            attempt(db, lambda: db.execute(
                "SELECT workshop.add_order_to_batch(%s, %s)", [batch, order]))  # fmt: skip
            attempt(db, lambda: db.execute(
                "SELECT workshop.set_batch_quality(%s, %s, %s)", [batch, quality, reason]),
                quality, reason)  # fmt: skip
            attempt(db, lambda: db.execute(
                "SELECT workshop.rework_batch(%s, %s, %s)", [batch, stage, reason]),
                stage, reason)  # fmt: skip
            attempt(db, lambda: db.execute(
                "SELECT workshop.advance_batch(%s, %s)", [batch, reason]), reason)  # fmt: skip
            attempt(db, lambda: db.execute(
                "SELECT workshop.remove_order_from_batch(%s, %s, %s)", [batch, order, reason]),
                reason)  # fmt: skip
            attempt(db, lambda: db.execute("SELECT workshop.complete_batch(%s)", [batch]))

    run()


def test_fuzz_work_and_quality(world: dict[str, Any]) -> None:
    db: psycopg.Connection[Any] = world["db"]

    @FUZZ
    @given(
        batch=some_id([world["batch"]]),
        order=some_id([world["member"], world["pending"]]),
        hours=numbers,
        stage=label("production_stage"),
        worker=some_id([world["manager"]]),
        item=maybe_text,
        passed=st.one_of(st.booleans(), st.none()),
        defect=maybe_text,
    )
    def run(
        batch: uuid.UUID | None, order: uuid.UUID | None, hours: Any, stage: str | None,
        worker: uuid.UUID | None, item: str | None, passed: bool | None, defect: str | None,
    ) -> None:  # fmt: skip
        with example(db):
            logged = attempt(db, lambda: db.execute(
                "SELECT hours FROM workshop.log_work(%s, %s, %s, %s)",
                [batch, hours, stage, worker]).fetchone(), stage)  # fmt: skip
            if logged is not None:
                assert 0 < logged[0] <= 24
            checked = attempt(db, lambda: db.execute(
                "SELECT passed, defect_reason"
                " FROM workshop.record_quality_check(%s, %s, %s, %s, %s)",
                [batch, order, item, passed, defect]).fetchone(), item, defect)  # fmt: skip
            if checked is not None and checked[0] is False:
                assert checked[1] is not None and checked[1].strip() != ""

    run()


# --- the Python package -----------------------------------------------------------------


def test_fuzz_order_repository(world: dict[str, Any]) -> None:
    db: psycopg.Connection[Any] = world["db"]
    repo = OrderRepository(db)
    models = list(world["models"].values())

    @FUZZ
    @given(
        number=text,
        model=st.one_of(st.sampled_from(models), st.uuids()),
        wood=label("wood_type"),
        priority=label("batch_priority"),
        due=st.one_of(st.none(), st.dates(min_value=datetime.date(1, 1, 1))),
        notes=maybe_text,
        internal=maybe_text,
        custom=st.one_of(st.none(), st.dictionaries(st.text(max_size=5), st.integers()),
                         st.lists(st.integers(), max_size=2), st.text(max_size=5)),
        status=label("order_status"),
        reason=maybe_text,
    )  # fmt: skip
    def run(
        number: str, model: uuid.UUID, wood: str | None, priority: str | None,
        due: datetime.date | None, notes: str | None, internal: str | None, custom: Any,
        status: str | None, reason: str | None,
    ) -> None:  # fmt: skip
        with example(db):
            created = attempt(
                db,
                lambda: repo.create(
                    order_number=number, model_id=model, wood_type=wood or "",
                    priority=priority, due_date=due, notes=notes, internal_notes=internal,
                    customizations=custom,
                ),
                number, wood, priority, notes, internal, custom,
            )  # fmt: skip
            if created is None:
                return
            assert (created.order_number, created.notes, created.internal_notes) == (
                number, notes, internal
            )  # fmt: skip
            assert created.status == "pending"
            detail = repo.find_by_id(created.id)
            assert detail is not None and detail.order.id == created.id
            if status is not None:
                changed = attempt(db, lambda: repo.update_status(created.id, status, reason),
                                  status, reason)  # fmt: skip
                if changed is not None:
                    assert changed.status == status

    run()


def test_fuzz_batch_repository_and_search(world: dict[str, Any]) -> None:
    db: psycopg.Connection[Any] = world["db"]
    batches = BatchRepository(db)
    customers = CustomerRepository(db)

    @FUZZ
    @given(
        number=text,
        priority=label("batch_priority"),
        query=search_text,
        max_rows=st.one_of(st.integers(-5, 5), st.just(2**31 - 1), st.just(2**40)),
        batch=some_id([world["batch"]]),
        stage=label("production_stage"),
        reason=text,
    )
    def run(
        number: str, priority: str | None, query: str, max_rows: int,
        batch: uuid.UUID | None, stage: str | None, reason: str,
    ) -> None:  # fmt: skip
        with example(db):
            created = attempt(db, lambda: batches.create(number, priority or "standard"),
                              number, priority)  # fmt: skip
            if created is not None:
                assert created.batch_number == number
                found = batches.find_by_id(created.id)
                assert found is not None and found.items == ()
            found_rows = attempt(db, lambda: customers.search(query, max_rows), query)
            if found_rows is not None:
                assert len(found_rows) <= max(max_rows, 0)
                assert all("internal_notes" not in repr(r) for r in found_rows)
            if batch is not None:
                attempt(db, lambda: batches.rework(batch, stage or "", reason), stage, reason)
                attempt(db, lambda: batches.advance(batch, reason), reason)

    run()


line_item = st.fixed_dictionaries(
    {
        "id": st.one_of(st.integers(-(2**63), 2**63), text),
        "sku": st.one_of(st.sampled_from(["ATT-SAP", "EIK-CHE-1", "CAL-X", "CBL-1", "att-wal"]),
                         text),
        "variant_title": st.one_of(st.sampled_from(["Walnut / Gloss", "Cherry", "Padauk / X"]),
                                   maybe_text),
        "quantity": st.one_of(st.integers(-3, 4), st.none(), st.sampled_from(["2", "x"])),
        "title": maybe_text,
        "price": st.one_of(st.sampled_from(["999.00", "-1", "1e999"]), maybe_text),
    },
    optional={"properties": st.lists(st.fixed_dictionaries({"name": text, "value": maybe_text}),
                                     max_size=2)},
)  # fmt: skip
shopify_order = st.fixed_dictionaries(
    {
        "id": st.one_of(st.integers(-(2**63), 2**63), text),
        "name": maybe_text,
        "line_items": st.lists(line_item, max_size=3),
    },
    optional={
        "customer": st.one_of(
            st.none(),
            st.fixed_dictionaries({"id": st.one_of(st.integers(), text), "first_name": maybe_text,
                                   "last_name": maybe_text, "email": maybe_text}),
        ),
        "note": maybe_text,
        "tags": st.one_of(text, st.lists(text, max_size=3)),
        "note_attributes": st.lists(
            st.fixed_dictionaries({"name": st.sampled_from(["due_date", "x"]), "value": text}),
            max_size=2),
        "cancelled_at": st.one_of(st.none(), st.just("2026-01-01T00:00:00Z")),
    },
)  # fmt: skip


def test_fuzz_shopify_import(world: dict[str, Any]) -> None:
    """An import never raises for bad content: each order is imported whole or rejected
    with a reason, and a rejected order writes nothing (no customer, no unit)."""
    db: psycopg.Connection[Any] = world["db"]

    @FUZZ
    @given(order=shopify_order)
    def run(order: dict[str, Any]) -> None:
        with example(db):
            before = db.execute(FINGERPRINT).fetchone()
            try:
                outcome = shopify.import_order(db, order)
            except (psycopg.DataError, UnicodeEncodeError) as exc:
                check_error(exc, *_strings(order))
                assert db.execute(FINGERPRINT).fetchone() == before
                return
            after = db.execute(FINGERPRINT).fetchone()
            assert after is not None and before is not None
            if outcome.rejected is not None:
                assert outcome.rejected.strip() != ""
                assert after == before, f"a rejected order wrote something: {outcome.rejected}"
            else:
                assert after[0] == before[0] + outcome.imported
                assert after[1] == before[1] + outcome.imported, "each new order has its history"

    run()


def _strings(value: Any) -> Iterator[Any]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)
    else:
        yield value


# --- stateful: random sequences of API calls, invariants after every step ----------------

INVARIANTS = {
    "one active batch per order": """
        SELECT order_id FROM workshop.batch_orders WHERE is_active
         GROUP BY order_id HAVING count(*) > 1""",
    "latest history is the order's status": """
        SELECT o.order_number FROM workshop.orders o
          LEFT JOIN LATERAL (SELECT h.new_status FROM workshop.order_status_history h
                              WHERE h.order_id = o.id ORDER BY h.id DESC LIMIT 1) h ON true
         WHERE h.new_status IS DISTINCT FROM o.status""",
    "every status change is logged": """
        SELECT h.id FROM workshop.order_status_history h
         WHERE h.old_status IS DISTINCT FROM (
               SELECT p.new_status FROM workshop.order_status_history p
                WHERE p.order_id = h.order_id AND p.id < h.id ORDER BY p.id DESC LIMIT 1)""",
    "complete batches are frozen at Shipping": """
        SELECT b.batch_number FROM workshop.batches b
         WHERE b.is_complete AND (b.current_stage <> 'Shipping' OR b.actual_completion IS NULL
               OR EXISTS (SELECT FROM workshop.batch_orders bo
                           WHERE bo.batch_id = b.id AND bo.is_active))""",
    "metadata hours and defect rate": """
        SELECT b.batch_number FROM workshop.batches b
          JOIN workshop.batch_metadata m ON m.batch_id = b.id
         WHERE m.actual_hours_spent <> (SELECT COALESCE(sum(w.hours), 0) FROM workshop.work_logs w
                                         WHERE w.batch_id = b.id)
            OR m.defect_rate IS DISTINCT FROM (
                 SELECT round(100.0 * count(*) FILTER (WHERE NOT q.passed) / NULLIF(count(*), 0), 2)
                   FROM workshop.quality_checks q WHERE q.batch_id = b.id)""",
    "metadata estimate of open batches": """
        SELECT b.batch_number FROM workshop.batches b
          JOIN workshop.batch_metadata m ON m.batch_id = b.id
         WHERE NOT b.is_complete
           AND m.total_estimated_hours <> (
                 SELECT COALESCE(sum(s.estimated_hours), 0) FROM workshop.batch_orders bo
                   JOIN workshop.orders o ON o.id = bo.order_id
                   JOIN workshop.model_production_stages s ON s.model_id = o.model_id
                  WHERE bo.batch_id = b.id AND bo.is_active)""",
    "every batch has its metadata": """
        SELECT b.batch_number FROM workshop.batches b
         WHERE NOT EXISTS (SELECT FROM workshop.batch_metadata m WHERE m.batch_id = b.id)""",
}

ESTIMATE = """
SELECT COALESCE(sum(s.estimated_hours), 0) FROM workshop.batch_orders bo
  JOIN workshop.orders o ON o.id = bo.order_id
  JOIN workshop.model_production_stages s ON s.model_id = o.model_id
 WHERE bo.batch_id = %s AND bo.is_active"""

MACHINE_CONN: list[psycopg.Connection[Any]] = []
PREFIXES = ["ATT", "EIK", "VER", "AUT", "CAL"]


class Workshop(RuleBasedStateMachine):
    """A manager's random day: orders, batches, moves, checks, hours, completions."""

    def __init__(self) -> None:
        super().__init__()
        self.db = MACHINE_CONN[0]
        self.db.execute("SAVEPOINT machine")
        self.orders: list[uuid.UUID] = []
        self.batches: list[uuid.UUID] = []
        self.frozen: dict[uuid.UUID, decimal.Decimal] = {}
        self.n = 0
        # A day starts with a few orders and an open batch; rules add more.
        for prefix in ("ATT", "EIK", "CAL"):
            self.create_order(prefix, "Walnut")
        self.create_batch("standard")

    def teardown(self) -> None:
        self.db.execute("ROLLBACK TO SAVEPOINT machine")

    def call(self, query: Any, params: list[Any]) -> Any:
        """One API call in its own savepoint; a refusal must be a named rule or P0002."""
        self.db.execute("SAVEPOINT step")
        try:
            row = self.db.execute(query, params).fetchone()
        except psycopg.Error as exc:
            self.db.execute("ROLLBACK TO SAVEPOINT step")
            assert exc.sqlstate in ("23514", "23505", "23503", "P0002"), f"{exc.sqlstate}: {exc}"
            if exc.sqlstate != "P0002":
                assert exc.diag.constraint_name, f"unnamed refusal: {exc}"
            return None
        self.db.execute("RELEASE SAVEPOINT step")
        return row

    @rule(prefix=st.sampled_from(PREFIXES), wood=st.sampled_from(labels_of["wood_type"]))
    def create_order(self, prefix: str, wood: str) -> None:
        self.n += 1
        row = self.call(
            "INSERT INTO workshop.orders (order_number, model_id, wood_type)"
            " SELECT %s, id, %s FROM workshop.headphone_models WHERE sku_prefix = %s"
            " RETURNING id",
            [f"SM-{self.n}", wood, prefix],
        )
        if row is not None:
            self.orders.append(row[0])

    @rule(priority=st.sampled_from(labels_of["batch_priority"]))
    def create_batch(self, priority: str) -> None:
        self.n += 1
        row = self.call("SELECT id FROM workshop.create_batch(%s, %s)", [f"SB-{self.n}", priority])
        if row is not None:
            self.batches.append(row[0])

    def pick(self, ids: list[uuid.UUID], i: int) -> uuid.UUID:
        return ids[i % len(ids)]

    @rule(kind=st.sampled_from(["advance_batch", "complete_batch", "set_order_status"]))
    def unknown_id(self, kind: str) -> None:
        """An id that names nothing: P0002, nothing written."""
        queries: dict[str, Any] = {
            "advance_batch": "SELECT workshop.advance_batch(%s)",
            "complete_batch": "SELECT workshop.complete_batch(%s)",
            "set_order_status": "SELECT workshop.set_order_status(%s, 'on_hold')",
        }
        assert self.call(queries[kind], [uuid.uuid4()]) is None

    @rule(b=st.integers(0, 99), o=st.integers(0, 99))
    def add_to_batch(self, b: int, o: int) -> None:
        self.call("SELECT workshop.add_order_to_batch(%s, %s)",
                  [self.pick(self.batches, b), self.pick(self.orders, o)])  # fmt: skip

    @rule(b=st.integers(0, 99), o=st.integers(0, 99))
    def remove_from_batch(self, b: int, o: int) -> None:
        self.call("SELECT workshop.remove_order_from_batch(%s, %s, 'fuzz: removed')",
                  [self.pick(self.batches, b), self.pick(self.orders, o)])  # fmt: skip

    @rule(b=st.integers(0, 99), times=st.integers(1, 6))
    def advance(self, b: int, times: int) -> None:
        for _ in range(times):
            self.call(
                "SELECT workshop.advance_batch(%s, 'fuzz: next')", [self.pick(self.batches, b)]
            )

    @rule(b=st.integers(0, 99), quality=st.sampled_from(labels_of["quality_status"]),
          stage=st.sampled_from(labels_of["production_stage"]))  # fmt: skip
    def rework(self, b: int, quality: str, stage: str) -> None:
        batch = self.pick(self.batches, b)
        self.call("SELECT workshop.set_batch_quality(%s, %s, 'fuzz: quality')", [batch, quality])
        self.call("SELECT workshop.rework_batch(%s, %s, 'fuzz: rework')", [batch, stage])

    @rule(b=st.integers(0, 99), o=st.integers(0, 99), passed=st.booleans(),
          reason=st.sampled_from([None, "crack in the cup", " "]))  # fmt: skip
    def quality_check(self, b: int, o: int, passed: bool, reason: str | None) -> None:
        batch, order = self.pick(self.batches, b), self.pick(self.orders, o)
        self.call("SELECT workshop.record_quality_check(%s, %s, 'fit and finish', %s, %s)",
                  [batch, order, passed, reason])  # fmt: skip

    @rule(b=st.integers(0, 99), hours=st.sampled_from(["-1", "0", "0.25", "3.5", "24", "25"]))
    def log_work(self, b: int, hours: str) -> None:
        self.call("SELECT workshop.log_work(%s, %s::numeric)", [self.pick(self.batches, b), hours])

    @rule(b=st.integers(0, 99))
    def complete(self, b: int) -> None:
        batch = self.pick(self.batches, b)
        row = self.db.execute(ESTIMATE, [batch]).fetchone()
        if self.call("SELECT workshop.complete_batch(%s)", [batch]) is not None and row:
            self.frozen[batch] = row[0]

    @rule(o=st.integers(0, 99), status=st.sampled_from(labels_of["order_status"]))
    def set_status(self, o: int, status: str) -> None:
        self.call("SELECT workshop.set_order_status(%s, %s, 'fuzz: status')",
                  [self.pick(self.orders, o), status])  # fmt: skip

    @invariant()
    def invariants_hold(self) -> None:
        for name, query in INVARIANTS.items():
            bad = self.db.execute(query).fetchall()
            assert bad == [], f"{name}: {bad}"
        for batch, total in self.frozen.items():
            row = self.db.execute(
                "SELECT total_estimated_hours FROM workshop.batch_metadata WHERE batch_id = %s",
                [batch],
            ).fetchone()
            assert row == (total,), "a complete batch keeps its estimate"


def test_stateful_workshop(world: dict[str, Any]) -> None:
    MACHINE_CONN[:] = [world["db"]]
    run_state_machine_as_test(
        Workshop,
        settings=settings(max_examples=20, stateful_step_count=30, deadline=None, database=None,
                          suppress_health_check=[HealthCheck.too_slow]),
    )  # fmt: skip
