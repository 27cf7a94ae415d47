"""An account's profile: one instance of every registered feature, folded exchange by exchange.

Mergeable (`merge`), serialisable (`to_bytes`/`from_bytes`, msgpack) and the single
definition used by batch scan, causal replay, shards and the gateway's live state.
"""

from __future__ import annotations

from typing import Any

import msgspec

from distillwatch.profiles.context import ProfileContext
from distillwatch.profiles.facts import Facts
from distillwatch.profiles.features.base import Feature
from distillwatch.profiles.registry import FEATURES

ProfileState: Any = msgspec.defstruct(
    "ProfileState",
    [("account_id", str)]
    + [(cls.name, cls, msgspec.field(default_factory=cls)) for cls in FEATURES],
    kw_only=True,
)
_ENCODER = msgspec.msgpack.Encoder()
_DECODER: Any = msgspec.msgpack.Decoder(ProfileState)


class AccountProfile:
    __slots__ = ("_features", "_updates", "state")

    def __init__(self, account_id: str, state: Any = None) -> None:
        self.state = state if state is not None else ProfileState(account_id=account_id)
        self._features: tuple[Feature, ...] = tuple(getattr(self.state, c.name) for c in FEATURES)
        # Bound once: update runs for every exchange of every account.
        self._updates = tuple(f.update for f in self._features)

    @property
    def account_id(self) -> str:
        return str(self.state.account_id)

    def feature(self, name: str) -> Feature:
        f: Feature = getattr(self.state, name)
        return f

    @property
    def count(self) -> int:
        return int(self.state.volume.count)

    def update(self, f: Facts) -> None:
        for update in self._updates:
            update(f)

    def merge(self, other: AccountProfile) -> None:
        for mine, theirs in zip(self._features, other._features, strict=True):
            mine.merge(theirs)

    def values(self, ctx: ProfileContext) -> dict[str, float | None]:
        out: dict[str, float | None] = {}
        put = out.update
        for feat in self._features:
            put(feat.values(ctx))
        return out

    def to_bytes(self) -> bytes:
        return _ENCODER.encode(self.state)

    @classmethod
    def from_bytes(cls, data: bytes) -> AccountProfile:
        state = _DECODER.decode(data)
        return cls(state.account_id, state)

    def copy(self) -> AccountProfile:
        return AccountProfile.from_bytes(self.to_bytes())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, AccountProfile) and self.state == other.state

    def __hash__(self) -> int:  # profiles are mutable; hash by identity
        return id(self)
