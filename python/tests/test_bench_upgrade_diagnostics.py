"""The benchmark's upgrade report says what a slow client transaction waited for.

bench/run.py has its upgrade clients log their lock waits (log_lock_waits) and reads them
back from the server log that scripts/pg.sh writes, to give each client's longest wait
in each step; and it samples the clients' wait events, to say where the slowest
transaction's time went. Here, in the cluster of `make test`, a session really waits
for a lock, and another really sleeps, and the benchmark's own readers must find them:
the lock wait's pid, about how long it waited, when it began (the log's times are in
the server's log_timezone) and the table it waited for; the sleep's wait event.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import psycopg
import pytest
from conftest import conninfo, load_bench_run

bench_run = load_bench_run()
HELD_S = 0.2  # how long the holder keeps the lock once the waiter waits for it


def test_a_logged_lock_wait_is_read_back_with_its_pid_length_start_and_table(
    dbname: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bench_run, "OURS", dbname)
    log = bench_run.server_log()
    assert log is not None, "the server log of scripts/pg.sh (DATA/server.log) is not readable"
    with (
        psycopg.connect(conninfo(dbname), autocommit=True) as holder,
        psycopg.connect(conninfo(dbname), autocommit=True) as waiter,
    ):
        holder.execute("CREATE TABLE public.lock_probe ()")
        waiter.execute("SELECT set_config('log_lock_waits', 'on', false)")
        waiter.execute(
            "SELECT set_config('deadlock_timeout', %s, false)",
            (f"{bench_run.LOCK_WAIT_LOGGED_MS}ms",),
        )
        pid = waiter.info.backend_pid
        errors: list[BaseException] = []

        def read() -> None:
            try:
                waiter.execute("SELECT FROM public.lock_probe")
            except BaseException as e:  # reported by the assertion below
                errors.append(e)

        began = time.time()
        with holder.transaction():
            holder.execute("LOCK TABLE public.lock_probe IN ACCESS EXCLUSIVE MODE")
            reader = threading.Thread(target=read)
            reader.start()
            waiting: Any = None
            for _ in range(500):
                waiting = holder.execute(
                    "SELECT wait_event_type FROM pg_stat_activity WHERE pid = %s", (pid,)
                ).fetchone()
                if waiting and waiting[0] == "Lock":
                    break
                time.sleep(0.01)
            assert waiting and waiting[0] == "Lock", "the reader never waited for the lock"
            holder.execute("SELECT pg_sleep(%s)", (HELD_S,))
        reader.join(timeout=10)
        ended = time.time()
        assert not reader.is_alive() and not errors, errors

    waits = [w for w in bench_run.logged_lock_waits(*log) if w.pid == pid]
    assert len(waits) == 1, waits
    wait = waits[0]
    assert HELD_S * 1000 <= wait.ms <= (ended - began) * 1000 + 1
    # The log's times have milliseconds: the wait began after the lock was asked for.
    assert began - 0.002 <= wait.began <= ended - HELD_S + 0.002
    assert bench_run.lock_names(waits)[wait.lock] == "AccessShareLock on lock_probe"


def test_the_wait_sampler_sees_what_a_client_session_waits_for(
    dbname: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(bench_run, "OURS", dbname)
    app = "wsbench-test"
    with psycopg.connect(conninfo(dbname), autocommit=True, application_name=f"{app}-0") as c:
        sampler = bench_run.start_wait_sampler(tmp_path / "sample.sql", tmp_path / "out", app)
        for _ in range(500):  # the sampler has connected: its samples begin now
            if c.execute(
                "SELECT FROM pg_stat_activity WHERE application_name = 'wsbench-sampler'"
            ).fetchone():
                break
            time.sleep(0.01)
        began = time.time()
        c.execute("SELECT pg_sleep(%s)", (HELD_S * 2,))
        ended = time.time()
        pid = c.info.backend_pid
    samples = bench_run.stop_sampler(sampler, tmp_path / "out")
    event, count = bench_run.samples_during(samples, {pid}, began, ended).split(", ")[0].split()
    assert event == "Timeout:PgSleep"
    # Every WAIT_SAMPLE_S, allowing for a busy host: at least a third of the samples due.
    assert int(count) >= HELD_S * 2 / bench_run.WAIT_SAMPLE_S / 3
    assert bench_run.samples_during(samples, {pid + 1}, began, ended) == "-"
