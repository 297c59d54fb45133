"""What a database holds, for comparing two: its schema as pg_dump writes it, every
row of our tables, and the reports' rows (the upgrade, the backup and the fault tests)."""

from __future__ import annotations

import json
import subprocess
from decimal import Decimal
from typing import Any, LiteralString

import psycopg
from conftest import PGHOST, PGPORT, PGUSER, conninfo
from psycopg import sql

# The reports, without what depends on the clock or on when the summary was refreshed.
# order_due_risk is left out: which orders it lists depends on now() (projected finish
# against the due date), so two readings seconds apart may differ at a day's turn.
REPORTS: dict[str, LiteralString] = {
    "production_summary": "SELECT (to_jsonb(p) - '{refreshed_at,is_stale,is_late}'::text[])::text"
    " FROM workshop.production_summary p",
    "stage_workload": "SELECT to_jsonb(s)::text FROM workshop.stage_workload s",
    "estimate_accuracy": "SELECT to_jsonb(e)::text FROM workshop.estimate_accuracy e",
    "defect_summary": "SELECT to_jsonb(d)::text FROM workshop.defect_summary d",
}


def schema_dump(dbname: str) -> str:
    out = subprocess.run(
        [
            "pg_dump",
            "--schema-only",
            "--no-owner",
            "-N",
            "sqitch",
            "-h",
            PGHOST,
            "-p",
            str(PGPORT),
            "-U",
            PGUSER,
            dbname,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    # pg_dump 15.14+ writes a random \restrict key per run; it is not schema.
    return "\n".join(
        line for line in out.splitlines() if not line.startswith(("\\restrict", "\\unrestrict"))
    )


def tables(conn: psycopg.Connection[Any]) -> dict[str, tuple[int, str]]:
    """Rows and an md5 of all of them (as text, sorted), per table of our schemas; not
    the summary's freshness state, which each refresh of `reports` rewrites."""
    names = conn.execute(
        "SELECT n.nspname, c.relname FROM pg_class c"
        " JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE n.nspname IN ('workshop', 'workshop_private') AND c.relkind IN ('r', 'p')"
        "   AND c.relname <> 'production_summary_state'"
    ).fetchall()
    out: dict[str, tuple[int, str]] = {}
    for schema, table in names:
        row = conn.execute(
            sql.SQL(
                "SELECT count(*), md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), ''))"
                " FROM {}.{} t"
            ).format(sql.Identifier(schema), sql.Identifier(table))
        ).fetchone()
        assert row is not None
        out[f"{schema}.{table}"] = (row[0], row[1])
    return out


def canonical(row: str) -> str:
    """A report row's JSON with its numbers compared by value: the release wrote the
    hours of a batch without work logs as 0, the head writes 0.00 as for the others."""

    def number(text: str) -> str:
        return str(Decimal(text).normalize() + 0)

    return json.dumps(json.loads(row, parse_float=number, parse_int=number), sort_keys=True)


def reports(conn: psycopg.Connection[Any]) -> dict[str, list[str]]:
    """Each report's rows as sorted canonical JSON, after a refresh of the summary."""
    conn.execute("SELECT status FROM workshop.refresh_production_summary()")
    out: dict[str, list[str]] = {}
    for name, query in REPORTS.items():
        out[name] = sorted(canonical(r[0]) for r in conn.execute(query).fetchall())
    return out


def snapshot(dbname: str) -> tuple[dict[str, tuple[int, str]], dict[str, list[str]]]:
    with psycopg.connect(conninfo(dbname), autocommit=True) as conn:
        return tables(conn), reports(conn)
