"""`workshop-db seed`: the seed files of the repository, in one transaction.

seed/reference holds the models and their stage estimates; seed/demo the demo data.
Every file is idempotent (a second load changes nothing), and a load is all or
nothing: any error rolls back every file of the run.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg

from workshop_db.errors import WorkshopError, translated

# python/workshop_db/seeds.py -> the repository root (the package is installed editable).
REPO_ROOT = Path(__file__).resolve().parents[2]


class SeedError(WorkshopError):
    """A seed file failed; nothing of the run was kept."""


def default_seed_dir() -> Path:
    """seed/ of the repository holding this package, else ./seed."""
    candidate = REPO_ROOT / "seed"
    return candidate if candidate.is_dir() else Path.cwd() / "seed"


@dataclass(frozen=True)
class SeedResult:
    files: tuple[Path, ...]
    missing: tuple[Path, ...]  # requested folders that do not exist


def seed_files(seed_dir: Path, demo: bool) -> tuple[list[Path], list[Path]]:
    """The files to load, in order (reference, then demo), and the missing folders."""
    files: list[Path] = []
    missing: list[Path] = []
    for folder in ["reference", "demo"] if demo else ["reference"]:
        path = seed_dir / folder
        if path.is_dir():
            files += sorted(path.glob("*.sql"))
        else:
            missing.append(path)
    return files, missing


def load(conn: psycopg.Connection[Any], seed_dir: Path, *, demo: bool = False) -> SeedResult:
    """Load the seed files in one transaction; a failing file rolls back all of them."""
    files, missing = seed_files(seed_dir, demo)
    if (seed_dir / "reference") in missing:
        raise SeedError(f"no seed/reference folder under {seed_dir}: pass --seed-dir")
    with conn.transaction():
        for path in files:
            try:
                with translated():
                    # Seed files are trusted SQL of this repository, never user input;
                    # without parameters psycopg sends them whole (several statements).
                    conn.execute(path.read_text(encoding="utf-8"))
            except WorkshopError as exc:
                raise SeedError(
                    f"{path.parent.name}/{path.name}: {exc.message}",
                    sqlstate=exc.sqlstate,
                    detail=exc.detail,
                    hint=exc.hint,
                ) from exc
    return SeedResult(tuple(files), tuple(missing))
