"""Typed errors: what the database refused, in terms a client can switch on.

The database names every rule it enforces (the constraint name of the error, see
DOMAIN.md); these classes carry that name, the SQLSTATE and the message, detail and hint
of psycopg's `Diagnostic`, so callers never handle raw driver errors.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import psycopg


class WorkshopError(Exception):
    """Any error the database reported, with its diagnostics."""

    def __init__(
        self,
        message: str,
        *,
        sqlstate: str | None = None,
        detail: str | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.sqlstate = sqlstate
        self.detail = detail
        self.hint = hint

    def __str__(self) -> str:
        parts = [self.message]
        if self.detail:
            parts.append(f"DETAIL: {self.detail}")
        if self.hint:
            parts.append(f"HINT: {self.hint}")
        return "\n".join(parts)


class RuleViolation(WorkshopError):
    """A business rule or constraint refused the statement; `rule` is its stable name."""

    def __init__(
        self,
        rule: str | None,
        message: str,
        *,
        sqlstate: str | None = None,
        detail: str | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message, sqlstate=sqlstate, detail=detail, hint=hint)
        self.rule = rule


class UniqueViolation(RuleViolation):
    """SQLSTATE 23505: `rule` is the name of the unique constraint or index."""


class PermissionDenied(WorkshopError):
    """SQLSTATE 42501: the role (or row level security) does not allow it."""


class NotFound(WorkshopError):
    """The row asked for does not exist (or is not visible to the caller)."""


def from_psycopg(exc: psycopg.Error) -> WorkshopError:
    """The typed error for a driver error, keeping its diagnostics."""
    diag = exc.diag
    sqlstate = diag.sqlstate or exc.sqlstate
    message = diag.message_primary or str(exc).strip()
    kwargs = {"sqlstate": sqlstate, "detail": diag.message_detail, "hint": diag.message_hint}
    if sqlstate == "23505":
        return UniqueViolation(diag.constraint_name, message, **kwargs)
    if sqlstate == "42501":
        return PermissionDenied(message, **kwargs)
    if sqlstate in ("P0002", "02000"):
        return NotFound(message, **kwargs)
    if (sqlstate or "").startswith("23") or diag.constraint_name:
        return RuleViolation(diag.constraint_name, message, **kwargs)
    return WorkshopError(message, **kwargs)


@contextmanager
def translated() -> Iterator[None]:
    """Re-raise driver errors of the block as `WorkshopError`s (the cause is kept)."""
    try:
        yield
    except psycopg.Error as exc:
        if exc.diag.sqlstate is None and exc.sqlstate is None:
            # Not a server error (connection lost, misuse of the driver): keep it.
            raise
        raise from_psycopg(exc) from exc
