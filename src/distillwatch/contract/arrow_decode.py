"""Columnar decoding of Arrow record batches into `Exchange` objects.

`batch.to_pylist()` followed by `msgspec.convert` costs ~45 µs a row for nested exchanges;
walking the columns once, driven by the msgspec type of each field, costs a fraction of
that. Types are checked per column (an Arrow type that does not fit the contract raises
`Unsupported` and the caller falls back to the row-by-row path); a null in a required field
makes that row invalid (`InvalidRow`, reported like a bad JSON line), not the batch.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import msgspec
import pyarrow as pa
from msgspec import inspect as mi

from distillwatch.contract.exchange import Exchange, Message


class Unsupported(Exception):
    """The batch's Arrow types do not fit the contract's; decode it row by row instead."""


class InvalidRow:
    __slots__ = ("path",)

    def __init__(self, path: str) -> None:
        self.path = path


def _unwrap(t: mi.Type) -> mi.Type:
    if isinstance(t, mi.UnionType):
        inner = [x for x in t.types if not isinstance(x, mi.NoneType)]
        if len(inner) == 1:
            return inner[0]
        return t
    return t


def _primitive(arr: pa.Array, t: mi.Type, path: str) -> list[Any]:
    at = arr.type
    if isinstance(t, mi.StrType) and (pa.types.is_string(at) or pa.types.is_large_string(at)):
        return arr.to_pylist()
    if isinstance(t, mi.IntType) and pa.types.is_integer(at):
        return arr.to_pylist()
    if isinstance(t, mi.FloatType) and (pa.types.is_floating(at) or pa.types.is_integer(at)):
        return arr.to_pylist()
    if isinstance(t, mi.BoolType) and pa.types.is_boolean(at):
        return arr.to_pylist()
    if isinstance(t, mi.DateTimeType) and pa.types.is_timestamp(at):
        vals = arr.to_pylist()
        if at.tz is None:
            vals = [v.replace(tzinfo=UTC) if isinstance(v, datetime) else v for v in vals]
        return vals
    if (
        isinstance(t, mi.UnionType)
        and pa.types.is_string(at)
        and any(isinstance(x, mi.StrType) for x in t.types)
    ):
        return arr.to_pylist()
    if pa.types.is_null(at):
        return [None] * len(arr)
    raise Unsupported(f"{path}: Arrow type {at} does not fit {type(t).__name__}")


def _list(arr: pa.Array, item: mi.Type, path: str) -> list[Any]:
    if not (pa.types.is_list(arr.type) or pa.types.is_large_list(arr.type)):
        raise Unsupported(f"{path}: expected a list, got {arr.type}")
    offsets = arr.offsets.to_pylist()
    if not offsets:
        return []
    lo, hi = offsets[0], offsets[-1]
    values = column(arr.values.slice(lo, hi - lo), item, path + "[]")
    valid = arr.is_valid().to_pylist()
    out: list[Any] = []
    for i, ok in enumerate(valid):
        if not ok:
            out.append(None)
            continue
        out.append(values[offsets[i] - lo : offsets[i + 1] - lo])
    return out


def _struct(arr: pa.Array, t: mi.StructType, path: str) -> list[Any]:
    if not pa.types.is_struct(arr.type):
        raise Unsupported(f"{path}: expected a struct, got {arr.type}")
    children = dict(
        zip(
            [arr.type.field(i).name for i in range(arr.type.num_fields)], arr.flatten(), strict=True
        )
    )
    names: list[str] = []
    cols: list[list[Any]] = []
    required: list[int] = []
    composite: list[int] = []
    n = len(arr)
    for f in t.fields:
        child = children.get(f.encode_name)
        if child is None:
            if f.required:
                return [InvalidRow(f"{path}.{f.name}")] * n
            names.append(f.name)
            cols.append([None] * n)
            continue
        if f.required:
            required.append(len(names))
        if isinstance(_unwrap(f.type), (mi.StructType, mi.ListType)):
            composite.append(len(names))
        names.append(f.name)
        cols.append(column(child, f.type, f"{path}.{f.name}"))
    if t.cls is Message and "content_parts" in children:
        i = names.index("content")
        parts = children["content_parts"].to_pylist()
        cols[i] = [
            c
            if c is not None or p is None
            else [{k: v for k, v in d.items() if v is not None} for d in p]
            for c, p in zip(cols[i], parts, strict=True)
        ]
    # Positional construction: the columns are in the Struct's field order.
    cls = t.cls
    out: list[Any] = [cls(*row) for row in zip(*cols, strict=True)]
    # Rows that are invalid: a required field is null, or a child row was invalid.
    for i in required:
        for r in [r for r, v in enumerate(cols[i]) if v is None]:
            out[r] = InvalidRow(f"{path}.{names[i]}")
    for i in composite:
        for r, v in enumerate(cols[i]):
            if v.__class__ is InvalidRow:
                out[r] = v
            elif v.__class__ is list:
                bad = next((x for x in v if x.__class__ is InvalidRow), None)
                if bad is not None:
                    out[r] = bad
    if arr.null_count:
        for r, ok in enumerate(arr.is_valid().to_pylist()):
            if not ok:
                out[r] = None
    return out


def column(arr: pa.Array, t: mi.Type, path: str) -> list[Any]:
    inner = _unwrap(t)
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    if isinstance(inner, mi.StructType):
        return _struct(arr, inner, path)
    if isinstance(inner, mi.ListType):
        return _list(arr, inner.item_type, path)
    return _primitive(arr, inner, path)


_EXCHANGE = mi.type_info(Exchange)


def decode_batch(batch: pa.RecordBatch) -> list[Exchange | InvalidRow]:
    """One `Exchange` (or `InvalidRow`) per row of `batch`; raises `Unsupported`."""
    assert isinstance(_EXCHANGE, mi.StructType)
    arr = pa.StructArray.from_arrays(batch.columns, fields=list(batch.schema))
    rows = column(arr, _EXCHANGE, "$")
    for i, r in enumerate(rows):
        if r is not None and not isinstance(r, InvalidRow):
            if r.ts.tzinfo is None:
                r.ts = r.ts.replace(tzinfo=UTC)
        elif r is None:
            rows[i] = InvalidRow("$")
    return rows


__all__ = ["InvalidRow", "Unsupported", "decode_batch", "msgspec"]
