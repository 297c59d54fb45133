"""Rows into the generated dataclasses.

psycopg already loads uuid, numeric, timestamps and jsonb into Python values; this
module finishes the job the same way for plain rows and for rows that arrive as JSON
(`row_to_json(o)`, `json_agg(...)`): enum labels become the generated `StrEnum`s, arrays
become tuples, and JSON strings become UUIDs, Decimals and datetimes.
"""

from __future__ import annotations

import dataclasses
import datetime
import decimal
import enum
import types
import typing
import uuid
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from psycopg.rows import BaseRowFactory, RowMaker

from workshop_db.schema_types import JsonValue

T = TypeVar("T")


_HINTS: dict[type[Any], dict[str, Any]] = {}


def _hints(cls: type[Any]) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def _json(value: Any) -> JsonValue:
    # JSON read with parse_float=Decimal: back to float, as JsonValue promises.
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, dict):
        return {str(k): _json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"not a JSON value: {value!r}")


def convert(hint: Any, value: Any) -> Any:
    """`value` as the type `hint` of a generated dataclass field."""
    if value is None:
        return None
    if hint == JsonValue:
        return _json(value)
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return convert(args[0], value) if len(args) == 1 else value
    if origin is tuple:
        elem = typing.get_args(hint)[0]
        return tuple(convert(elem, v) for v in value)
    if not isinstance(hint, type):
        return value
    if hint is datetime.date and isinstance(value, str):
        return datetime.date.fromisoformat(value)
    if isinstance(value, hint):
        return value
    if issubclass(hint, enum.Enum):
        return hint(value)
    if hint is uuid.UUID:
        return uuid.UUID(str(value))
    if hint is decimal.Decimal:
        return decimal.Decimal(str(value))
    if hint is datetime.datetime:
        return datetime.datetime.fromisoformat(str(value))
    return value


def from_mapping(cls: type[T], data: Mapping[str, Any]) -> T:
    """An instance of dataclass `cls` from a row or JSON object with its field names.

    Keys that are not fields are ignored (a function may return a rank beside the row);
    a missing field raises TypeError: regenerate schema_types.py.
    """
    hints = _hints(cls)
    names = [f.name for f in dataclasses.fields(cls)]  # type: ignore[arg-type]
    kwargs = {n: convert(hints[n], data[n]) for n in names if n in data}
    return cls(**kwargs)


def typed_row(cls: type[T]) -> BaseRowFactory[T]:
    """A psycopg row factory building `cls` (a generated dataclass) from each row."""

    def factory(cursor: Any) -> RowMaker[T]:
        names = [d.name for d in cursor.description or ()]

        def make(values: Sequence[Any]) -> T:
            return from_mapping(cls, dict(zip(names, values, strict=True)))

        return make

    return factory
