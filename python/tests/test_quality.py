"""The package and its tests stay mypy --strict and ruff clean (`make test` enforces it)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PYTHON_DIR = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=PYTHON_DIR, capture_output=True, text=True)


def test_mypy_strict() -> None:
    result = run(sys.executable, "-m", "mypy", "--strict", "workshop_db", "tests")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_check() -> None:
    result = run(str(BIN / "ruff"), "check", "workshop_db", "tests")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format() -> None:
    # Includes the generated schema_types.py: gen-types writes ruff's format.
    result = run(str(BIN / "ruff"), "format", "--check", "--diff", "workshop_db", "tests")
    assert result.returncode == 0, result.stdout + result.stderr
