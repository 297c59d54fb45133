"""Reports, refresh and health: the SQL objects they read are named here, once.

The views and functions are the schema's (Sqitch changes views/*, functions/*); Python
only reads them. Each report reads its view by the name in REPORT_VIEWS, so a rename
is a one-line change here; a view that is not deployed is reported as missing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, LiteralString

import psycopg
from psycopg import sql

from workshop_db.errors import translated

# report name -> the view it reads (schema-qualified).
REPORT_VIEWS: dict[str, str] = {
    "production_summary": "workshop.production_summary",
    "stage_workload": "workshop.stage_workload",
    "due_risk": "workshop.order_due_risk",
}
# How each report is ordered: open batches first, most urgent first (the views are not
# ordered themselves, so that a filtered read stays an index lookup).
REPORT_ORDER: dict[str, LiteralString] = {
    "production_summary": "is_complete, priority DESC, target_completion NULLS LAST, batch_number",
}
# Columns the terminal tables show when the view has them (--json shows every column).
DISPLAY_COLUMNS: dict[str, tuple[str, ...]] = {
    "production_summary": (
        "batch_number", "current_stage", "priority", "quality_status", "order_count",
        "estimated_hours", "remaining_estimated_hours", "actual_hours", "target_completion",
        "is_late",
    ),
    "due_risk": (
        "order_number", "priority", "status", "due_date", "batch_number", "current_stage",
        "remaining_estimated_hours", "projected_finish", "days_late",
    ),
}  # fmt: skip
REFRESH_FUNCTION = "workshop.refresh_production_summary"
DATA_QUALITY_FUNCTION = "workshop.data_quality_report"


@dataclass
class Report:
    """A titled table of rows, with a note when it is not what was asked for."""

    name: str
    title: str
    columns: list[str]
    rows: list[tuple[Any, ...]]
    source: str
    note: str | None = None


def relation_exists(conn: psycopg.Connection[Any], name: str) -> bool:
    row = conn.execute("SELECT pg_catalog.to_regclass(%s) IS NOT NULL", [name]).fetchone()
    return bool(row and row[0])


def function_input_count(conn: psycopg.Connection[Any], name: str) -> int | None:
    """Number of input arguments of the function `name` (schema.function), None if absent."""
    schema, _, fname = name.partition(".")
    row = conn.execute(
        "SELECT p.pronargs FROM pg_catalog.pg_proc p"
        " WHERE p.pronamespace = pg_catalog.to_regnamespace(%s) AND p.proname = %s"
        " ORDER BY p.pronargs LIMIT 1",
        [schema, fname],
    ).fetchone()
    return None if row is None else int(row[0])


def _table(
    conn: psycopg.Connection[Any], query: sql.SQL | sql.Composed
) -> tuple[list[str], list[Any]]:
    with conn.cursor() as cur:
        cur.execute(query)
        columns = [d.name for d in cur.description or ()]
        return columns, cur.fetchall()


def reports(conn: psycopg.Connection[Any]) -> list[Report]:
    """The production summary, stage workload and due risk reports."""
    titles = {
        "production_summary": "Production summary",
        "stage_workload": "Stage workload",
        "due_risk": "Due-date risk",
    }
    out: list[Report] = []
    with translated():
        for name, view in REPORT_VIEWS.items():
            if relation_exists(conn, view):
                schema, _, rel = view.partition(".")
                query = sql.SQL("SELECT * FROM {}").format(sql.Identifier(schema, rel))
                if name in REPORT_ORDER:
                    query = query + sql.SQL(" ORDER BY ") + sql.SQL(REPORT_ORDER[name])
                columns, rows = _table(conn, query)
                out.append(Report(name, titles[name], columns, rows, view))
            else:
                out.append(Report(name, titles[name], [], [], view, f"{view} is not deployed yet"))
    return out


@dataclass
class RefreshResult:
    available: bool
    result: dict[str, Any] = field(default_factory=dict)  # the function's columns
    note: str | None = None


def refresh(conn: psycopg.Connection[Any], *, only_if_stale: bool = False) -> RefreshResult:
    """Call workshop.refresh_production_summary; a clear note when it is absent."""
    with translated():
        nargs = function_input_count(conn, REFRESH_FUNCTION)
        if nargs is None:
            return RefreshResult(
                False, note=f"{REFRESH_FUNCTION}() is not deployed yet: nothing refreshed"
            )
        query: LiteralString = (
            f"SELECT * FROM {REFRESH_FUNCTION}(%s)"
            if nargs
            else f"SELECT * FROM {REFRESH_FUNCTION}()"
        )
        with conn.cursor() as cur:
            cur.execute(query, [only_if_stale] if nargs else [])
            names = [d.name for d in cur.description or ()]
            row = cur.fetchone()
    result = {} if row is None else dict(zip(names, row, strict=True))
    return RefreshResult(True, result)


@dataclass
class Check:
    name: str
    ok: bool
    detail: str


@dataclass
class Health:
    checks: list[Check] = field(default_factory=list)
    data_quality: Report | None = None

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)


# Monitoring checks: name -> query returning (ok boolean, detail text).
MONITORING: dict[str, LiteralString] = {
    "schema_deployed": (
        "SELECT pg_catalog.to_regclass('workshop.orders') IS NOT NULL,"
        " (SELECT count(*) FROM pg_catalog.pg_class"
        "   WHERE relnamespace = 'workshop'::regnamespace AND relkind IN ('r', 'v', 'm'))"
        " || ' tables and views in schema workshop'"
    ),
    "invalid_indexes": (
        "SELECT count(*) = 0, COALESCE(string_agg(i.indexrelid::regclass::text, ', '), 'none')"
        "  FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid"
        " WHERE NOT i.indisvalid"
        "   AND c.relnamespace IN ('workshop'::regnamespace, 'workshop_private'::regnamespace)"
    ),
    "blocked_sessions": (
        "SELECT count(*) = 0, count(*) || ' sessions waiting for a lock held by another'"
        "  FROM pg_catalog.pg_stat_activity"
        " WHERE cardinality(pg_catalog.pg_blocking_pids(pid)) > 0"
        "   AND now() - state_change > interval '1 minute'"
    ),
    "long_transactions": (
        "SELECT count(*) = 0, count(*) || ' transactions open longer than 1 hour'"
        "  FROM pg_catalog.pg_stat_activity"
        " WHERE xact_start < now() - interval '1 hour' AND pid <> pg_backend_pid()"
    ),
}


def health(conn: psycopg.Connection[Any]) -> Health:
    """Monitoring checks, plus workshop.data_quality_report() when it is deployed."""
    result = Health()
    with translated():
        for name, query in MONITORING.items():
            row = conn.execute(query).fetchone()
            assert row is not None
            result.checks.append(Check(name, bool(row[0]), str(row[1])))
        if function_input_count(conn, DATA_QUALITY_FUNCTION) is None:
            result.checks.append(
                Check("data_quality", True, f"{DATA_QUALITY_FUNCTION}() not deployed yet")
            )
            return result
        # One row per violation of a soft rule, named in its first column (check_name).
        columns, rows = _table(
            conn, sql.SQL("SELECT * FROM {}()").format(sql.SQL(DATA_QUALITY_FUNCTION))
        )
    result.data_quality = Report(
        "data_quality", "Data quality violations", columns, rows, DATA_QUALITY_FUNCTION
    )
    violations: dict[str, int] = {}
    for row in rows:
        violations[str(row[0])] = violations.get(str(row[0]), 0) + 1
    result.checks.append(
        Check("data_quality", not rows, f"{len(rows)} violations" if rows else "no violations")
    )
    for name, count in sorted(violations.items()):
        result.checks.append(Check(f"data_quality: {name}", False, f"{count} violations"))
    return result
