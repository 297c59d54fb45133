"""Release discipline (scripts/check_released.sh), proven in a throw-away clone.

Once sqitch.plan carries a tag, every change planned before it is released: its deploy,
revert and verify scripts never change again. The check passes on a freshly tagged
plan, fails naming the file when a released deploy script is edited, and passes again
when the change is replaced the Sqitch way (`sqitch rework`, which keeps the released
script as <change>@<tag>.sql and plans the change once more after the tag).
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from conftest import ROOT

TAG = "@v9.9.9-releasecheck"
CHANGE = "functions/set_order_status"


def run(cwd: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "SQITCH_FULLNAME": "Release Check",
        "SQITCH_EMAIL": "release-check@workshop-db.invalid",
        "GIT_AUTHOR_NAME": "Release Check",
        "GIT_AUTHOR_EMAIL": "release-check@workshop-db.invalid",
        "GIT_COMMITTER_NAME": "Release Check",
        "GIT_COMMITTER_EMAIL": "release-check@workshop-db.invalid",
    }
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=check)


@pytest.fixture
def clone(tmp_path: Path) -> Path:
    """A clone of this repository's committed HEAD, with the plan tagged and committed."""
    repo = tmp_path / "repo"
    run(tmp_path, "git", "clone", "-q", "--no-hardlinks", str(ROOT), str(repo))
    # The tag goes after the last change of the plan, as `sqitch tag` writes it.
    run(repo, "sqitch", "tag", TAG.lstrip("@"), "-n", "release under test")
    assert f"\n{TAG} " in (repo / "sqitch.plan").read_text()
    run(repo, "git", "commit", "-q", "-am", f"Tag {TAG}")
    return repo


def check(repo: Path) -> subprocess.CompletedProcess[str]:
    return run(repo, "bash", "scripts/check_released.sh", check=False)


def test_a_tagged_plan_passes(clone: Path) -> None:
    result = check(clone)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"released at {TAG} are unchanged" in result.stdout


def test_editing_a_released_deploy_script_fails_naming_it(clone: Path) -> None:
    script = clone / "deploy" / f"{CHANGE}.sql"
    script.write_text(script.read_text() + "-- a later edit\n")
    result = check(clone)
    assert result.returncode != 0
    assert f"deploy/{CHANGE}.sql was edited after {TAG}" in result.stderr
    # Committing the edit does not launder it: the tag commit is the reference.
    run(clone, "git", "commit", "-q", "-am", "edit a released script")
    assert check(clone).returncode != 0


def test_rework_then_edit_passes(clone: Path) -> None:
    run(clone, "sqitch", "rework", CHANGE, "-n", "set_order_status, reworked")
    released_copy = clone / "deploy" / f"{CHANGE}@{TAG.lstrip('@')}.sql"
    assert released_copy.exists(), "sqitch rework keeps the released script"
    plan_lines = [
        line.split()[0] for line in (clone / "sqitch.plan").read_text().splitlines() if line
    ]
    assert plan_lines.index(CHANGE) < plan_lines.index(TAG) < len(plan_lines) - 1
    assert plan_lines[-1] == CHANGE, "the reworked change is planned again after the tag"
    script = clone / "deploy" / f"{CHANGE}.sql"
    script.write_text(script.read_text().replace("BEGIN;", "BEGIN;\n-- reworked\n", 1))
    result = check(clone)
    assert result.returncode == 0, result.stdout + result.stderr
    # ... and editing the kept copy of the released script is caught again.
    released_copy.write_text(released_copy.read_text() + "-- tampered\n")
    result = check(clone)
    assert result.returncode != 0
    assert f"{CHANGE}@{TAG.lstrip('@')}.sql was edited after {TAG}" in result.stderr
