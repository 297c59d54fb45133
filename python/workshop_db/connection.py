"""Where the database is, and who is acting.

The DSN is, in order: the `--dsn` option, `DATABASE_URL`, libpq's own PG* variables
(when any is set), else the embedded cluster of `make demo`.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Mapping
from typing import Any

import psycopg
from psycopg.rows import TupleRow

from workshop_db.errors import translated

DEMO_DSN = "postgresql://postgres@127.0.0.1:54329/workshop"

# The libpq variables that, when set, say where to connect (PGPASSWORD alone does not).
LIBPQ_VARS = ("PGHOST", "PGHOSTADDR", "PGPORT", "PGDATABASE", "PGUSER", "PGSERVICE")


def resolve_dsn(dsn: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """The connection string to use; "" lets libpq read the PG* variables itself."""
    env = os.environ if environ is None else environ
    if dsn:
        return dsn
    if env.get("DATABASE_URL"):
        return env["DATABASE_URL"]
    if any(env.get(var) for var in LIBPQ_VARS):
        return ""
    return DEMO_DSN


def act_as_worker(
    conn: psycopg.Connection[Any], worker_id: uuid.UUID, *, local: bool = True
) -> None:
    """Set `workshop.worker_id`, the acting worker of audited changes.

    `local=True` lasts until the end of the current transaction, `local=False` for the
    session (a session setting made in a transaction that rolls back is undone too).
    """
    conn.execute(
        "SELECT pg_catalog.set_config('workshop.worker_id', %s, %s)", [str(worker_id), local]
    )


def act_as_user(conn: psycopg.Connection[Any], sub: uuid.UUID, *, local: bool = True) -> None:
    """Become a signed-in Supabase user: JWT claims with this subject, role authenticated."""
    claims = json.dumps({"sub": str(sub), "role": "authenticated"})
    conn.execute("SELECT pg_catalog.set_config('request.jwt.claims', %s, %s)", [claims, local])
    conn.execute("SET LOCAL ROLE authenticated" if local else "SET ROLE authenticated")


def connect(
    dsn: str | None = None,
    *,
    as_worker: uuid.UUID | None = None,
    jwt_sub: uuid.UUID | None = None,
    autocommit: bool = False,
    application_name: str = "workshop-db",
) -> psycopg.Connection[TupleRow]:
    """Open a connection; `as_worker` / `jwt_sub` set the identity for the whole session."""
    with translated():
        conn = psycopg.connect(
            resolve_dsn(dsn), autocommit=autocommit, application_name=application_name
        )
    try:
        with translated():
            if as_worker is not None:
                act_as_worker(conn, as_worker, local=False)
            if jwt_sub is not None:
                act_as_user(conn, jwt_sub, local=False)
            if not autocommit:
                conn.commit()
    except BaseException:
        conn.close()
        raise
    return conn
