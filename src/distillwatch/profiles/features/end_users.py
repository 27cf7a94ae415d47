"""End-user diversity: apps and routers carry many people; a relay's harvest hides inside."""

from __future__ import annotations

import msgspec

from distillwatch.profiles.context import ProfileContext
from distillwatch.profiles.facts import Facts
from distillwatch.profiles.features.base import Feature, share
from distillwatch.profiles.sketches import Distinct


class EndUsers(Feature, kw_only=True):
    name = "end_users"
    description = "share of requests with end_user_id, distinct end users, intent share among them"

    count: int = 0
    with_end_user: int = 0
    users: Distinct = msgspec.field(default_factory=Distinct)

    def update(self, f: Facts) -> None:
        self.count += 1
        if f.end_user_id:
            self.with_end_user += 1
            self.users.add(f.end_user_id)

    def merge(self, other: EndUsers) -> None:
        self.count += other.count
        self.with_end_user += other.with_end_user
        self.users.merge(other.users)

    def values(self, ctx: ProfileContext) -> dict[str, float | None]:
        return {
            "end_user_share": share(self.with_end_user, self.count),
            "distinct_end_users": self.users.count(),
        }
