"""Background writers for the reliability tests: sessions that keep creating orders and
changing their status through the triggers and API functions while something else (a
migration, a crash) happens to the database.

Each writer has its own autocommit connection with `lock_timeout` set, so a statement
that would queue behind a lock fails instead of waiting; every statement's start, end
and outcome is recorded. Writers are bounded in iterations and in time, and stop when
asked.
"""

from __future__ import annotations

import itertools
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

import psycopg
from conftest import sqitch

LOCK_TIMEOUT_S = 5.0


@dataclass
class Statement:
    writer: int
    what: str
    start: float
    end: float


@dataclass
class WriterLog:
    statements: list[Statement] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    committed_order_ids: list[uuid.UUID] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def max_latency(self) -> float:
        return max((s.end - s.start for s in self.statements), default=0.0)

    def during(self, start: float, end: float) -> int:
        """Statements that ran (at least partly) between start and end."""
        return sum(1 for s in self.statements if s.start < end and s.end > start)


class Writers:
    """`count` threads that insert orders and move them pending <-> on_hold, until stopped."""

    def __init__(
        self,
        conninfo: str,
        worker_id: uuid.UUID,
        model_id: uuid.UUID,
        *,
        count: int = 3,
        # Until stopped, or max_seconds (a safety net): a cap on iterations ended the
        # writers of a long upgrade before its revert began, which then had none.
        max_seconds: float = 120.0,
        tag: str = "W",
        status_changes: bool = True,
    ) -> None:
        self.conninfo = conninfo
        self.worker_id = worker_id
        self.model_id = model_id
        self.count = count
        self.max_seconds = max_seconds
        self.tag = tag
        self.status_changes = status_changes
        self.log = WriterLog()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []

    def __enter__(self) -> Writers:
        for n in range(self.count):
            t = threading.Thread(target=self._run, args=(n,), daemon=True)
            t.start()
            self._threads.append(t)
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> WriterLog:
        self._stop.set()
        for t in self._threads:
            t.join(timeout=self.max_seconds + 30)
        return self.log

    def wait_for(self, statements: int, timeout: float = 60.0) -> None:
        """Until the writers have run this many statements in all (or one failed)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.log.lock:
                if len(self.log.statements) >= statements or self.log.errors:
                    return
            if not any(t.is_alive() for t in self._threads):
                return
            time.sleep(0.02)

    def _timed(
        self, n: int, what: str, conn: psycopg.Connection[Any], query: Any, params: Any
    ) -> Any:
        start = time.monotonic()
        row = conn.execute(query, params).fetchone()
        end = time.monotonic()
        with self.log.lock:
            self.log.statements.append(Statement(n, what, start, end))
        return row

    def _run(self, n: int) -> None:
        deadline = time.monotonic() + self.max_seconds
        try:
            conn = psycopg.connect(self.conninfo, autocommit=True)
        except psycopg.Error as exc:
            with self.log.lock:
                self.log.errors.append(f"writer {n}: connect: {exc}")
            return
        try:
            conn.execute(f"SET lock_timeout = '{int(LOCK_TIMEOUT_S * 1000)}ms'")
            conn.execute(
                "SELECT set_config('workshop.worker_id', %s, false)", [str(self.worker_id)]
            )
            conn.execute("SET workshop.change_reason = 'reliability writer'")
            for i in itertools.count():
                if self._stop.is_set() or time.monotonic() > deadline:
                    break
                row = self._timed(
                    n,
                    "insert order",
                    conn,
                    "INSERT INTO workshop.orders (order_number, model_id, wood_type, due_date)"
                    " VALUES (%s, %s, 'Cherry', CURRENT_DATE + %s) RETURNING id",
                    [f"{self.tag}-{n}-{i}-{uuid.uuid4().hex[:6]}", self.model_id, i % 40],
                )
                order_id = row[0]
                with self.log.lock:
                    self.log.committed_order_ids.append(order_id)
                if not self.status_changes:
                    continue
                self._timed(
                    n,
                    "set_order_status on_hold",
                    conn,
                    "SELECT status FROM workshop.set_order_status(%s, 'on_hold', 'writer: hold')",
                    [order_id],
                )
                self._timed(
                    n,
                    "set_order_status pending",
                    conn,
                    "SELECT status FROM workshop.set_order_status(%s, 'pending', 'writer: resume')",
                    [order_id],
                )
                if i % 3 == 0:
                    self._timed(
                        n,
                        "update notes",
                        conn,
                        "UPDATE workshop.orders SET notes = %s WHERE id = %s RETURNING id",
                        [f"touched {i}", order_id],
                    )
        except psycopg.Error as exc:
            with self.log.lock:
                self.log.errors.append(f"writer {n}: {type(exc).__name__}: {exc}")
        finally:
            conn.close()


def run_sqitch(*args: str) -> tuple[float, float]:
    """Runs sqitch, failing the test with its output if it fails; returns (start, end)."""
    start = time.monotonic()
    result = sqitch(*args, check=False)
    end = time.monotonic()
    assert result.returncode == 0, result.stdout + result.stderr
    return start, end


def assert_online(w: Writers, phases: dict[str, tuple[float, float]]) -> None:
    log = w.log
    assert log.errors == [], log.errors
    assert log.max_latency() < LOCK_TIMEOUT_S, (
        f"a writer statement took {log.max_latency():.2f} s, the lock timeout is {LOCK_TIMEOUT_S} s"
    )
    for name, (start, end) in phases.items():
        last = max((s.end for s in log.statements), default=start)
        assert log.during(start, end) > 0, (
            f"no writer statement ran during {name} ({end - start:.1f} s; the last "
            f"writer statement ended {last - start:+.1f} s from its start)"
        )
