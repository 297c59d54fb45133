"""The benchmark's count of the relation locks a call holds, and of those beyond the fast path.

bench/run.py reports, for each key query in the simple protocol, the median planning time
and the relation locks one call holds: planning locks every index of every table a
statement names, and PostgreSQL 15 keeps only 16 relation locks per session in its
fast-path slots. Here, in the cluster of `make test`, a table with a known number of
indexes must give exactly that count, split at the sixteenth lock, and the call must
leave nothing behind.
"""

from __future__ import annotations

import psycopg
import pytest
from conftest import conninfo, load_bench_run

bench_run = load_bench_run()
FAST_PATH_SLOTS = 16  # FP_LOCK_SLOTS_PER_BACKEND in PostgreSQL 15


@pytest.mark.parametrize("indexes", [3, 15, 20])
def test_a_call_holds_its_table_and_every_index_split_at_the_fast_path(
    dbname: str, indexes: int
) -> None:
    with psycopg.connect(conninfo(dbname), autocommit=True) as conn:
        conn.execute("CREATE TABLE public.plan_probe (id integer PRIMARY KEY, v integer)")
        for i in range(indexes - 1):  # the primary key is the first
            conn.execute(f"CREATE INDEX plan_probe_{i} ON public.plan_probe (v, id)")

    p = bench_run.planning(dbname, ["SELECT * FROM public.plan_probe WHERE id = 1"], samples=5)

    assert p.locks == 1 + indexes
    assert p.shared_locks == max(0, 1 + indexes - FAST_PATH_SLOTS)
    assert p.plan_ms > 0


def test_a_call_that_writes_is_rolled_back_and_its_statements_are_all_counted(
    dbname: str,
) -> None:
    with psycopg.connect(conninfo(dbname), autocommit=True) as conn:
        conn.execute("CREATE TABLE public.plan_probe (id integer PRIMARY KEY)")
        conn.execute("CREATE TABLE public.plan_other (id integer PRIMARY KEY)")

        p = bench_run.planning(
            dbname,
            [
                "INSERT INTO public.plan_probe VALUES (1)",
                "SELECT * FROM public.plan_other WHERE id = 1",
            ],
            samples=3,
        )

        # The table written (the executor releases the locks of the indexes it wrote when
        # the statement ends), and the table read with the primary key its plan was
        # chosen from.
        assert p.locks == 3
        assert p.shared_locks == 0
        row = conn.execute("SELECT count(*) FROM public.plan_probe").fetchone()
        assert row == (0,)
