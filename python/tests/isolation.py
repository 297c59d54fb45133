"""Steps in the style of PostgreSQL's isolation tester, shared by the two-session tests.

A step runs in a thread; the observer's pg_blocking_pids() shows that it waits, and on
whom, before the test runs the step that releases it. No assertion depends on timing:
the deadline only turns a step that never blocks into a failure instead of a hang.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, LiteralString, TypeVar

import psycopg
import pytest

Conn = psycopg.Connection[Any]
E = TypeVar("E", bound=BaseException)


def scalar(conn: Conn, query: LiteralString, params: list[Any] | None = None) -> Any:
    row = conn.execute(query, params).fetchone()
    assert row is not None
    return row[0]


def wait_until_blocked(observer: Conn, session: Conn, blocker: Conn, step: Future[Any]) -> None:
    """Polls until `session` waits for `blocker` (or its step ended, which fails)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        blocking = scalar(observer, "SELECT pg_blocking_pids(%s)", [session.info.backend_pid])
        if blocking == [blocker.info.backend_pid]:
            return
        assert not step.done(), f"the step did not block: {step.result()!r}"
        time.sleep(0.005)
    pytest.fail("the step never blocked")


def run_blocked(
    observer: Conn, session: Conn, blocker: Conn, step: Callable[[], Any], pool: ThreadPoolExecutor
) -> Future[Any]:
    """Start `step` (a statement of `session`) and return once it waits for `blocker`."""
    future = pool.submit(step)
    wait_until_blocked(observer, session, blocker, future)
    return future


def refused_after_wait(
    observer: Conn, a: Conn, b: Conn, step_b: Callable[[], Any], error: type[E]
) -> E:
    """The race of two rule checks: A has run its step and holds its transaction open;
    B's `step_b` must wait for A, and once A commits it must fail with `error`. Returns
    the error (B is rolled back)."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        waiting = run_blocked(observer, b, a, step_b, pool)
        a.commit()
        with pytest.raises(error) as refused:
            waiting.result()
    b.rollback()
    return refused.value
