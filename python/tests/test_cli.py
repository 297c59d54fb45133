"""The command line as a subprocess: help, seeds, refresh, report, health."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import psycopg
import pytest
from conftest import ROOT, run_cli

COMMANDS = ["gen-types", "seed", "refresh", "report", "health", "import-shopify"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_dsn(command: str) -> None:
    result = run_cli(command, "--help")
    assert result.returncode == 0, result.stderr
    assert "--dsn" in result.stdout


def test_unreachable_database_is_one_clear_line() -> None:
    result = run_cli("report", "--dsn", "host=127.0.0.1 port=1 dbname=nothing connect_timeout=2")
    assert result.returncode == 2
    assert "cannot connect" in result.stderr
    assert "Traceback" not in result.stderr


def snapshot(db: psycopg.Connection[Any]) -> list[tuple[Any, ...]]:
    return db.execute(
        "SELECT 'model', id::text, xmin::text FROM workshop.headphone_models"
        " UNION ALL SELECT 'stage', id::text, xmin::text FROM workshop.model_production_stages"
        " ORDER BY 1, 2"
    ).fetchall()


def test_seed_is_idempotent(db: psycopg.Connection[Any], dsn: str) -> None:
    before = snapshot(db)
    db.commit()
    result = run_cli("seed", "--dsn", dsn)
    assert result.returncode == 0, result.stderr
    assert "loaded 2 seed files" in result.stdout
    assert snapshot(db) == before, "a second load rewrites no row"


def test_seed_demo_says_when_the_demo_folder_is_missing(dsn: str, tmp_path: Path) -> None:
    (tmp_path / "reference").mkdir()
    for f in sorted((ROOT / "seed" / "reference").glob("*.sql")):
        (tmp_path / "reference" / f.name).write_text(f.read_text())
    result = run_cli("seed", "--demo", "--seed-dir", str(tmp_path), "--dsn", dsn)
    assert result.returncode == 0, result.stderr
    assert "demo does not exist" in " ".join(result.stderr.split())


def test_seed_is_all_or_nothing(db: psycopg.Connection[Any], dsn: str, tmp_path: Path) -> None:
    (tmp_path / "reference").mkdir()
    (tmp_path / "demo").mkdir()
    (tmp_path / "reference" / "01_worker.sql").write_text(
        "INSERT INTO workshop.workers (name, email) VALUES ('Seed', 'seed@workshop.test');"
    )
    (tmp_path / "demo" / "01_bad.sql").write_text(
        "INSERT INTO workshop.customers (name, email) VALUES ('Bad', 'no email');"
    )
    result = run_cli("seed", "--demo", "--seed-dir", str(tmp_path), "--dsn", dsn)
    assert result.returncode == 1
    assert "demo/01_bad.sql" in result.stderr
    assert "customers_email_plausible" in result.stderr
    count = db.execute(
        "SELECT count(*) FROM workshop.workers WHERE email = 'seed@workshop.test'"
    ).fetchone()
    assert count == (0,), "the reference file of the failed run was rolled back too"


def test_refresh_degrades_gracefully_or_refreshes(db: psycopg.Connection[Any], dsn: str) -> None:
    deployed = db.execute(
        "SELECT EXISTS (SELECT FROM pg_proc WHERE proname = 'refresh_production_summary'"
        " AND pronamespace = 'workshop'::regnamespace)"
    ).fetchone()
    db.commit()
    result = run_cli("refresh", "--dsn", dsn, "--json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["available"] == (deployed == (True,))
    if not payload["available"]:
        assert "not deployed yet" in payload["note"]
    assert run_cli("refresh", "--if-stale", "--dsn", dsn).returncode == 0


def test_report_shows_open_batches(db: psycopg.Connection[Any], dsn: str) -> None:
    db.execute(
        "INSERT INTO workshop.batches (batch_number, priority, target_completion)"
        " VALUES ('BATCH-R1', 'rush', '2026-12-01')"
    )
    db.commit()
    run_cli("refresh", "--dsn", dsn, check=True)
    text = run_cli("report", "--dsn", dsn)
    assert text.returncode == 0, text.stderr
    assert "BATCH-R1" in text.stdout
    assert "Production summary" in text.stdout

    result = run_cli("report", "--json", "--dsn", dsn)
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert set(payload) == {"production_summary", "stage_workload", "due_risk"}
    summary = payload["production_summary"]
    assert summary["source"] == "workshop.production_summary"
    assert [r["batch_number"] for r in summary["rows"]] == ["BATCH-R1"]
    assert summary["rows"][0]["order_count"] == 0


def test_health_passes_then_fails_on_an_invalid_index(
    db: psycopg.Connection[Any], dsn: str
) -> None:
    db.commit()
    ok = run_cli("health", "--json", "--dsn", dsn)
    checks = json.loads(ok.stdout)["checks"]
    assert {c["name"] for c in checks} >= {"schema_deployed", "invalid_indexes"}
    failing = [c for c in checks if not c["ok"]]
    assert ok.returncode == (1 if failing else 0)

    # A unique index built CONCURRENTLY over duplicates is left behind invalid.
    db.autocommit = True
    db.execute("CREATE TABLE workshop.tmp_dupes (x integer)")
    db.execute("INSERT INTO workshop.tmp_dupes VALUES (1), (1)")
    with pytest.raises(psycopg.errors.UniqueViolation):
        db.execute("CREATE UNIQUE INDEX CONCURRENTLY tmp_dupes_x ON workshop.tmp_dupes (x)")
    bad = run_cli("health", "--dsn", dsn)
    assert bad.returncode == 1
    assert "tmp_dupes_x" in bad.stdout
