"""The shape every profile feature has: mergeable state plus derived values.

A feature is a msgspec Struct (so profiles serialise to msgpack for spills, Redis and
shards) with `update(facts)`, `merge(other)` and `values(ctx)`. The conformance suite in
tests/profiles checks every registered feature for merge(profile(A), profile(B)) ==
profile(A+B), determinism and serialisation round trips.
"""

from __future__ import annotations

from typing import ClassVar, Self, TypeVar

import msgspec

from distillwatch.profiles.context import ProfileContext
from distillwatch.profiles.facts import Facts

K = TypeVar("K")


class Feature(msgspec.Struct, kw_only=True):
    name: ClassVar[str]
    description: ClassVar[str]
    order_sensitive: ClassVar[bool] = False
    """True when merge is exact only for time-ordered splits (A entirely before B)."""

    def update(self, f: Facts) -> None:
        raise NotImplementedError

    def merge(self, other: Self) -> None:
        raise NotImplementedError

    def values(self, ctx: ProfileContext) -> dict[str, float | None]:
        raise NotImplementedError


def share(k: float, n: float) -> float:
    return k / n if n else 0.0


def add_counts(a: dict[K, int], b: dict[K, int]) -> None:
    """Add `b`'s counts into `a`, key by key: how every counter of a profile merges."""
    for k, c in b.items():
        a[k] = a.get(k, 0) + c
