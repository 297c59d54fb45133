"""Reference seeds: loading them again changes nothing (DOMAIN.md: seeds are idempotent)."""

from __future__ import annotations

from typing import Any

import psycopg
from conftest import load_reference_seeds

# Every reference row with its xmin (the transaction that last wrote it) and, where the
# table has one, updated_at: a rewrite, even to equal values, would change both.
SNAPSHOT_MODELS = (
    "SELECT id, xmin::text, updated_at, name, base_price FROM workshop.headphone_models ORDER BY id"
)
SNAPSHOT_STAGES = (
    "SELECT id, xmin::text, model_id, stage, estimated_hours, quality_checklist, display_order"
    " FROM workshop.model_production_stages ORDER BY id"
)


def snapshot(db: psycopg.Connection[Any]) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    models = db.execute(SNAPSHOT_MODELS).fetchall()
    stages = db.execute(SNAPSHOT_STAGES).fetchall()
    db.commit()
    return models, stages


def test_loading_the_reference_seeds_twice_changes_nothing(
    db: psycopg.Connection[Any], dbname: str
) -> None:
    models, stages = snapshot(db)
    assert len(models) == 5
    assert len(stages) == 35

    load_reference_seeds(dbname)
    load_reference_seeds(dbname)

    again_models, again_stages = snapshot(db)
    # Same rows, same values, and not one rewritten: same xmin, same updated_at.
    assert again_models == models
    assert again_stages == stages


def test_loading_the_seeds_restores_a_changed_reference_value_and_rewrites_only_it(
    db: psycopg.Connection[Any], dbname: str
) -> None:
    # The seed is an upsert, not "insert if missing": a drifted value is put back.
    db.execute("UPDATE workshop.headphone_models SET base_price = 1.00 WHERE name = 'Eikon'")
    db.execute(
        "UPDATE workshop.model_production_stages s SET estimated_hours = 9.99"
        "  FROM workshop.headphone_models m"
        " WHERE m.id = s.model_id AND m.name = 'Eikon' AND s.stage = 'Sanding'"
    )
    db.commit()
    models, stages = snapshot(db)

    load_reference_seeds(dbname)

    again_models, again_stages = snapshot(db)
    changed_models = {m[3] for m, a in zip(models, again_models, strict=True) if m != a}
    assert changed_models == {"Eikon"}
    assert db.execute(
        "SELECT base_price::text FROM workshop.headphone_models WHERE name = 'Eikon'"
    ).fetchone() == ("599.00",)
    changed_stages = [a for s, a in zip(stages, again_stages, strict=True) if s != a]
    assert [(str(a[3]), str(a[4])) for a in changed_stages] == [("Sanding", "1.60")]
    db.commit()
