"""Workshop DB benchmark driver (`make bench`; scripts/bench.sh starts the cluster).

Builds two databases in the cluster given by PGHOST/PGPORT/PGUSER:
  ours     sqitch deploy + reference seeds, then bench/sql/generate.sql
  literal  bench/seed_literal.sql (the seed plan built literally), same generator
then measures every key query of bench/queries/ on both with pgbench (per-transaction
logs -> p50/p95/p99; the reads again with prepared statements; the status, stage and
dashboard pages again with enum equality marked leakproof), the plans' index use,
the bulk load rate, status changes per second with two clients, the WAL of imports and
status changes, REFRESH ... CONCURRENTLY with and without readers, the database sizes,
the upgrade of ours from the release under load, and last a dump and restore of each,
and writes bench/results/<date>-scale<N>.md.

The SQL does the work; this script only runs it and does the arithmetic.
"""

from __future__ import annotations

import argparse
import datetime as dt
import glob
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
QUERIES = BENCH / "queries"
OURS, LITERAL = "bench_ours", "bench_literal"
BIG_TABLES = {
    "orders",
    "customers",
    "order_status_history",
    "batch_orders",
    "batch_stage_history",
    "quality_checks",
    "work_logs",
}

# (name, kind, description): kind floor | point | page | report | write. Issue 7's
# latency targets: point reads (orders() for one order, one order's status history, one
# batch's summary row) p95 <= 1 ms and <= 3x the floor; pages (batches() with its orders,
# dashboard, status page, recent, search, summary page) p95 <= 2 ms. The due-risk view
# has no latency target of its own there (report: only the seed's 100 ms bar, the RLS
# ratio and the seed comparison apply); a write, only the last two.
KEY_QUERIES: list[tuple[str, str, str]] = [
    ("pk_floor", "floor", "PK fetch of one order (floor)"),
    ("order_detail", "point", "QueryBuilder.orders(): one order + customer + model + batch"),
    ("order_page", "point", "the same order page through workshop.order_detail() (plan kept)"),
    ("batch_detail", "page", "QueryBuilder.batches(): one batch + orders + models + creator"),
    ("status_history", "point", "one order's status history"),
    ("summary_batch", "point", "production summary: one batch's row"),
    ("dashboard", "page", "dashboard: open rush/high orders, oldest first, keyset 50"),
    ("orders_by_status", "page", "orders of a status, newest first, keyset 50"),
    ("status_page", "page", "the status page through workshop.orders_by_status() (plans kept)"),
    ("batches_at_stage", "page", "open batches at a stage, 50"),
    ("stage_page", "page", "the stage page through workshop.open_batches_at_stage() (plans kept)"),
    ("recent_orders", "page", "recent orders (created_at DESC), keyset 50"),
    ("search_fulltext", "page", "customer search: full text (a last name), 20"),
    ("search_partial", "page", "customer search: partial name (4 letters), 20"),
    ("summary_page", "page", "production summary: a page of 50"),
    ("due_risk", "report", "due-risk view: a page of 50"),
    ("status_change", "write", "manager's status change + history (1 client)"),
]


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", flush=True)


def psql(
    db: str, *args: str, env: dict[str, str] | None = None, check: bool = True, capture: bool = True
) -> str:
    cmd = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", db, *args]
    res = subprocess.run(cmd, capture_output=capture, text=True, env=env)
    if check and res.returncode != 0:
        raise RuntimeError(f"psql {' '.join(args)} failed: {res.stderr}")
    return res.stdout if capture else ""


def scalar(db: str, sql: str) -> str:
    return psql(db, "-tA", "-c", sql).strip()


def rows(db: str, sql: str) -> list[list[str]]:
    """The rows of a query, each a list of its fields as text."""
    return [line.split("|") for line in psql(db, "-tA", "-F", "|", "-c", sql).splitlines() if line]


def database_size(db: str) -> int:
    """pg_database_size of db, in bytes."""
    return int(scalar(db, "SELECT pg_database_size(current_database())"))


# Every table and materialized view of the schemas: its rows (the planner's estimate,
# current after the load's VACUUM ANALYZE), its heap with TOAST, its indexes and how many.
TABLE_SIZES = (
    "SELECT c.relname, c.reltuples::bigint, pg_table_size(c.oid), pg_indexes_size(c.oid), "
    "(SELECT count(*) FROM pg_index i WHERE i.indrelid = c.oid) "
    "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
    "WHERE c.relkind IN ('r', 'm') AND n.nspname IN ('workshop', 'workshop_private')"
)


Size = tuple[int, int, int, int]  # a table's rows, heap bytes, index bytes, indexes
Sizes = dict[str, Size]  # by relation name


def table_sizes(db: str) -> Sizes:
    """Rows, heap bytes, index bytes and index count per relation name (no relation name
    is in both of our schemas; the seed has one schema)."""
    out: Sizes = {}
    for line in psql(db, "-tA", "-F", "\t", "-c", TABLE_SIZES).splitlines():
        name, rows, heap, idx, n = line.split("\t")
        out[name] = (max(int(rows), 0), int(heap), int(idx), int(n))
    return out


def script_for(name: str, variant: str | None) -> Path | None:
    """The pgbench script of a query: bench/queries/<variant>/<name>.sql when that exists
    (variant literal: the seed twin; rls: the staff-under-RLS text), else the common one;
    None when bench/queries/<variant>/<name>.none documents that there is no such query;
    another query's script when bench/queries/<variant>/<name>.twin names it (its last
    line; the lines before say why)."""
    if variant is not None:
        if (QUERIES / variant / f"{name}.sql").exists():
            return QUERIES / variant / f"{name}.sql"
        if (QUERIES / variant / f"{name}.none").exists():
            return None
        twin = QUERIES / variant / f"{name}.twin"
        if twin.exists():
            return script_for(twin.read_text().split()[-1], variant)
    p = QUERIES / f"{name}.sql"
    return p if p.exists() else None


# ---------------------------------------------------------------- plans


def render(script: str, variables: dict[str, str]) -> list[str]:
    """The SQL statements of a pgbench script with sample values (each random(a, b) at
    its midpoint). Also the plan check of `make test` (python/tests/test_query_plans.py)."""
    vals = {"client_id": "0", **variables}
    body: list[str] = []
    for line in script.splitlines():
        s = line.strip()
        if s.startswith("\\set "):
            _, var, expr = s.split(None, 2)
            expr = re.sub(r":(\w+)", lambda m: vals[m.group(1)], expr)
            expr = re.sub(r"random\(([^,]+),([^)]+)\)", r"((\1)+(\2))/2", expr)
            # Integer arithmetic of trusted files of this repository: + * / and parentheses.
            assert re.fullmatch(r"[0-9+*/() -]+", expr), expr
            vals[var] = str(int(eval(expr.replace("/", "//"))))
        elif not s.startswith("--") and not s.startswith("\\"):
            body.append(line)
    text = re.sub(
        r"(?<!:):(\w+)", lambda m: vals.get(m.group(1), ":" + m.group(1)), "\n".join(body)
    )
    return [st.strip() for st in text.split(";") if st.strip()]


def walk(node: dict[str, Any], acc: dict[str, set[str]]) -> None:
    if "Index Name" in node:
        acc["indexes"].add(node["Index Name"])
    if node.get("Node Type") == "Seq Scan":
        acc["seqscans"].add(node.get("Relation Name", "?"))
    if node.get("Node Type") == "Function Scan" or "Function Name" in node:
        acc["functions"].add(node.get("Function Name", "?"))
    for child in node.get("Plans", []):
        walk(child, acc)


def explain(db: str, statements: list[str], env: dict[str, str] | None = None) -> dict[str, Any]:
    acc: dict[str, set[str]] = {"indexes": set(), "seqscans": set(), "functions": set()}
    plans = []
    for st in statements:
        out = psql(
            db, "-tA", "-c", "BEGIN", "-c", f"EXPLAIN (FORMAT JSON) {st}", "-c", "ROLLBACK", env=env
        )
        plan = json.loads(out.strip())[0]["Plan"]
        plans.append(plan)
        walk(plan, acc)
    return {
        "indexes": sorted(acc["indexes"]),
        "seqscans": sorted(acc["seqscans"]),
        "big_seqscans": sorted(acc["seqscans"] & BIG_TABLES),
        "plans": plans,
    }


# In the simple protocol every call plans its statement again. Planning opens and locks
# every index of every table the statement names, and PostgreSQL 15 keeps 16 relation
# locks per session in its fast-path slots; each lock beyond them is taken and released
# in the shared lock table. So the report gives, per key query and database, what a
# call's planning costs (the median of PLAN_SAMPLES plans; EXPLAIN's planning time, which
# excludes parsing) and how many relation locks a call holds when it ends.
PLAN_SAMPLES = 50
LOCKS_HELD = (
    "SELECT count(*), count(*) FILTER (WHERE NOT fastpath) FROM pg_catalog.pg_locks "
    "WHERE pid = pg_catalog.pg_backend_pid() AND locktype = 'relation' "
    "AND relation <> 'pg_catalog.pg_locks'::pg_catalog.regclass"
)


@dataclass
class Planning:
    plan_ms: float  # median planning time, summed over the script's statements
    locks: int  # relation locks held at the end of one call (tables and indexes)
    shared_locks: int  # of them, those beyond the fast-path slots


def planning(
    db: str, statements: list[str], env: dict[str, str] | None = None, samples: int = PLAN_SAMPLES
) -> Planning:
    """What planning the statements of one call costs in db, and the relation locks the
    call holds: the statements run once in a transaction that is rolled back."""
    plan_ms = 0.0
    for st in statements:
        out = psql(
            db,
            "-tA",
            *(a for _ in range(samples) for a in ("-c", f"EXPLAIN (SUMMARY, FORMAT JSON) {st}")),
            env=env,
        )
        # One JSON document per EXPLAIN, one after the other.
        times, rest = [], out.strip()
        while rest:
            doc, end = json.JSONDecoder().raw_decode(rest)
            times.append(float(doc[0]["Planning Time"]))
            rest = rest[end:].lstrip()
        if len(times) != samples:
            raise ValueError(f"{len(times)} plans of {samples} read for {st[:60]!r}")
        plan_ms += statistics.median(times)
    locks, shared = (
        psql(
            db,
            "-tA",
            "-c",
            "BEGIN",
            "-c",
            "\\o /dev/null",
            *(a for st in statements for a in ("-c", st)),
            "-c",
            "\\o",
            "-c",
            LOCKS_HELD,
            "-c",
            "ROLLBACK",
            env=env,
        )
        .strip()
        .split("|")
    )
    return Planning(plan_ms, int(locks), int(shared))


# ---------------------------------------------------------------- pgbench


@dataclass
class Wal:
    """WAL bytes: records, and the full-page images written with them (one per page first
    changed since the last checkpoint, so they depend on its timing)."""

    records: int
    fpi: int

    def part(self, fpi: bool) -> int:
        return self.fpi if fpi else self.records


def wal_between(db: str, lsn0: str, lsn1: str) -> Wal:
    """The cluster's WAL from lsn0 to lsn1, split by pg_walinspect (PostgreSQL's contrib,
    in the bench schema, which is the benchmark's own). For a DBA sizing replication,
    archives and backups."""
    psql(db, "-c", "CREATE EXTENSION IF NOT EXISTS pg_walinspect SCHEMA bench")
    if scalar(db, f"SELECT '{lsn1}'::pg_lsn > '{lsn0}'::pg_lsn") != "t":
        return Wal(0, 0)  # nothing written (pg_get_wal_stats refuses an empty range)
    [[records, fpi]] = rows(
        db,
        "SELECT coalesce(sum(record_size), 0), coalesce(sum(fpi_size), 0) "
        f"FROM bench.pg_get_wal_stats('{lsn0}', '{lsn1}')",
    )
    return Wal(int(records), int(fpi))


@dataclass
class Run:
    ok: bool
    error: str = ""
    n: int = 0
    tps: float = 0.0
    p50: float = 0.0
    p95: float = 0.0
    p99: float = 0.0
    lat: list[float] = field(default_factory=list, repr=False)
    # WAL written during the timed run (pgbench(wal=True)), cluster-wide.
    wal: Wal | None = None


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    i = min(len(s) - 1, max(0, round(q * (len(s) - 1))))
    return s[i]


def latencies(lat: list[float]) -> Run:
    """A Run of these transaction latencies (ms): ok when there is one."""
    return Run(
        ok=bool(lat), n=len(lat), p50=pct(lat, 0.5), p95=pct(lat, 0.95), p99=pct(lat, 0.99), lat=lat
    )


def logged_transactions(prefix: str) -> list[tuple[float, float]]:
    """(end in epoch seconds, latency in ms) of each transaction in the files pgbench
    --log wrote with this --log-prefix (one per thread)."""
    out: list[tuple[float, float]] = []
    for f in glob.glob(prefix + "*"):
        with open(f) as fh:
            for line in fh:
                p = line.split()
                if len(p) >= 6:  # client, transaction, latency (us), script, epoch, us
                    out.append((int(p[4]) + int(p[5]) / 1e6, int(p[2]) / 1000.0))
    return out


def defines(variables: dict[str, str]) -> list[str]:
    """pgbench's -D options for the scripts' variables."""
    out: list[str] = []
    for k, v in variables.items():
        out += ["-D", f"{k}={v}"]
    return out


def sqitch_target(db: str) -> str:
    host, port, user = os.environ["PGHOST"], os.environ["PGPORT"], os.environ["PGUSER"]
    return f"db:pg://{user}@{host}:{port}/{db}"


def sqitch(*args: str) -> subprocess.CompletedProcess[str]:
    """sqitch ARGS in the project (its plan and scripts), output captured."""
    return subprocess.run(["sqitch", *args], cwd=ROOT, capture_output=True, text=True)


def pgbench(
    db: str,
    script: Path,
    variables: dict[str, str],
    seconds: float,
    clients: int = 1,
    env: dict[str, str] | None = None,
    warmup: float = 1.0,
    protocol: str = "simple",
    wal: bool = False,
) -> Run:
    defs = defines(variables)
    base = [
        "pgbench",
        "-n",
        "-M",
        protocol,
        "-f",
        str(script),
        "-c",
        str(clients),
        "-j",
        str(clients),
        *defs,
        db,
    ]
    if warmup > 0:
        subprocess.run(
            [base[0], "-T", str(max(1, int(warmup))), *base[1:]],
            capture_output=True,
            text=True,
            env=env,
        )
    # The WAL of the timed run only (not the warm-up).
    lsn0 = scalar(db, "SELECT pg_current_wal_insert_lsn()") if wal else None
    with tempfile.TemporaryDirectory(prefix="wsbench-") as tmp:
        prefix = os.path.join(tmp, "log")
        res = subprocess.run(
            [
                base[0],
                "-T",
                str(max(1, int(seconds))),
                "--log",
                f"--log-prefix={prefix}",
                *base[1:],
            ],
            capture_output=True,
            text=True,
            env=env,
        )
        if res.returncode != 0 or "aborted" in res.stdout + res.stderr:
            err = res.stderr.strip().splitlines() or ["?"]
            msg = next((ln for ln in err if "ERROR" in ln or "error" in ln), err[-1])
            return Run(ok=False, error=msg[:300])
        lat = [ms for _, ms in logged_transactions(prefix)]
    m = re.search(r"tps = ([0-9.]+) \(without initial connection time\)", res.stdout)
    tps = float(m.group(1)) if m else len(lat) / seconds
    wal_split = None
    if lsn0 is not None:  # up to the flush position: every commit of the run
        wal_split = wal_between(db, lsn0, scalar(db, "SELECT pg_current_wal_flush_lsn()"))
    return Run(
        ok=True,
        n=len(lat),
        tps=tps,
        p50=pct(lat, 0.50),
        p95=pct(lat, 0.95),
        p99=pct(lat, 0.99),
        lat=lat,
        wal=wal_split,
    )


# ---------------------------------------------------------------- setup


def create_databases(scale: int) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for db in (OURS, LITERAL):
        psql(
            "postgres",
            "-c",
            f"DROP DATABASE IF EXISTS {db} WITH (FORCE)",
            "-c",
            f"CREATE DATABASE {db}",
        )
    log("deploy ours: sqitch deploy + reference seeds")
    r = sqitch("deploy", sqitch_target(OURS))
    if r.returncode != 0:
        raise RuntimeError(r.stdout + r.stderr)
    seeds = sorted((ROOT / "seed" / "reference").glob("*.sql"))
    psql(OURS, "-1", *[a for f in seeds for a in ("-f", str(f))])
    log("deploy literal: bench/seed_literal.sql")
    psql(LITERAL, "-f", str(BENCH / "seed_literal.sql"))
    for db, literal in ((OURS, False), (LITERAL, True)):
        log(f"load {db} at scale {scale}")
        t0 = time.monotonic()
        proc = subprocess.Popen(
            [
                "psql",
                "-X",
                "-q",
                "-v",
                "ON_ERROR_STOP=1",
                "-v",
                f"scale={scale}",
                "-v",
                f"literal={'true' if literal else 'false'}",
                "-d",
                db,
                "-f",
                str(BENCH / "sql" / "generate.sql"),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        assert proc.stdout is not None
        for line in proc.stdout:
            print("   " + line.rstrip(), flush=True)
        if proc.wait() != 0:
            raise RuntimeError(f"generate.sql failed on {db}")
        load_s = time.monotonic() - t0
        phases = {
            phase: (int(n), float(t))
            for phase, n, t in rows(db, "SELECT phase, rows, seconds FROM bench.load_phases")
        }
        t0 = time.monotonic()
        psql(db, "-c", "VACUUM (ANALYZE)")
        vac_s = time.monotonic() - t0
        # The set-based load moves every order through pending and every batch through
        # all stages in a few statements, so the partial indexes of those passing states
        # (pending orders, open batches, ...) end the load at their peak size: every row
        # had an entry once. A workshop filling up over years has autovacuum recycle
        # those pages as rows move on, and the planner prices an index scan by the
        # index's physical size. The partial indexes are rebuilt, as a DBA does after
        # such a load (REINDEX INDEX CONCURRENTLY on a live server); the seed has none.
        partial = [
            x
            for x in psql(
                db,
                "-tA",
                "-c",
                "SELECT format('%I.%I', n.nspname, c.relname) FROM pg_index i"
                " JOIN pg_class c ON c.oid = i.indexrelid"
                " JOIN pg_namespace n ON n.oid = c.relnamespace"
                " WHERE i.indpred IS NOT NULL AND n.nspname = 'workshop' ORDER BY 1",
            ).split()
            if x
        ]
        size_before = database_size(db)
        t0 = time.monotonic()
        if partial:
            psql(db, *(a for ix in partial for a in ("-c", f"REINDEX INDEX {ix}")))
        reindex_s = time.monotonic() - t0
        freed = size_before - database_size(db)
        out[db] = {
            "load_s": load_s,
            "phases": phases,
            "vacuum_s": vac_s,
            "reindex": (len(partial), reindex_s, freed),
        }
        log(
            f"{db}: loaded in {load_s:.1f} s, VACUUM ANALYZE {vac_s:.1f} s, "
            f"{len(partial)} partial indexes rebuilt in {reindex_s:.1f} s "
            f"({freed / 2**20:.0f} MB freed)"
        )
    # Initial production summaries (ours concurrently through its function once filled).
    if scalar(OURS, "SELECT to_regproc('workshop.refresh_production_summary') IS NOT NULL") == "t":
        psql(OURS, "-c", "SELECT workshop.refresh_production_summary()")
    psql(
        LITERAL,
        "-c",
        "REFRESH MATERIALIZED VIEW workshop.production_summary",
        "-c",
        "ANALYZE workshop.production_summary",
    )
    return out


def variables(db: str) -> dict[str, str]:
    [params] = rows(
        db, "SELECT n_orders, n_customers, n_batches, open_from, tail_from FROM bench.params"
    )
    n_orders, n_customers, n_batches, open_from, tail_from = params
    last = psql(db, "-tA", "-c", "SELECT name FROM bench.names WHERE kind = 'last' ORDER BY i")
    names = [x for x in last.split() if x]
    parts = [n[1:5].lower() for n in names]
    return {
        "orders": n_orders,
        "customers": n_customers,
        "batches": n_batches,
        "open_from": open_from,
        "tail_from": tail_from,
        "last_name_count": str(len(names)),
        "last_names": "'{" + ",".join(names) + "}'",
        "name_parts": "'{" + ",".join(parts) + "}'",
    }


def rls_env(db: str) -> tuple[dict[str, str] | None, str]:
    """PGOPTIONS for a manager under row level security, or None with the reason."""
    n = scalar(db, "SELECT count(*) FROM pg_policies WHERE schemaname = 'workshop'")
    if n == "0":
        return None, "no RLS policies in this build"
    sub = scalar(db, "SELECT md5('auth-worker2')::uuid")
    claims = json.dumps({"sub": sub, "role": "authenticated"}, separators=(",", ":"))
    env = dict(os.environ)
    env["PGOPTIONS"] = f"-c role=authenticated -c request.jwt.claims={claims}"
    check = subprocess.run(
        [
            "psql",
            "-X",
            "-tA",
            "-d",
            db,
            "-c",
            "SELECT current_user, auth.uid(), workshop_private.current_worker_id()",
        ],
        capture_output=True,
        text=True,
        env=env,
    )
    if check.returncode != 0:
        return None, f"cannot act as a manager: {check.stderr.strip()[:200]}"
    return env, f"{n} policies; manager = worker 2 ({check.stdout.strip()})"


# ---------------------------------------------------------------- measurements


def fmt(x: float | None, nd: int = 2) -> str:
    if x is None or x != x:
        return "n/a"
    return f"{x:.{nd}f}"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", type=int, default=1_000_000)
    ap.add_argument("--seconds", type=float, default=16.0, help="pgbench -T per query and database")
    ap.add_argument("--out", default=str(BENCH / "results"))
    ap.add_argument("--fsync", default=os.environ.get("PG_FSYNC", "on"))
    ap.add_argument("--reuse", action="store_true", help="skip create+load (databases exist)")
    args = ap.parse_args()
    started = dt.datetime.now(dt.UTC)

    load = {} if args.reuse else create_databases(args.scale)
    args.load_at_start = os.getloadavg()[0]
    var = variables(OURS)
    scale = int(var["orders"])
    rls, rls_note = rls_env(OURS)
    log(f"RLS: {rls_note}")

    results: dict[str, dict[str, Any]] = {}
    for name, _kind, _desc in KEY_QUERIES:
        if name == "status_change":
            continue  # measured after the reads: it changes rows
        results[name] = measure(name, var, args.seconds, rls)

    # The same reads with prepared statements (pgbench -M prepared): what psycopg 3 does
    # with a statement run five times on a connection, and PostgREST with every request.
    # No planning per statement, and after five runs PostgreSQL may keep a generic plan.
    prepared: dict[str, dict[str, Any]] = {}
    for name, kind, _desc in KEY_QUERIES:
        if kind != "write":
            prepared[name] = measure(name, var, args.seconds / 2, rls, protocol="prepared")
    leakproof = measure_leakproof(var, args.seconds, rls)

    # Status change: 1 client (latency), then 2 clients for 10 s (throughput).
    results["status_change"] = measure("status_change", var, args.seconds, rls)
    conc: dict[str, Run | None] = {}
    for label, db, variant in (("ours", OURS, None), ("literal", LITERAL, "literal")):
        sc = script_for("status_change", variant)
        conc[label] = pgbench(db, sc, var, 10, clients=2, wal=True) if sc else None
    # The same without waiting for the WAL flush of each commit (synchronous_commit=off
    # for these sessions only): what the database's own work allows, apart from the disk.
    async_env = dict(os.environ)
    async_env["PGOPTIONS"] = "-c synchronous_commit=off"
    for label, db, variant in (("ours_async", OURS, None), ("literal_async", LITERAL, "literal")):
        sc = script_for("status_change", variant)
        conc[label] = pgbench(db, sc, var, 10, clients=2, env=async_env) if sc else None
    if rls is not None:
        sc = script_for("status_change", "rls")
        conc["rls"] = pgbench(OURS, sc, var, 10, clients=2, env=rls) if sc else None
    audited = scalar(
        OURS,
        "SELECT count(*) FROM workshop.order_status_history "
        "WHERE reason = 'benchmark status change'",
    )

    refresh = measure_refresh(var)
    sizes = {db: database_size(db) for db in (OURS, LITERAL)}
    breakdown = {db: table_sizes(db) for db in (OURS, LITERAL)}
    counted = {db: row_counts(db) for db in (OURS, LITERAL)}
    # Near the end: it adds orders to both databases.
    imports = measure_import(scale)
    # It reverts ours to the release and deploys it again.
    upgrade = measure_upgrade(var)
    # Last: the checkpoints of DROP DATABASE would fall on any measurement after it.
    backups = measure_backup()
    write_report(
        args,
        started,
        scale,
        load,
        results,
        prepared,
        leakproof,
        conc,
        audited,
        refresh,
        sizes,
        breakdown,
        counted,
        rls_note,
        backups,
        imports,
        upgrade,
    )
    return 0


def merge(runs: list[Run]) -> Run:
    """One Run from several runs of the same script (latencies pooled)."""
    bad = next((r for r in runs if not r.ok), None)
    if bad is not None:
        return bad
    lat = [x for r in runs for x in r.lat]
    return Run(
        ok=True,
        n=len(lat),
        tps=sum(r.tps for r in runs) / len(runs),
        p50=pct(lat, 0.50),
        p95=pct(lat, 0.95),
        p99=pct(lat, 0.99),
        lat=lat,
    )


# The databases take turns, ROUNDS times, so that a change in the machine's load (it is
# shared) falls on all of them alike instead of on whichever ran during it.
ROUNDS = 8
# Full-page images: one per page first changed after a checkpoint, so their bytes depend
# on when the last checkpoint ran; no ratio is drawn from them.
FPI = "full-page images (with the checkpoints' timing; no ratio)"


NO_PLAN: dict[str, Any] = {"indexes": [], "seqscans": [], "big_seqscans": [], "plans": []}


def bound_variables(var: dict[str, str]) -> dict[str, str]:
    """The variables as pgbench -M prepared binds them: a parameter's value, not SQL text,
    so an array literal loses the quotes that the simple protocol's substitution needs."""
    return {k: v[1:-1] if len(v) > 1 and v[0] == v[-1] == "'" else v for k, v in var.items()}


# One turn of a measurement: its label, database, pgbench script and environment.
Turn = tuple[str, str, Path, dict[str, str] | None]


def take_turns(
    turns: list[Turn],
    variables: dict[str, str],
    seconds: float,
    protocol: str,
    during: Callable[[str], AbstractContextManager[None]] = lambda _label: nullcontext(),
) -> dict[str, list[Run]]:
    """Each turn's pgbench runs, label by label: ROUNDS rounds in which the turns take
    turns, seconds / ROUNDS each (at least 1 s), 1 s of warm-up in the first round.
    during(label) is held around each of that turn's runs."""
    runs: dict[str, list[Run]] = {label: [] for label, _, _, _ in turns}
    per_round = max(1.0, seconds / ROUNDS)
    for r in range(ROUNDS):
        for label, db, sc, env in turns:
            with during(label):
                runs[label].append(
                    pgbench(
                        db,
                        sc,
                        variables,
                        per_round,
                        env=env,
                        warmup=1.0 if r == 0 else 0.0,
                        protocol=protocol,
                    )
                )
    return runs


def measure(
    name: str,
    var: dict[str, str],
    seconds: float,
    rls: dict[str, str] | None,
    protocol: str = "simple",
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    bench_var = var if protocol == "simple" else bound_variables(var)
    runnable: list[Turn] = []
    for label, db, variant, env in (
        ("ours", OURS, None, None),
        ("literal", LITERAL, "literal", None),
        ("rls", OURS, "rls", rls),
    ):
        if label == "rls" and rls is None:
            continue
        sc = script_for(name, variant)
        if sc is None:
            out[label] = {"run": Run(ok=False, error="no such query in this schema")}
            continue
        if protocol != "simple":
            # EXPLAIN shows the plan made for the values, which a prepared statement may no
            # longer run; the simple pass has the plans (and found the failing queries).
            out[label] = {"plan": NO_PLAN}
            runnable.append((label, db, sc, env))
            continue
        statements = render(sc.read_text(), var)
        try:
            plan = explain(db, statements, env=env)
        except (RuntimeError, ValueError, KeyError) as e:
            msg = str(e).strip().splitlines()
            err = next((ln for ln in msg if "ERROR" in ln), msg[-1])
            out[label] = {"run": Run(ok=False, error=err.strip()[:300])}
            continue
        out[label] = {"plan": plan, "planning": planning(db, statements, env=env)}
        runnable.append((label, db, sc, env))
    runs = take_turns(runnable, bench_var, seconds, protocol)
    # The ours/seed ratio of each round alone: how far one comparison moves with the
    # machine's noise (the report gives its range next to the pooled ratio).
    if "ours" in runs and "literal" in runs:
        ratios: list[float] = [
            o.p95 / lit.p95
            for o, lit in zip(runs["ours"], runs["literal"], strict=True)
            if o.ok and lit.ok and lit.p95 > 0
        ]
        if ratios:
            out["seed_ratio_rounds"] = (min(ratios), max(ratios))
            out["seed_slower_rounds"] = (sum(x > 1.0 for x in ratios), len(ratios))
    for label, _, _, _ in runnable:
        run = merge(runs[label])
        plan = out[label]["plan"]
        out[label]["run"] = run
        status = (
            f"p50 {fmt(run.p50)} p95 {fmt(run.p95)} p99 {fmt(run.p99)} ms n={run.n}"
            if run.ok
            else f"FAILED {run.error}"
        )
        shown = (
            f"  idx={','.join(plan['indexes']) or '-'} seq={','.join(plan['seqscans']) or '-'}"
            if plan is not NO_PLAN
            else ""
        )
        log(f"{name:18s} {label:8s} {protocol[:4]} {status}{shown}")
    return out


# A superuser's tuning, not part of the schema (README, "Tuning row level security";
# leakproof_section says why it matters): measured as a third variant of these pages,
# set for its turn only.
ENUM_EQ = "pg_catalog.enum_eq(anyenum, anyenum)"
LEAKPROOF_QUERIES = ("orders_by_status", "batches_at_stage", "dashboard")


def enum_eq_leakproof(db: str) -> bool:
    return (
        scalar(db, f"SELECT proleakproof FROM pg_proc WHERE oid = '{ENUM_EQ}'::regprocedure") == "t"
    )


@contextmanager
def enum_eq_marked_leakproof(db: str) -> Iterator[None]:
    psql(db, "-c", f"ALTER FUNCTION {ENUM_EQ} LEAKPROOF")
    try:
        yield
    finally:
        psql(db, "-c", f"ALTER FUNCTION {ENUM_EQ} NOT LEAKPROOF")


def measure_leakproof(
    var: dict[str, str], seconds: float, rls: dict[str, str] | None
) -> dict[str, dict[str, Run]]:
    """Per query and protocol ("name/protocol"): the owner, the manager under row level
    security, and the manager again with enum equality marked leakproof, taking turns
    in each round. The mark is set for its turn only and removed after, whatever
    happens. Empty when there are no policies, or when enum_eq is leakproof already."""
    if rls is None or enum_eq_leakproof(OURS):
        return {}

    def during(label: str) -> AbstractContextManager[None]:
        return enum_eq_marked_leakproof(OURS) if label == "leakproof" else nullcontext()

    out: dict[str, dict[str, Run]] = {}
    for protocol, secs in (("simple", seconds), ("prepared", seconds / 2)):
        bench_var = var if protocol == "simple" else bound_variables(var)
        for name in LEAKPROOF_QUERIES:
            ours, rls_script = script_for(name, None), script_for(name, "rls")
            assert ours is not None and rls_script is not None, name
            turns: list[Turn] = [
                ("ours", OURS, ours, None),
                ("rls", OURS, rls_script, rls),
                ("leakproof", OURS, rls_script, rls),
            ]
            runs = take_turns(turns, bench_var, secs, protocol, during)
            merged = {label: merge(v) for label, v in runs.items()}
            out[f"{name}/{protocol}"] = merged
            log(
                f"{name:18s} leakproof {protocol[:4]} "
                + " ".join(
                    f"{label} p95 {fmt(x.p95) if x.ok else 'FAILED ' + x.error}"
                    for label, x in merged.items()
                )
            )
    return out


@dataclass
class ImportRound:
    orders: int
    history: int
    seconds: float
    wal: Wal


def measure_import(scale: int) -> dict[str, list[ImportRound]]:
    """Bulk import into the loaded databases: ROUNDS rounds of new orders (one INSERT
    each, bench/sql/import.sql), ours and the seed taking turns, the first of a round
    alternating. The load phases of the two databases run minutes apart, and this shared
    machine's speed moves by a fifth in that time; rounds side by side compare like with
    like."""
    size = max(1000, scale // 100)
    # After the data set and after any earlier import (a --reuse run).
    start = max(int(scalar(db, "SELECT count(*) FROM workshop.orders")) for db in (OURS, LITERAL))
    log(f"bulk import: {ROUNDS} rounds of {size:,} orders, ours and the seed in turn")
    for db in (OURS, LITERAL):  # this run's rounds only (a --reuse run keeps the database)
        psql(db, "-c", "DROP TABLE IF EXISTS bench.import_rounds")
    wal: dict[tuple[str, int], Wal] = {}
    for r in range(ROUNDS):
        first = start + r * size + 1
        pair = ((OURS, "false"), (LITERAL, "true"))
        for db, literal in pair if r % 2 == 0 else pair[::-1]:
            psql(
                db,
                "-v",
                f"first_order={first}",
                "-v",
                f"last_order={first + size - 1}",
                "-v",
                f"literal={literal}",
                "-f",
                str(BENCH / "sql" / "import.sql"),
            )
            # Split now: a checkpoint ending later may recycle the round's WAL segments.
            [[w0, w1]] = rows(
                db,
                f"SELECT wal_start, wal_end FROM bench.import_rounds WHERE first_order = {first}",
            )
            wal[db, first] = wal_between(db, w0, w1)
    out: dict[str, list[ImportRound]] = {}
    for db in (OURS, LITERAL):
        out[db] = [
            ImportRound(int(o), int(h), float(t), wal[db, int(f)])
            for f, o, h, t in rows(
                db,
                "SELECT first_order, orders, history, seconds FROM bench.import_rounds "
                "ORDER BY first_order",
            )
        ]
        rate = sum(x.orders for x in out[db]) / sum(x.seconds for x in out[db])
        log(f"bulk import {db}: {rate:,.0f} orders/s")
    return out


UPGRADE_FROM = "@v1.0.0"
# The clients that keep working while ours is reverted to the release and deployed back:
# (label, script, clients).
UPGRADE_LOAD: list[tuple[str, Path, int]] = [
    ("status changes", QUERIES / "status_change.sql", 2),
    ("batch priority changes", QUERIES / "upgrade" / "batch_priority.sql", 1),
    ("order page reads", QUERIES / "order_detail.sql", 1),
    ("summary reads", QUERIES / "summary_batch.sql", 1),
]
SQITCH_LINE = re.compile(r"^\s+[+-] (\S+) \.+ (ok|not ok)")
# The upgrade's clients log every lock wait of this length or more (log_lock_waits), so
# that a slow transaction can be told from a stalled host.
LOCK_WAIT_LOGGED_MS = 10
# And their active sessions' wait events are sampled this often (none: on a CPU, or
# waiting for one), to say where the slowest transaction's time went.
WAIT_SAMPLE_S = 0.02
# A log line "process N acquired MODE on WHAT after X ms" (log_lock_waits), with the
# time and pid the log_line_prefix of scripts/pg.sh (%m [%p]) begins with.
LOCK_ACQUIRED = re.compile(
    r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+) \S+ \[(\d+)\] .*?"
    r"LOG:  process \d+ acquired (\S+) on (.+?) after ([\d.]+) ms"
)


@dataclass
class Step:
    """One sqitch run of the upgrade: its time, each change's (from sqitch's output, a
    change ending when its line does), and the clients' transactions meanwhile."""

    what: str
    ok: bool
    seconds: float
    changes: list[tuple[str, float, float]]  # (change, start, end) in epoch seconds
    output: str
    start: float = 0.0
    end: float = 0.0
    clients: dict[str, Run] = field(default_factory=dict)
    # label -> (slowest transaction in ms, the change running when it began)
    worst: dict[str, tuple[float, str]] = field(default_factory=dict)
    # label -> (longest lock wait in ms, the lock) among those the server logged
    lock_waits: dict[str, tuple[float, str]] = field(default_factory=dict)
    # label -> the wait events sampled during the slowest transaction, most first
    worst_samples: dict[str, str] = field(default_factory=dict)

    def change_at(self, t: float) -> str:
        return next((c for c, a, b in self.changes if a <= t <= b), "between changes")


def timed_sqitch(what: str, *args: str) -> Step:
    """sqitch ARGS on ours, with the deploy lock timeout of `make deploy` (5 s)."""
    env = dict(os.environ)
    env["PGOPTIONS"] = "-c lock_timeout=5s"
    t0 = time.time()
    proc = subprocess.Popen(
        ["sqitch", *args, sqitch_target(OURS)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    changes: list[tuple[str, float, float]] = []
    lines: list[str] = []
    last = t0
    for line in proc.stdout:
        now = time.time()
        lines.append(line.rstrip())
        m = SQITCH_LINE.match(line)
        if m:
            changes.append((m.group(1), last, now))
            last = now
    proc.wait()
    t1 = time.time()
    step = Step(what, proc.returncode == 0, t1 - t0, changes, "\n".join(lines[-5:]), t0, t1)
    log(f"{what}: {step.seconds:.1f} s, {len(changes)} changes, {'ok' if step.ok else 'FAILED'}")
    return step


@dataclass
class LockWait:
    """A lock wait the server logged (log_lock_waits): when it began, how long, whose."""

    began: float  # epoch seconds
    ms: float
    pid: int
    lock: str  # "RowExclusiveLock on relation 17582 of database 37622", as logged


def server_log() -> tuple[Path, int] | None:
    """The cluster's server log (scripts/pg.sh starts it with pg_ctl -l DATA/server.log)
    and its length now, or None where this process cannot read it."""
    f = Path(scalar(OURS, "SHOW data_directory")) / "server.log"
    if not os.access(f, os.R_OK):
        return None
    return f, f.stat().st_size


def logged_lock_waits(log: Path, offset: int) -> list[LockWait]:
    """The lock waits logged in log after offset (its times in the server's log_timezone)."""
    tz = ZoneInfo(scalar(OURS, "SHOW log_timezone"))
    out: list[LockWait] = []
    with open(log, "rb") as fh:
        fh.seek(offset)
        for raw in fh:
            m = LOCK_ACQUIRED.match(raw.decode(errors="replace"))
            if m:
                at = dt.datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S.%f")
                ms = float(m.group(5))
                began = at.replace(tzinfo=tz).timestamp() - ms / 1000.0
                out.append(LockWait(began, ms, int(m.group(2)), f"{m.group(3)} on {m.group(4)}"))
    return out


def lock_names(waits: list[LockWait]) -> dict[str, str]:
    """Each logged lock as a reader names it: "relation N of database D" becomes the
    relation's name ("tuple (3,4) of workshop.orders"), or says it was dropped since."""
    oids = {int(x) for w in waits for x in re.findall(r"relation (\d+)", w.lock)}
    names: dict[int, str] = {}
    if oids:
        found = rows(
            OURS,
            "SELECT oid, oid::regclass FROM pg_class "
            f"WHERE oid = ANY ('{{{','.join(map(str, sorted(oids)))}}}'::oid[])",
        )
        names = {int(o): n for o, n in found}

    def name(m: re.Match[str]) -> str:
        return names.get(int(m.group(1)), f"relation {m.group(1)} (dropped since)")

    return {w.lock: re.sub(r"relation (\d+) of database \d+", name, w.lock) for w in waits}


def start_wait_sampler(sql_file: Path, out: Path, app: str) -> subprocess.Popen[str]:
    """psql writing "epoch|pid|wait event" to out every WAIT_SAMPLE_S for each active
    session of the clients ("CPU" where it waits for none); stop it with stop_sampler()."""
    sql_file.write_text(
        "SELECT extract(epoch FROM clock_timestamp()), pid, "
        "coalesce(wait_event_type || ':' || wait_event, 'CPU') FROM pg_stat_activity "
        f"WHERE application_name LIKE '{app}-%' AND state = 'active' \\watch {WAIT_SAMPLE_S}\n"
    )
    env = dict(os.environ, PGAPPNAME="wsbench-sampler")
    with open(out, "w") as fh:
        return subprocess.Popen(
            ["psql", "-X", "-q", "-tA", "-F", "|", "-d", OURS, "-f", str(sql_file)],
            stdout=fh,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )


def stop_sampler(proc: subprocess.Popen[str], out: Path) -> list[tuple[float, int, str]]:
    """Ends the sampler's \\watch (SIGINT, so psql flushes what it wrote); its samples."""
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    samples: list[tuple[float, int, str]] = []
    for line in out.read_text().splitlines():
        m = re.match(r"^(\d+\.\d+)\|(\d+)\|(\S+)$", line)
        if m:
            samples.append((float(m.group(1)), int(m.group(2)), m.group(3)))
    return samples


def samples_during(
    samples: list[tuple[float, int, str]], pids: set[int], start: float, end: float
) -> str:
    """The wait events sampled from start to end in the session of pids that was sampled
    most then (the one running the transaction), most frequent first: "CPU 9, IO:WALSync 3"."""
    by_pid: dict[int, Counter[str]] = {}
    for t, pid, event in samples:
        if pid in pids and start <= t <= end:
            by_pid.setdefault(pid, Counter())[event] += 1
    if not by_pid:
        return "-"
    events = max(by_pid.values(), key=lambda c: c.total())
    return ", ".join(f"{e} {n}" for e, n in events.most_common(3))


def measure_upgrade(var: dict[str, str]) -> dict[str, Any]:
    """What a DBA meets upgrading a loaded database: ours reverted to the release and
    deployed back to the head of the plan with sqitch, while clients change order
    statuses and batch priorities and read order pages and the summary. For each step,
    its time and slowest changes, and each client's latency and errors meanwhile. Last:
    it leaves the database as deployed, but its statistics and caches are not those the
    reads were measured with. The clients' lock waits of LOCK_WAIT_LOGGED_MS or more
    are logged by the server, and the longest of each client in a step kept."""
    defs = defines(var)
    app = "wsbench-upgrade"
    log = server_log()
    procs: list[tuple[str, subprocess.Popen[str]]] = []
    with tempfile.TemporaryDirectory(prefix="wsbench-") as tmp:
        for i, (label, script, clients) in enumerate(UPGRADE_LOAD):
            env = dict(os.environ)
            env["PGAPPNAME"] = f"{app}-{i}"
            env["PGOPTIONS"] = (
                env.get("PGOPTIONS", "")
                + f" -c log_lock_waits=on -c deadlock_timeout={LOCK_WAIT_LOGGED_MS}ms"
            )
            cmd = ["pgbench", "-n", "-f", str(script), "-c", str(clients), "-j", str(clients)]
            cmd += ["-T", "3600", "--log", f"--log-prefix={tmp}/c{i}", *defs, OURS]
            procs.append(
                (
                    label,
                    subprocess.Popen(
                        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
                    ),
                )
            )
        time.sleep(3.0)
        pids: dict[str, set[int]] = {label: set() for label, _, _ in UPGRADE_LOAD}
        for name, pid in rows(
            OURS,
            "SELECT application_name, pid FROM pg_stat_activity "
            f"WHERE application_name LIKE '{app}-%'",
        ):
            pids[UPGRADE_LOAD[int(name.rsplit("-", 1)[1])][0]].add(int(pid))
        sampler = start_wait_sampler(Path(tmp) / "sample.sql", Path(tmp) / "samples", app)
        steps = [timed_sqitch(f"revert to {UPGRADE_FROM}", "revert", "-y", "--to", UPGRADE_FROM)]
        time.sleep(3.0)
        if steps[0].ok:
            steps.append(timed_sqitch("deploy to the head", "deploy", "--verify"))
            time.sleep(1.0)
        samples = stop_sampler(sampler, Path(tmp) / "samples")
        # The clients stop when their sessions end; pgbench then writes its logs.
        psql(
            OURS,
            "-c",
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE application_name LIKE '{app}-%'",
        )
        waits = logged_lock_waits(*log) if log else []
        names = lock_names(waits)
        errors: dict[str, list[str]] = {}
        for i, (label, proc) in enumerate(procs):
            try:
                _, err = proc.communicate(timeout=60)
            except subprocess.TimeoutExpired:  # never seen; the report must still be written
                proc.kill()
                _, err = proc.communicate()
                err += "\nERROR: pgbench did not stop when its sessions ended"
            errors[label] = [ln.strip() for ln in err.splitlines() if "ERROR:" in ln]
            # (began, latency ms)
            txns = [(end - ms / 1000.0, ms) for end, ms in logged_transactions(f"{tmp}/c{i}")]
            for step in steps:
                inside = [(b, lat) for b, lat in txns if step.start <= b <= step.end]
                step.clients[label] = latencies([lat for _, lat in inside])
                if inside:
                    b, lat = max(inside, key=lambda x: x[1])
                    step.worst[label] = (lat, step.change_at(b))
                    step.worst_samples[label] = samples_during(
                        samples, pids[label], b, b + lat / 1000.0
                    )
                mine = [
                    w for w in waits if w.pid in pids[label] and step.start <= w.began <= step.end
                ]
                if mine:
                    w = max(mine, key=lambda x: x.ms)
                    step.lock_waits[label] = (w.ms, names[w.lock])
    return {"steps": steps, "errors": errors, "lock_log": log is not None}


def measure_refresh(var: dict[str, str]) -> dict[str, Any]:
    """REFRESH ... CONCURRENTLY: its time alone, and a reader's p95 idle vs during it."""
    out: dict[str, Any] = {}
    if scalar(OURS, "SELECT to_regproc('workshop.refresh_production_summary') IS NOT NULL") != "t":
        out["error"] = "workshop.refresh_production_summary() not in this build"
        return out
    times = []
    for _ in range(3):
        t0 = time.monotonic()
        psql(OURS, "-c", "SELECT workshop.refresh_production_summary()")
        times.append(time.monotonic() - t0)
    out["alone_s"] = times
    reader = script_for("summary_batch", None)
    if reader is None:
        out["error"] = "no summary reader query"
        return out
    idle = pgbench(OURS, reader, var, 5)
    # The reader runs while refreshes run back to back.
    dur = max(6.0, 3 * max(times) + 2)
    defs = defines(var)
    with tempfile.TemporaryDirectory(prefix="wsbench-") as tmp:
        prefix = os.path.join(tmp, "log")
        proc = subprocess.Popen(
            [
                "pgbench",
                "-n",
                "-f",
                str(reader),
                "-T",
                str(int(dur)),
                "--log",
                f"--log-prefix={prefix}",
                *defs,
                OURS,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(1.0)
        during_times: list[float] = []
        t_first = time.time()
        while time.monotonic() and proc.poll() is None and len(during_times) < 3:
            t0 = time.monotonic()
            psql(OURS, "-c", "SELECT workshop.refresh_production_summary()")
            during_times.append(time.monotonic() - t0)
        t_last = time.time()
        proc.wait()
        lat = [ms for end, ms in logged_transactions(prefix) if t_first <= end <= t_last]
    out["during_s"] = during_times
    out["idle"] = idle
    out["during"] = latencies(lat)
    lit = subprocess.run(
        ["psql", "-X", "-d", LITERAL, "-c", "SELECT workshop.refresh_production_summary()"],
        capture_output=True,
        text=True,
    )
    out["literal_concurrently"] = (lit.stderr.strip().splitlines() or ["ok"])[0][:200]
    t0 = time.monotonic()
    psql(LITERAL, "-c", "REFRESH MATERIALIZED VIEW workshop.production_summary")
    out["literal_plain_s"] = time.monotonic() - t0
    return out


# The tables of the report's "Rows (ours)" line.
ROWS_LINE = (
    "orders",
    "customers",
    "batches",
    "batch_orders",
    "order_status_history",
    "batch_stage_history",
    "work_logs",
    "quality_checks",
)

# Exact row counts of every table of the schemas, one statement (matviews left out: the
# seed's summary may be unpopulated).
ROW_COUNTS = (
    "SELECT string_agg(format('SELECT %L, count(*) FROM %I.%I', c.relname, n.nspname, "
    "c.relname), ' UNION ALL ') FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
    "WHERE c.relkind = 'r' AND n.nspname IN ('workshop', 'workshop_private')"
)


def row_counts(db: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for line in psql(db, "-tA", "-F", "\t", "-c", scalar(db, ROW_COUNTS)).splitlines():
        name, n = line.split("\t")
        out[name] = int(n)
    return out


@dataclass
class Backup:
    """A database dumped with pg_dump and restored with pg_restore into a new one."""

    dump_s: float
    dump_bytes: int
    restore_s: float
    jobs: int
    size: int  # pg_database_size of the restored database
    tables: Sizes  # table_sizes of the restored database
    rows: dict[str, int]  # row_counts of the database dumped
    problems: list[str]  # what differs after the restore; empty when nothing does


def measure_backup() -> dict[str, Backup]:
    """A logical backup of each database as a DBA takes one (pg_dump, custom format) and
    its restore into an empty database of the cluster (pg_restore, a job per core). The
    restored database has no dead rows and no free space: its size is the data's own.
    Its rows are counted against the original's, and ours is verified by sqitch."""
    out: dict[str, Backup] = {}
    jobs = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="wsbench-") as tmp:
        for db in (OURS, LITERAL):
            dump = Path(tmp) / f"{db}.dump"
            copy = f"{db}_restored"
            t0 = time.monotonic()
            subprocess.run(
                ["pg_dump", "--format=custom", "--file", str(dump), db],
                check=True,
                capture_output=True,
            )
            dump_s = time.monotonic() - t0
            psql(
                "postgres", "-c", f"DROP DATABASE IF EXISTS {copy}", "-c", f"CREATE DATABASE {copy}"
            )
            try:
                t0 = time.monotonic()
                res = subprocess.run(
                    [
                        "pg_restore",
                        "--exit-on-error",
                        f"--jobs={jobs}",
                        "--dbname",
                        copy,
                        str(dump),
                    ],
                    capture_output=True,
                    text=True,
                )
                restore_s = time.monotonic() - t0
                problems = []
                if res.returncode != 0:
                    problems.append(f"pg_restore: {res.stderr.strip()[:200]}")
                before, after = row_counts(db), row_counts(copy)
                problems += [
                    f"{t}: {before.get(t, 0):,} rows before, {after.get(t, 0):,} after"
                    for t in sorted(set(before) | set(after))
                    if before.get(t) != after.get(t)
                ]
                if db == OURS:
                    ver = sqitch("verify", sqitch_target(copy))
                    if ver.returncode != 0:
                        said = (ver.stdout + ver.stderr).splitlines()
                        why = [x.strip() for x in said if "ERROR" in x or "failed" in x]
                        problems.append(f"sqitch verify: {'; '.join(why)[:300]}")
                out[db] = Backup(
                    dump_s,
                    dump.stat().st_size,
                    restore_s,
                    jobs,
                    database_size(copy),
                    table_sizes(copy),
                    before,
                    problems,
                )
            finally:
                psql("postgres", "-c", f"DROP DATABASE IF EXISTS {copy}")
                dump.unlink(missing_ok=True)
            log(
                f"backup of {db}: dump {dump_s:.1f} s, restore {restore_s:.1f} s, "
                f"{'ok' if not problems else '; '.join(problems)}"
            )
    return out


# ---------------------------------------------------------------- report


def machine() -> dict[str, str]:
    mem = "?"
    try:
        with open("/proc/meminfo") as fh:
            kb = int(fh.readline().split()[1])
            mem = f"{kb / 1024 / 1024:.0f} GiB"
    except OSError:
        pass
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as fh:
            cpu = next(
                (ln.split(":", 1)[1].strip() for ln in fh if ln.startswith("model name")), "?"
            )
    except OSError:
        pass
    return {
        "nproc": str(os.cpu_count()),
        "mem": mem,
        "cpu": cpu,
        "pg": scalar(OURS, "SHOW server_version"),
        "os": platform.platform(),
        "pgbench": subprocess.run(
            ["pgbench", "--version"], capture_output=True, text=True
        ).stdout.strip(),
        "settings": ", ".join(
            f"{name}={scalar(OURS, f'SHOW {name}')}"
            for name in (
                "shared_buffers",
                "effective_cache_size",
                "work_mem",
                "max_wal_size",
                "checkpoint_timeout",
            )
        ),
        "defaults": str(os.environ.get("BENCH_PG_DEFAULTS", "0") == "1"),
    }


def versus_seed(r: dict[str, Any], ours: Run, seed: Run) -> tuple[float | None, str]:
    """Ours' p95 over the seed twin's, and its cell: the ratio, then its range over the
    rounds where they took turns."""
    ratio = ours.p95 / seed.p95 if ours.ok and seed.ok else None
    spread = r.get("seed_ratio_rounds")
    rounds = f" ({spread[0]:.2f}-{spread[1]:.2f})" if spread and ratio is not None else ""
    return ratio, fmt(ratio) + rounds


def p95_cell(run: Run | None) -> str:
    """A p95 cell: the figure, why there is none, or n/a where it was not measured."""
    if run is None:
        return "n/a"
    return fmt(run.p95) if run.ok else f"n/a ({run.error})"


# A target row of the report: what, the measured figure, met (None: n/a or level), a note.
Target = tuple[str, str, bool | None, str]


def latency_targets(label: str, kind: str, ours: Run, ratio_floor: float | None) -> list[Target]:
    """The latency targets of a query of this kind (issue 7): a point read p95 <= 1 ms and
    <= 3x the floor, a page p95 <= 2 ms, a report the seed's 100 ms bar."""
    limits = {"point": (1.0, ""), "page": (2.0, ""), "report": (100.0, " (the seed's bar)")}
    if kind not in limits:
        return []
    limit, why = limits[kind]
    out: list[Target] = [
        (
            f"{label}: p95 <= {limit:g} ms{why}",
            fmt(ours.p95) + " ms" if ours.ok else "n/a",
            ours.p95 <= limit if ours.ok else None,
            "",
        )
    ]
    if kind == "point":
        out.append(
            (
                f"{label}: p95 <= 3x floor",
                fmt(ratio_floor) + "x" if ratio_floor is not None else "n/a",
                ratio_floor <= 3.0 if ratio_floor is not None else None,
                "",
            )
        )
    return out


def key_query_rows(results: dict[str, dict[str, Any]], add: Any, with_plans: bool) -> list[Target]:
    """The rows of a key-query table (after its header) and the latency targets they
    meet or miss. Without plans for prepared statements: EXPLAIN shows a custom plan,
    which a prepared statement may no longer run after five executions."""
    floor = results["pk_floor"]["ours"]["run"]
    targets: list[Target] = []
    for name, kind, desc in KEY_QUERIES:
        if not with_plans and name not in results:
            continue  # not measured with prepared statements (the write)
        r = results.get(name, {})
        o = r.get("ours", {}).get("run", Run(ok=False, error="not run"))
        s = r.get("literal", {}).get("run", Run(ok=False, error="not run"))
        q = r.get("rls", {}).get("run")
        plan = r.get("ours", {}).get("plan", {})

        def trio(x: Run) -> str:
            return f"{fmt(x.p50)} / {fmt(x.p95)} / {fmt(x.p99)}" if x.ok else f"n/a ({x.error})"

        ratio_seed, seed_cell = versus_seed(r, o, s)
        ratio_floor = o.p95 / floor.p95 if o.ok and floor.ok else None
        ratio_rls = q.p95 / o.p95 if q is not None and q.ok and o.ok else None
        rls_cell = p95_cell(q)
        idx = ", ".join(plan.get("indexes", [])) or "-"
        seqs = ", ".join(plan.get("big_seqscans", [])) or "none"
        add(
            f"| `{name}` {desc} | {kind} | {trio(o)} | {o.n if o.ok else 0} | {trio(s)} | "
            f"{seed_cell} | {fmt(ratio_floor)} | {rls_cell} | {fmt(ratio_rls)} |"
            + (f" {idx} | {seqs} |" if with_plans else "")
        )
        targets += latency_targets(name, kind, o, ratio_floor)
        if kind != "floor":
            verdict, note = not_slower(ratio_seed, r.get("seed_slower_rounds"))
            targets.append(
                (
                    f"{name}: not slower than seed twin (p95)",
                    fmt(ratio_seed) + "x"
                    if ratio_seed is not None
                    else ("no seed twin" if o.ok else "n/a"),
                    verdict,
                    with_planning(note, r, "literal") if verdict is False else note,
                )
            )
            rls_met = ratio_rls <= 1.5 if ratio_rls is not None else None
            targets.append(
                (
                    f"{name}: RLS manager <= 1.5x owner (p95)",
                    fmt(ratio_rls) + "x" if ratio_rls is not None else "n/a",
                    rls_met,
                    with_planning("", r, "rls") if rls_met is False else "",
                )
            )
    return targets


# The three pages that come both as a statement and as a function, and the form each
# client should call (README, "Which form to call"). The function keeps its plans for the session:
# in the simple protocol that saves planning on every call, while a prepared statement
# keeps its plan anyway and the function only adds its call. Under row level security a
# prepared status or stage page as a statement is planned on every call (enum equality
# is not leakproof, so only a plan made for the value finds its partial index), and the
# function, one statement per status or stage, keeps a plan for each. A prepared status
# page is planned on every call for the owner too: no index has the status as a key
# since indexes/drop_orders_by_status, so its generic plan is the dearer one.
# (page, protocol) -> (the owner's query, the staff's query), names of KEY_QUERIES.
FORMS_TO_CALL: list[tuple[str, str, str, str]] = [
    ("order page", "simple", "order_page", "order_page"),
    ("order page", "prepared", "order_detail", "order_detail"),
    ("status page", "simple", "status_page", "status_page"),
    ("status page", "prepared", "status_page", "status_page"),
    ("stage page", "simple", "stage_page", "stage_page"),
    ("stage page", "prepared", "batches_at_stage", "stage_page"),
]


def forms_section(
    results: dict[str, dict[str, Any]], prepared: dict[str, dict[str, Any]], add: Any
) -> list[Target]:
    """The pages as their callers should call them (FORMS_TO_CALL), each protocol's figures
    taken from the tables above, and the latency targets those forms meet or miss. Staff
    and owner may call different forms, measured in different turns, so their ratio is
    not interleaved as the tables' RLS/ours is."""
    kinds = {name: kind for name, kind, _desc in KEY_QUERIES}
    targets: list[Target] = []
    add("## The pages as each client should call them")
    add("")
    add(
        "The order, status and stage pages come as a statement and as a function "
        "(`workshop.order_detail()`, `workshop.orders_by_status()`, "
        "`workshop.open_batches_at_stage()`), measured above as two queries. The function "
        "keeps its plans for the session: without prepared statements (psql, scripts, "
        "poolers in transaction mode) every client should call it; with them (psycopg 3, "
        "PostgREST) the owner's order and stage statements keep their plans too, and the "
        "function only adds its call, while staff under row level security keep a plan "
        "of a status or stage page only through its function (enum equality is not "
        "leakproof), and so does the owner of a status page (no index has the status as "
        "a key, so its generic plan is the dearer one). These are "
        "those forms' figures from the tables above; staff/owner compares the two forms "
        "each calls, measured in different turns."
    )
    add("")
    add(
        "| page | protocol | owner calls | owner p95 | ours/seed p95 (rounds) | ours/floor p95 "
        "| staff call | staff p95 | staff/owner |"
    )
    add("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for page, protocol, owner_q, staff_q in FORMS_TO_CALL:
        table = results if protocol == "simple" else prepared
        if owner_q not in table or staff_q not in table or "pk_floor" not in table:
            continue
        r = table[owner_q]
        o = r.get("ours", {}).get("run", Run(ok=False, error="not run"))
        s = r.get("literal", {}).get("run", Run(ok=False, error="not run"))
        q = table[staff_q].get("rls", {}).get("run")
        floor = table["pk_floor"]["ours"]["run"]
        ratio_seed, seed_cell = versus_seed(r, o, s)
        ratio_floor = o.p95 / floor.p95 if o.ok and floor.ok else None
        ratio_staff = q.p95 / o.p95 if q is not None and q.ok and o.ok else None
        staff_cell = p95_cell(q)
        add(
            f"| {page} | {protocol} | `{owner_q}` | {fmt(o.p95) if o.ok else 'n/a'} | "
            f"{seed_cell} | {fmt(ratio_floor)} | `{staff_q}` | {staff_cell} | "
            f"{fmt(ratio_staff)} |"
        )
        what = f"{page}, {protocol} (`{owner_q}`"
        what += ")" if staff_q == owner_q else f"; staff `{staff_q}`)"
        targets += latency_targets(what, kinds[owner_q], o, ratio_floor)
        verdict, note = not_slower(ratio_seed, r.get("seed_slower_rounds"))
        targets.append(
            (
                f"{what}: not slower than seed twin (p95)",
                fmt(ratio_seed) + "x" if ratio_seed is not None else "n/a",
                verdict,
                note,
            )
        )
        targets.append(
            (
                f"{what}: staff <= 1.5x owner (p95)",
                fmt(ratio_staff) + "x" if ratio_staff is not None else "n/a",
                ratio_staff <= 1.5 if ratio_staff is not None else None,
                "",
            )
        )
    add("")
    return targets


def with_planning(note: str, r: dict[str, Any], other: str) -> str:
    """A missed target's note with the planning times of ours and the other side (the
    seed twin, or the manager under row level security), where they were measured."""
    ours, theirs = (r.get(label, {}).get("planning") for label in ("ours", other))
    if ours is None or theirs is None:
        return note
    who = "the seed's" if other == "literal" else "the manager's"
    said = f"planning {ours.plan_ms:.3f} ms, {who} {theirs.plan_ms:.3f}"
    if note.endswith(")"):  # "(slower in 8 of 8 rounds)": one parenthesis for both
        return f"{note[:-1]}; {said})"
    return f"{note} ({said})".lstrip()


# "Not slower than the seed twin" compares two p95s that are equal when the plans are:
# a strict 1.00 would call a coin flip. Slower means slower in at least SLOWER_ROUNDS of
# the ROUNDS rounds (a sign test: by chance alone, 7 or more of 8 happens 3.5 % of the
# time); a pooled ratio above 1 with fewer such rounds is level, within the run's noise.
SLOWER_ROUNDS = 7


def not_slower(ratio: float | None, rounds: tuple[int, int] | None) -> tuple[bool | None, str]:
    """(verdict, note) of the not-slower target: True, False, or None with the note
    'level' when the pooled ratio is above 1 but the rounds do not say slower."""
    if ratio is None:
        return None, ""
    if ratio <= 1.0:
        return True, ""
    if rounds is None:
        return False, ""
    slower, n = rounds
    if slower >= SLOWER_ROUNDS * n / ROUNDS:
        return False, f"(slower in {slower} of {n} rounds)"
    return None, f"level: slower in {slower} of {n} rounds, within this run's noise"


def target_table(targets: list[Target], add: Any) -> None:
    add("| target | measured | result |")
    add("| --- | --- | --- |")
    for t, meas, ok, note in targets:
        res = ("" if note else "n/a") if ok is None else ("PASS" if ok else "**FAIL**")
        add(f"| {t} | {meas} | {res}{(' ' + note) if note else ''} |")


def mb(b: int) -> str:
    return f"{b / 2**20:,.0f}"


def size_rows(
    ours: Sizes, seed: Sizes, counted: tuple[dict[str, int], dict[str, int]]
) -> list[str]:
    """The rows of a size table: each table of 1 MB or more in either database, ours
    against the seed's table of the same name, largest first; the rest summed; all.
    Rows as counted (counted: ours, seed), else the planner's estimate."""

    def total(ts: list[Size]) -> int:
        return sum(t[1] + t[2] for t in ts)

    def cell(ts: list[Size]) -> str:
        """'heap / indexes | count' of some tables, or dashes for none."""
        if not ts:
            return "- | -"
        return (
            f"{mb(sum(t[1] for t in ts))} / {mb(sum(t[2] for t in ts))} | {sum(t[3] for t in ts)}"
        )

    def ratio(o: list[Size], s: list[Size]) -> str:
        # Not against a table of less than 1 MB (the seed's summary may be unpopulated).
        return f"{total(o) / total(s):.2f}" if o and s and total(s) >= 2**20 else "-"

    def of(b: Sizes, n: str) -> list[Size]:
        return [b[n]] if n in b else []

    big = sorted(
        (n for n in set(ours) | set(seed) if max(total(of(ours, n)), total(of(seed, n))) >= 2**20),
        key=lambda n: (-total(of(ours, n)), -total(of(seed, n)), n),
    )
    out = []
    for n in big:
        o, s = of(ours, n), of(seed, n)
        rows = " / ".join(
            f"{c.get(n, t[0][0]):,}" if t else "-" for t, c in zip((o, s), counted, strict=True)
        )
        out.append(f"| {n} | {rows} | {cell(o)} | {cell(s)} | {ratio(o, s)} |")
    ro = [t for n, t in ours.items() if n not in big]
    rs = [t for n, t in seed.items() if n not in big]
    if ro or rs:
        out.append(f"| {len(ro)} other tables (seed: {len(rs)}) | | {cell(ro)} | {cell(rs)} | |")
    o, s = list(ours.values()), list(seed.values())
    out.append(f"| all tables | | {cell(o)} | {cell(s)} | {ratio(o, s)} |")
    return out


SIZE_HEADER = [
    "| table | rows: ours / seed | ours heap / indexes | n | seed heap / indexes | n | ours/seed |",
    "| --- | --- | --- | --- | --- | --- | --- |",
]


def size_section(
    breakdown: dict[str, Sizes],
    counted: dict[str, dict[str, int]],
    sizes: dict[str, int],
    add: Any,
) -> None:
    """Where the database size goes, table by table, when the sizes were taken."""
    if not breakdown[OURS] or not breakdown[LITERAL]:
        return
    add("### Where the size goes")
    add("")
    add(
        "Per table (and materialized view) when the sizes above were taken: rows (counted; "
        "for a materialized view the planner's estimate), heap with TOAST in MB, indexes "
        "in MB and their number. The database sizes also count the system catalogs."
    )
    add("")
    for line in SIZE_HEADER + size_rows(
        breakdown[OURS], breakdown[LITERAL], (counted[OURS], counted[LITERAL])
    ):
        add(line)
    add(
        f"| database (pg_database_size) | | {mb(sizes[OURS])} | | {mb(sizes[LITERAL])} | | "
        f"{sizes[OURS] / sizes[LITERAL]:.2f} |"
    )
    add("")


def backup_section(backups: dict[str, Backup], add: Any) -> None:
    """The logical backup and restore of both databases (measure_backup)."""
    bo, bl = backups.get(OURS), backups.get(LITERAL)
    if bo is None or bl is None:
        return
    add("## A logical backup and its restore")
    add("")
    add(
        "Last, each database as the runs above left it (with the imported orders; ours "
        "after the upgrade), dumped with `pg_dump --format=custom` and restored with "
        f"`pg_restore --jobs={bo.jobs}` (a job per core) into an empty database of the same "
        "cluster; the rows of every table counted in both, and ours verified with `sqitch "
        "verify`. pg_restore loads the rows before it builds the indexes, constraints and "
        "triggers, so no trigger fires and nothing is checked row by row: this is a DBA's "
        "recovery time, not a load through the rules. A restored database has no dead rows "
        "and no free space: its size is the data's own."
    )
    add("")
    add("| measure | ours | seed | ratio |")
    add("| --- | --- | --- | --- |")
    add(f"| pg_dump (s) | {bo.dump_s:.1f} | {bl.dump_s:.1f} | {bo.dump_s / bl.dump_s:.2f} |")
    add(
        f"| the dump (MB) | {bo.dump_bytes / 2**20:,.0f} | {bl.dump_bytes / 2**20:,.0f} | "
        f"{bo.dump_bytes / bl.dump_bytes:.2f} |"
    )
    add(
        f"| pg_restore (s) | {bo.restore_s:.1f} | {bl.restore_s:.1f} | "
        f"{bo.restore_s / bl.restore_s:.2f} |"
    )
    po, pl = (b.size * 100_000 / max(b.rows.get("orders", 0), 1) for b in (bo, bl))
    add(
        "| the restored database (MB per 100k orders) | "
        f"{po / 2**20:.0f} | {pl / 2**20:.0f} | {po / pl:.2f} |"
    )

    def check(b: Backup, verified: bool) -> str:
        if b.problems:
            return "**" + "; ".join(b.problems) + "**"
        return "every table's rows as before" + (", sqitch verify ok" if verified else "")

    add(f"| after the restore | {check(bo, True)} | {check(bl, False)} | |")
    add("")
    add('The restored copies, table by table (as in "Where the size goes" above):')
    add("")
    for line in SIZE_HEADER + size_rows(bo.tables, bl.tables, (bo.rows, bl.rows)):
        add(line)
    add(
        f"| database (pg_database_size) | | {mb(bo.size)} | | {mb(bl.size)} | | "
        f"{bo.size / bl.size:.2f} |"
    )
    add("")


def leakproof_section(leakproof: dict[str, dict[str, Run]], add: Any) -> None:
    """The pages whose status or stage a manager's plan can match in an index only when
    enum equality is leakproof (measure_leakproof)."""
    if not leakproof:
        return
    add("## Row level security with enum equality leakproof (a superuser's tuning)")
    add("")
    add(
        "`pg_catalog.enum_eq` compares two OIDs and can neither fail nor reveal a row, but "
        "PostgreSQL does not mark it leakproof, so under row level security a status or "
        "stage condition is applied after the policy instead of in the index. The pages "
        "below were measured again in their own rounds: the owner, the manager under row "
        f"level security, and the manager with `ALTER FUNCTION {ENUM_EQ} LEAKPROOF` (a "
        "superuser's statement, set for that turn only and undone after; README, "
        '"Tuning row level security"). The targets above are those of the schema as '
        "deployed, without it."
    )
    add("")
    add(
        "| query | protocol | owner p95 | RLS p95 | RLS/owner | RLS with enum_eq leakproof "
        "p95 | that/owner | <= 1.5x owner |"
    )
    add("| --- | --- | --- | --- | --- | --- | --- | --- |")

    def p95(x: Run) -> str:
        return fmt(x.p95) if x.ok else f"n/a ({x.error})"

    def ratio(x: Run, owner: Run) -> float | None:
        return x.p95 / owner.p95 if x.ok and owner.ok and owner.p95 > 0 else None

    for key, runs in leakproof.items():
        name, protocol = key.split("/")
        o, r, lp = runs["ours"], runs["rls"], runs["leakproof"]
        rr, lr = ratio(r, o), ratio(lp, o)
        verdict = "n/a" if lr is None else ("PASS" if lr <= 1.5 else "**FAIL**")
        add(
            f"| `{name}` | {protocol} | {p95(o)} | {p95(r)} | {fmt(rr)} | {p95(lp)} | "
            f"{fmt(lr)} | {verdict} |"
        )
    add("")


def upgrade_section(upgrade: dict[str, Any], add: Any) -> None:
    steps: list[Step] = upgrade["steps"]
    add("## Upgrade from the release, under load")
    add("")
    add(
        f"Ours, loaded and measured, reverted to the release with `sqitch revert --to "
        f"{UPGRADE_FROM}` and deployed back with `sqitch deploy --verify` (lock_timeout 5 s, "
        "as `make deploy`), while "
        + ", ".join(f"{c} client{'s' if c > 1 else ''} {lbl}" for lbl, _, c in UPGRADE_LOAD)
        + " (bench/queries/: status_change, upgrade/batch_priority, order_detail, "
        "summary_batch; simple protocol, no lock timeout, so a wait shows as latency). "
        + (
            f"The server logged every lock wait of the clients of {LOCK_WAIT_LOGGED_MS} ms or "
            "more (log_lock_waits): the longest of each client in a step is shown, so a slow "
            "transaction without one waited for the host, not for a lock. "
            f"The clients' active sessions were sampled every {WAIT_SAMPLE_S * 1000:.0f} ms "
            "(pg_stat_activity): the wait events of the slowest transaction's samples are "
            "shown (CPU: none, on a core or waiting for one; IO:WALSync or LWLock:WALWrite: "
            "its commit's flush; Lock: a lock; -: no sample saw it active in the server)."
            if upgrade.get("lock_log")
            else "The server log could not be read: the clients' lock waits are not shown."
        )
    )
    add("")
    add("| step | time (s) | changes | the slowest (s) |")
    add("| --- | --- | --- | --- |")
    for st in steps:
        slow = sorted(st.changes, key=lambda c: c[2] - c[1], reverse=True)[:4]
        slowest = ", ".join(f"{c} {b - a:.1f}" for c, a, b in slow)
        status = "" if st.ok else f" **failed**: {st.output.splitlines()[-1][:150]}"
        add(f"| {st.what}{status} | {st.seconds:.1f} | {len(st.changes)} | {slowest} |")
    add("")
    add(
        "| clients | step | n | p50 / p99 (ms) | slowest (ms) | it began during "
        "| its samples | longest lock wait (ms) | errors |"
    )
    add("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for label, _, _ in UPGRADE_LOAD:
        errs = upgrade["errors"].get(label, [])
        err = f"{len(errs)}: {errs[0][:120]}" if errs else "none"
        for st in steps:
            r = st.clients.get(label)
            if r is None or not r.ok:
                add(f"| {label} | {st.what} | 0 | | | | | | {err} |")
                continue
            lat, change = st.worst[label]
            if not upgrade.get("lock_log"):
                lock = "not logged"
            elif label in st.lock_waits:
                ms, what = st.lock_waits[label]
                lock = f"{ms:.0f}, {what}"
            else:
                lock = "none"
            add(
                f"| {label} | {st.what} | {r.n} | {fmt(r.p50)} / {fmt(r.p99)} | {lat:.0f} "
                f"| {change} | {st.worst_samples.get(label, '-')} | {lock} | {err} |"
            )
    add("")


def planning_rows(results: dict[str, dict[str, Any]], add: Callable[[str], None]) -> None:
    """The report's section on planning and relation locks (see planning())."""
    add("")
    add("## Planning and relation locks (simple protocol)")
    add("")
    add(
        "In the simple protocol each call plans its statement again, and planning opens and "
        "locks every index of every table the statement names; PostgreSQL 15 keeps 16 "
        "relation locks per session in fast-path slots and takes each lock beyond them in "
        "the shared lock table. Planning: the median of EXPLAIN's planning time over "
        f"{PLAN_SAMPLES} plans of the sample statement (ms; parsing excluded; for a function "
        "call, the calling statement only, the function keeping its own plans). Locks: the "
        "relation locks (tables and indexes) one call holds when it ends, those beyond the "
        "fast path in parentheses."
    )
    add("")
    add(
        "| query | ours planning | seed planning | ours/seed | RLS planning | "
        "ours locks | seed locks | RLS locks |"
    )
    add("| --- | --- | --- | --- | --- | --- | --- | --- |")

    def ms(p: Planning | None) -> str:
        return f"{p.plan_ms:.3f}" if p else "n/a"

    def locks(p: Planning | None) -> str:
        return f"{p.locks} ({p.shared_locks})" if p else "n/a"

    for name, r in results.items():
        ours, seed, rls = (r.get(label, {}).get("planning") for label in ("ours", "literal", "rls"))
        if ours is None:
            continue
        ratio = f"{ours.plan_ms / seed.plan_ms:.2f}" if seed and seed.plan_ms > 0 else "n/a"
        add(
            f"| `{name}` | {ms(ours)} | {ms(seed)} | {ratio} | {ms(rls)} | "
            f"{locks(ours)} | {locks(seed)} | {locks(rls)} |"
        )


def write_report(
    args: argparse.Namespace,
    started: dt.datetime,
    scale: int,
    load: dict[str, Any],
    results: dict[str, dict[str, Any]],
    prepared: dict[str, dict[str, Any]],
    leakproof: dict[str, dict[str, Run]],
    conc: dict[str, Run | None],
    audited: str,
    refresh: dict[str, Any],
    sizes: dict[str, int],
    breakdown: dict[str, Sizes],
    counted: dict[str, dict[str, int]],
    rls_note: str,
    backups: dict[str, Backup],
    imports: dict[str, list[ImportRound]],
    upgrade: dict[str, Any],
) -> None:
    m = machine()
    lines: list[str] = []
    add = lines.append
    add(f"# Workshop DB benchmark, scale {scale:,} orders ({started:%Y-%m-%d %H:%M} UTC)")
    add("")
    add(
        f"Machine: {m['nproc']} cores ({m['cpu']}), {m['mem']} memory, load average "
        f"{args.load_at_start:.2f} when the measurements began; "
        f"PostgreSQL {m['pg']}; {m['pgbench']}. Cluster: a throw-away one (scripts/pg.sh), "
        f"fsync={args.fsync}, {m['settings']} ("
        + (
            "PostgreSQL's defaults"
            if m["defaults"] == "True"
            else "memory and WAL sized as for a dedicated server by scripts/bench.sh, every other "
            "setting PostgreSQL's default"
        )
        + ", the same for both databases). Client: pgbench on the same machine over TCP "
        f"127.0.0.1, simple protocol, 1 client, {args.seconds:g} s per query and database after "
        f"1 s of warm-up, in {ROUNDS} rounds in which ours, the seed and RLS take turns (a "
        "change in the machine's load falls on all three); latencies are per "
        "transaction from pgbench's --log, pooled over the rounds."
    )
    add("")
    add(
        "Databases: **ours** = `sqitch deploy` + reference seeds; **seed** = "
        "`bench/seed_literal.sql` (the seed plan built literally). Both loaded by "
        "`bench/sql/generate.sql` with the same rows; **RLS** = ours as `authenticated` with a "
        f"manager's JWT claims ({rls_note})."
    )
    add("")
    add(
        "Rows (ours): "
        + ", ".join(f"{t} {counted[OURS][t]:,}" for t in ROWS_LINE if counted[OURS].get(t))
    )
    add("")
    add("## Key queries (latency in ms)")
    add("")
    add(
        "| query | kind | ours p50 / p95 / p99 | n | seed p50 / p95 / p99 | "
        "ours/seed p95 (rounds) | ours/floor p95 | RLS p95 | RLS/ours | ours plan: indexes | "
        "seq scan (big tables) |"
    )
    add("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    targets = key_query_rows(results, add, with_plans=True)
    add("")
    add(
        "Plans of the seed twin: "
        + "; ".join(
            f"`{n}` "
            + (", ".join(r["literal"]["plan"]["indexes"]) or "-")
            + (
                " **seq scan " + ", ".join(r["literal"]["plan"]["big_seqscans"]) + "**"
                if r["literal"]["plan"]["big_seqscans"]
                else ""
            )
            for n, r in results.items()
            if "plan" in r.get("literal", {})
        )
        + "."
    )
    planning_rows(results, add)
    prepared_targets: list[Target] = []
    if prepared:
        add("")
        add("## Key queries with prepared statements (latency in ms)")
        add("")
        add(
            "The same reads with `pgbench -M prepared`, "
            f"{args.seconds / 2:g} s per query and database in {ROUNDS} rounds: each "
            "statement is parsed and planned once per connection, as psycopg 3 does for a "
            "statement run five times on a connection and PostgREST for every request; "
            "after five runs PostgreSQL may keep a generic plan, made without the "
            "parameters' values. The floor is the primary-key fetch, prepared."
        )
        add("")
        add(
            "| query | kind | ours p50 / p95 / p99 | n | seed p50 / p95 / p99 | "
            "ours/seed p95 (rounds) | ours/floor p95 | RLS p95 | RLS/ours |"
        )
        add("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
        prepared_targets = key_query_rows(prepared, add, with_plans=False)
    add("")
    form_targets = forms_section(results, prepared, add)
    leakproof_section(leakproof, add)
    add("## Writes, load, refresh, size")
    add("")
    add("| measure | ours | seed | ratio |")
    add("| --- | --- | --- | --- |")
    if load:
        lo, ll = load[OURS], load[LITERAL]
        ro = lo["phases"]["orders"][0] / lo["phases"]["orders"][1]
        rl = ll["phases"]["orders"][0] / ll["phases"]["orders"][1]
        add(
            f"| bulk insert of orders (orders/s; ours incl. the trigger-written history) | "
            f"{ro:,.0f} | {rl:,.0f} | {ro / rl:.2f} |"
        )
        targets.append(
            (
                "bulk load >= 2/3 of seed rate (orders phase of the load, one run each)",
                f"{ro / rl:.2f}",
                ro / rl >= 2 / 3,
                "",
            )
        )
        tot_o = lo["load_s"]
        tot_l = ll["load_s"]
        add(
            f"| whole data set load (s; all phases, see below) | {tot_o:.1f} | {tot_l:.1f} | "
            f"{tot_o / tot_l:.2f} |"
        )
        for ph in (
            "customers",
            "orders",
            "batches",
            "batch_orders",
            "stages",
            "completion",
            "finish",
        ):
            if ph in lo["phases"] and ph in ll["phases"]:
                add(
                    f"| load phase {ph} (s) | {lo['phases'][ph][1]:.1f} | "
                    f"{ll['phases'][ph][1]:.1f} | "
                    f"{lo['phases'][ph][1] / max(ll['phases'][ph][1], 1e-3):.2f} |"
                )
        add(f"| VACUUM (ANALYZE) after load (s) | {lo['vacuum_s']:.1f} | {ll['vacuum_s']:.1f} | |")
        (no, so, fo), (nl, sl, fl) = lo["reindex"], ll["reindex"]
        add(
            f"| REINDEX of the partial indexes after load (s; indexes, MB freed) | "
            f"{so:.1f} ({no}, {fo / 2**20:.0f} MB) | {sl:.1f} ({nl}, {fl / 2**20:.0f} MB) | |"
        )
    io, il = imports.get(OURS, []), imports.get(LITERAL, [])
    if io and il:
        rio = sum(x.orders for x in io) / sum(x.seconds for x in io)
        ril = sum(x.orders for x in il) / sum(x.seconds for x in il)
        rounds = [
            (o.orders / o.seconds) / (lit.orders / lit.seconds)
            for o, lit in zip(io, il, strict=True)
        ]
        add(
            f"| bulk import into the loaded database (orders/s; {len(io)} rounds of "
            f"{io[0].orders:,} new orders in one INSERT, ours and the seed in turn, the keys "
            "made by each database's default (ours time-ordered, the seed's random); ours incl. "
            f"{sum(x.history for x in io):,} history rows, the seed {sum(x.history for x in il):,})"
            f" | {rio:,.0f} | {ril:,.0f} | {rio / ril:.2f} (rounds {min(rounds):.2f}-"
            f"{max(rounds):.2f}) |"
        )
        for what, fpi in (("records", False), (FPI, True)):
            wo = sum(x.wal.part(fpi) for x in io) / sum(x.orders for x in io)
            wl = sum(x.wal.part(fpi) for x in il) / sum(x.orders for x in il)
            add(
                f"| WAL per imported order, {what} (bytes, over the import rounds) | "
                f"{wo:,.0f} | {wl:,.0f} | {'' if fpi else fmt(wo / wl) if wl else 'n/a'} |"
            )
        targets.append(
            (
                "bulk load >= 2/3 of seed rate (import rounds side by side)",
                f"{rio / ril:.2f}",
                rio / ril >= 2 / 3,
                "",
            )
        )
    co, cl, cr = conc.get("ours"), conc.get("literal"), conc.get("rls")

    def tps(x: Run | None) -> str:
        return "n/a" if x is None else (f"{x.tps:,.0f}" if x.ok else f"n/a ({x.error})")

    add(
        f"| status changes/s, 2 clients, 10 s (audited: history row each) | {tps(co)} | "
        f"{tps(cl)} | {fmt(co.tps / cl.tps) if co and cl and co.ok and cl.ok else 'n/a'} |"
    )
    ca, cla = conc.get("ours_async"), conc.get("literal_async")
    add(
        f"| status changes/s, 2 clients, synchronous_commit=off | {tps(ca)} | {tps(cla)} | "
        f"{fmt(ca.tps / cla.tps) if ca and cla and ca.ok and cla.ok else 'n/a'} |"
    )
    if cr is not None:
        add(
            "| status changes/s, 2 clients, as RLS manager (direct UPDATE, see rls/) | "
            f"{tps(cr)} | | |"
        )

    def wal_per(x: Run | None, fpi: bool) -> float | None:
        if x is None or not x.ok or x.n == 0 or x.wal is None:
            return None
        return x.wal.part(fpi) / x.n

    for what, fpi in (("records", False), (FPI, True)):
        wo_, wl_ = wal_per(co, fpi), wal_per(cl, fpi)
        ratio = "" if fpi else fmt(wo_ / wl_) if wo_ is not None and wl_ else "n/a"
        add(
            f"| WAL per status change, {what} (bytes, the 2-client run; each writes a "
            f"history row) | {'n/a' if wo_ is None else f'{wo_:,.0f}'} | "
            f"{'n/a' if wl_ is None else f'{wl_:,.0f}'} | {ratio} |"
        )
    add(f"| history rows written by the status-change runs (ours) | {audited} | | |")
    targets.append(
        (
            ">= 1,000 audited status changes/s, 2 clients (fsync per commit)",
            tps(co),
            co.tps >= 1000 if co is not None and co.ok else None,
            "",
        )
    )
    targets.append(
        (
            ">= 1,000 audited status changes/s, 2 clients (synchronous_commit=off)",
            tps(ca),
            ca.tps >= 1000 if ca is not None and ca.ok else None,
            "",
        )
    )
    if "error" in refresh:
        add(f"| REFRESH CONCURRENTLY | n/a ({refresh['error']}) | | |")
        targets.append(("REFRESH CONCURRENTLY <= 3 s", "n/a", None, refresh["error"]))
    else:
        alone, during = refresh["alone_s"], refresh["during_s"]
        idle, dur = refresh["idle"], refresh["during"]
        add(
            f"| REFRESH CONCURRENTLY, alone (s; 3 runs) | {', '.join(f'{x:.2f}' for x in alone)} "
            f"| fails: {refresh['literal_concurrently']} | |"
        )
        add(f"| plain REFRESH of the seed's view (s) | | {refresh['literal_plain_s']:.2f} | |")
        add(
            f"| REFRESH CONCURRENTLY with a reader (s) | {', '.join(f'{x:.2f}' for x in during)} "
            "| | |"
        )
        add(
            f"| summary reader p95 idle / during refresh (ms) | {fmt(idle.p95)} / {fmt(dur.p95)}"
            f" (n {idle.n} / {dur.n}) | | "
            f"{fmt(dur.p95 / idle.p95) if idle.ok and dur.ok else 'n/a'} |"
        )
        worst = max(alone + during)
        targets.append(("REFRESH CONCURRENTLY <= 3 s", f"{worst:.2f} s", worst <= 3.0, ""))
        if idle.ok and dur.ok:
            targets.append(
                (
                    "reader p95 during refresh <= 2x idle",
                    f"{dur.p95 / idle.p95:.2f}x",
                    dur.p95 / idle.p95 <= 2.0,
                    "",
                )
            )
    per = 100_000 / scale
    add(
        f"| database size (MB per 100k orders) | {sizes[OURS] * per / 2**20:.0f} | "
        f"{sizes[LITERAL] * per / 2**20:.0f} | {sizes[OURS] / sizes[LITERAL]:.2f} |"
    )
    add("")
    size_section(breakdown, counted, sizes, add)
    upgrade_section(upgrade, add)
    backup_section(backups, add)
    add(f"## Targets (issue 7; they are set for scale 1,000,000 — this run is scale {scale:,})")
    add("")
    target_table(targets, add)
    if prepared_targets:
        add("")
        add("## The latency targets again, with prepared statements")
        add("")
        target_table(prepared_targets, add)
    if form_targets:
        add("")
        add("## The latency targets of the pages as each client should call them")
        add("")
        target_table(form_targets, add)
    add("")
    add(
        "Reproduce: `make bench SCALE=" + str(scale) + "`. Query texts: bench/queries/*.sql "
        "(seed-twin variants in bench/queries/literal/)."
    )
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{started:%Y-%m-%d}-scale{scale}.md"
    path.write_text("\n".join(lines) + "\n")
    plans = {
        n: {
            k: {
                "indexes": v.get("plan", {}).get("indexes"),
                "seqscans": v.get("plan", {}).get("seqscans"),
                "planning": vars(v["planning"]) if v.get("planning") else None,
            }
            for k, v in r.items()
            if isinstance(v, dict)
        }
        for n, r in results.items()
    }
    (out / f"{started:%Y-%m-%d}-scale{scale}.plans.json").write_text(json.dumps(plans, indent=1))
    log(f"report: {path}")
    print("\n".join(lines))


if __name__ == "__main__":
    if shutil.which("pgbench") is None:
        sys.exit("pgbench not found (postgresql-client)")
    sys.exit(main())
