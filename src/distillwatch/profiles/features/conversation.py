"""Conversation structure: harvesters send one-shot prompts; people and agents converse."""

from __future__ import annotations

import msgspec

from distillwatch.profiles.context import ProfileContext
from distillwatch.profiles.facts import Facts
from distillwatch.profiles.features.base import Feature, share
from distillwatch.profiles.sketches import Distinct


class Conversation(Feature, kw_only=True):
    name = "conversation"
    description = "single-turn share, mean user turns per request, exchanges per conversation"

    count: int = 0
    single_turn: int = 0
    user_turns: int = 0
    with_conversation: int = 0
    conversations: Distinct = msgspec.field(default_factory=Distinct)

    def update(self, f: Facts) -> None:
        self.count += 1
        if f.user_turns <= 1 and f.assistant_turns == 0:
            self.single_turn += 1
        self.user_turns += f.user_turns
        if f.conversation_id:
            self.with_conversation += 1
            self.conversations.add(f.conversation_id)

    def merge(self, other: Conversation) -> None:
        self.count += other.count
        self.single_turn += other.single_turn
        self.user_turns += other.user_turns
        self.with_conversation += other.with_conversation
        self.conversations.merge(other.conversations)

    def values(self, ctx: ProfileContext) -> dict[str, float | None]:
        convs = self.conversations.count()
        return {
            "single_turn_share": share(self.single_turn, self.count),
            "mean_user_turns": share(self.user_turns, self.count),
            "exchanges_per_conversation": (self.with_conversation / convs) if convs else None,
        }
