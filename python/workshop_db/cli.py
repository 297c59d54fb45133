"""The `workshop-db` command line: thin wrappers over the package's SQL.

Every command takes --dsn (else DATABASE_URL, the PG* variables, or the `make demo`
cluster) and --as-worker / --jwt-sub to act as someone; reporting commands take --json.
"""

from __future__ import annotations

import datetime
import decimal
import enum
import json
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import psycopg
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from workshop_db import gen_types, reports, seeds, shopify
from workshop_db.connection import connect
from workshop_db.errors import RuleViolation, WorkshopError

app = typer.Typer(
    name="workshop-db",
    help="Workshop DB: schema types, seeds, reports and the Shopify import.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
# Reports are wide: when the output is not a terminal (make demo's log, a pipe), give
# them room instead of rich's 80 columns.
out = Console(width=None if Console().is_terminal else 160)
err = Console(stderr=True)

Dsn = Annotated[
    str | None,
    typer.Option(
        "--dsn",
        help="Connection string (else DATABASE_URL, the PG* variables, or the make demo cluster).",
        show_default=False,
    ),
]
AsWorker = Annotated[
    uuid.UUID | None,
    typer.Option("--as-worker", help="Act as this worker (sets workshop.worker_id)."),
]
JwtSub = Annotated[
    uuid.UUID | None,
    typer.Option(
        "--jwt-sub",
        help="Act as this signed-in user: request.jwt.claims sub, SET ROLE authenticated.",
    ),
]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")]


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, datetime.date | datetime.datetime | datetime.timedelta):
        return str(value) if isinstance(value, datetime.timedelta) else value.isoformat()
    raise TypeError(f"not JSON serializable: {type(value).__name__}")


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, default=_plain, indent=2) + "\n")


@contextmanager
def _session(
    dsn: str | None,
    as_worker: uuid.UUID | None = None,
    jwt_sub: uuid.UUID | None = None,
    *,
    autocommit: bool = False,
) -> Iterator[psycopg.Connection[Any]]:
    """A connection for one command; database refusals become a message and exit 1."""
    try:
        conn = connect(dsn, as_worker=as_worker, jwt_sub=jwt_sub, autocommit=autocommit)
    except psycopg.OperationalError as exc:
        err.print(f"[red]cannot connect:[/red] {str(exc).strip()}", highlight=False)
        err.print("start the database (make db-start) or pass --dsn / set DATABASE_URL")
        raise typer.Exit(2) from exc
    try:
        with conn:
            yield conn
    except WorkshopError as exc:
        label = f" [{exc.rule}]" if isinstance(exc, RuleViolation) and exc.rule else ""
        err.print(f"[red]error{label}:[/red] {exc}", highlight=False)
        raise typer.Exit(1) from exc


def _table(report: reports.Report) -> Table:
    """A rich table of the report: the display columns it has, or all of them."""
    wanted = [c for c in reports.DISPLAY_COLUMNS.get(report.name, ()) if c in report.columns]
    shown = wanted or report.columns
    index = [report.columns.index(c) for c in shown]
    table = Table(title=f"{report.title}  [dim]({report.source})[/dim]", title_justify="left")
    for column in shown:
        table.add_column(column)
    for row in report.rows:
        table.add_row(*(_cell(row[i]) for i in index))
    return table


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, list | tuple):
        return ", ".join(_cell(v) for v in value)
    return str(value.value if isinstance(value, enum.Enum) else value)


def _report_json(report: reports.Report) -> dict[str, Any]:
    return {
        "source": report.source,
        "note": report.note,
        "rows": [dict(zip(report.columns, row, strict=True)) for row in report.rows],
    }


@app.command("gen-types")
def gen_types_command(
    dsn: Dsn = None,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="File to write.")
    ] = gen_types.DEFAULT_OUTPUT,
    check: Annotated[
        bool,
        typer.Option("--check", help="Write nothing; fail with a diff if the file is stale."),
    ] = False,
) -> None:
    """Generate schema_types.py (enums and row dataclasses) from the deployed catalog."""
    with _session(dsn) as conn:
        expected = gen_types.render(conn)
    current = output.read_text(encoding="utf-8") if output.exists() else ""
    if check:
        if current == expected:
            out.print(f"{output.name} matches the deployed schema")
            return
        sys.stdout.write(gen_types.diff(current, expected, output))
        err.print(
            f"[red]{output.name} differs from the deployed schema:[/red] run workshop-db gen-types"
        )
        raise typer.Exit(1)
    if current != expected:
        output.write_text(expected, encoding="utf-8")
        out.print(f"wrote {output}")
    else:
        out.print(f"{output.name} is up to date")


@app.command()
def seed(
    demo: Annotated[bool, typer.Option("--demo", help="Also load seed/demo.")] = False,
    seed_dir: Annotated[
        Path | None,
        typer.Option("--seed-dir", help="The seed folder (default: the repository's seed/)."),
    ] = None,
    dsn: Dsn = None,
    as_worker: AsWorker = None,
    jwt_sub: JwtSub = None,
) -> None:
    """Load seed/reference (and with --demo seed/demo) in one transaction, idempotently."""
    folder = seed_dir or seeds.default_seed_dir()
    with _session(dsn, as_worker, jwt_sub) as conn:
        result = seeds.load(conn, folder, demo=demo)
    for missing in result.missing:
        err.print(
            f"[yellow]note:[/yellow] {missing} does not exist: no demo data loaded", highlight=False
        )
    out.print(f"loaded {len(result.files)} seed files from {folder} in one transaction")


@app.command()
def refresh(
    if_stale: Annotated[
        bool, typer.Option("--if-stale", help="Refresh only when the summary is stale.")
    ] = False,
    dsn: Dsn = None,
    as_worker: AsWorker = None,
    jwt_sub: JwtSub = None,
    as_json: AsJson = False,
) -> None:
    """Refresh the production summary (workshop.refresh_production_summary)."""
    with _session(dsn, as_worker, jwt_sub, autocommit=True) as conn:
        result = reports.refresh(conn, only_if_stale=if_stale)
    if as_json:
        _print_json({"available": result.available, **result.result, "note": result.note})
    elif not result.available:
        err.print(f"[yellow]note:[/yellow] {result.note}", highlight=False)
    else:
        detail = ", ".join(f"{k}: {_cell(v)}" for k, v in result.result.items())
        out.print(f"production summary: {detail}", highlight=False)


@app.command()
def report(
    dsn: Dsn = None,
    as_worker: AsWorker = None,
    jwt_sub: JwtSub = None,
    as_json: AsJson = False,
) -> None:
    """Production summary, stage workload and due-date risk."""
    with _session(dsn, as_worker, jwt_sub) as conn:
        found = reports.reports(conn)
    if as_json:
        _print_json({r.name: _report_json(r) for r in found})
        return
    for r in found:
        if r.columns and r.rows:
            out.print(_table(r))
        elif r.columns:
            out.print(f"{r.title}  [dim]({r.source})[/dim]: no rows", highlight=False)
        if r.note:
            out.print(f"[yellow]note:[/yellow] {r.note}", highlight=False)


@app.command()
def health(
    dsn: Dsn = None,
    as_worker: AsWorker = None,
    jwt_sub: JwtSub = None,
    as_json: AsJson = False,
) -> None:
    """Monitoring checks and workshop.data_quality_report(); exit 1 when one fails."""
    with _session(dsn, as_worker, jwt_sub) as conn:
        result = reports.health(conn)
    if as_json:
        _print_json(
            {
                "ok": result.ok,
                "checks": [{"name": c.name, "ok": c.ok, "detail": c.detail} for c in result.checks],
                "data_quality": None
                if result.data_quality is None
                else _report_json(result.data_quality),
            }
        )
    else:
        table = Table(title="Health", title_justify="left")
        for column in ("check", "ok", "detail"):
            table.add_column(column)
        for c in result.checks:
            table.add_row(c.name, "[green]ok[/green]" if c.ok else "[red]FAIL[/red]", c.detail)
        out.print(table)
        if result.data_quality is not None and result.data_quality.rows:
            out.print(_table(result.data_quality))
    if not result.ok:
        raise typer.Exit(1)


@app.command("import-shopify")
def import_shopify(
    files: Annotated[
        list[Path],
        typer.Argument(help="Shopify order JSON: an order, an {'orders': [...]} page, a webhook."),
    ],
    dsn: Dsn = None,
    as_worker: AsWorker = None,
    jwt_sub: JwtSub = None,
    as_json: AsJson = False,
) -> None:
    """Upsert Shopify orders: one workshop order per headphone unit, idempotently."""
    try:
        orders = shopify.read_files(files)
    except shopify.PayloadError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(2) from exc
    with _session(dsn, as_worker, jwt_sub) as conn:
        if out.is_terminal and not as_json and len(orders) > 1:
            columns = (TextColumn("importing"), BarColumn(), MofNCompleteColumn())
            with Progress(*columns, console=out, transient=True) as bar:
                task = bar.add_task("import", total=len(orders))
                summary = shopify.import_orders(conn, orders, progress=lambda _: bar.advance(task))
        else:
            summary = shopify.import_orders(conn, orders)
    if as_json:
        _print_json(summary.as_dict())
    else:
        table = Table(title="Shopify import", title_justify="left")
        for column in ("imported", "unchanged", "skipped line items", "rejected orders"):
            table.add_column(column, justify="right")
        table.add_row(
            str(summary.imported),
            str(summary.unchanged),
            str(summary.skipped_line_items),
            str(len(summary.rejected)),
        )
        out.print(table)
        for o in summary.rejected:
            err.print(
                f"[red]rejected[/red] Shopify order {o.shopify_order_id} ({o.name}): {o.rejected}",
                highlight=False,
            )
    if summary.rejected:
        raise typer.Exit(1)
