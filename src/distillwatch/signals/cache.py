"""A bounded memo for pure per-text signal functions (language, template id).

Harvesting traffic repeats its frames and often its exact prompts, so the signals that are
pure functions of a text prefix look their answer up before computing it. Two generations
of plain dicts instead of an LRU list: a lookup is one or two dict probes, the oldest
generation is dropped whole when the newest fills, and an entry still in use is promoted
on its next hit. Dict operations are atomic under the GIL, so the gateway's threads may
share one instance (a race can only drop an entry, never return a wrong one).
"""

from __future__ import annotations

from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class BoundedCache(Generic[K, V]):
    """At most `2 * size` entries; `get` returns None on a miss (values are never None)."""

    def __init__(self, size: int):
        self.size = size
        self._new: dict[K, V] = {}
        self._old: dict[K, V] = {}
        self.hits = 0
        self.misses = 0

    def get(self, key: K) -> V | None:
        v = self._new.get(key)
        if v is not None:
            self.hits += 1
            return v
        v = self._old.get(key)
        if v is None:
            self.misses += 1
            return None
        self.hits += 1
        self.put(key, v)
        return v

    def get_many(self, keys: list[K]) -> tuple[list[V | None], list[int]]:
        """`get` of every key, and the positions of the misses (what is left to compute)."""
        get = self.get
        found = [get(k) for k in keys]
        return found, [i for i, v in enumerate(found) if v is None]

    def put(self, key: K, value: V) -> None:
        if len(self._new) >= self.size:
            self._old = self._new
            self._new = {}
        self._new[key] = value

    def clear(self) -> None:
        """Forget every entry and the hit counts (benchmarks measure a cold start with it)."""
        self._new = {}
        self._old = {}
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._new) + len(self._old)
