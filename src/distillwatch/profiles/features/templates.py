"""Prompt-template concentration: share of prompts that fit the account's top frames."""

from __future__ import annotations

import msgspec

from distillwatch.profiles.context import ProfileContext
from distillwatch.profiles.facts import Facts
from distillwatch.profiles.features.base import Feature, share
from distillwatch.profiles.sketches import Distinct, TopK


class Templates(Feature, kw_only=True):
    name = "templates"
    description = "top-1/top-5 template share, distinct templates, exact prompt repeats"

    templates: TopK = msgspec.field(default_factory=lambda: TopK(capacity=256))
    prompts: Distinct = msgspec.field(default_factory=Distinct)
    count: int = 0

    def update(self, f: Facts) -> None:
        self.count += 1
        self.templates.add(f.template, f.ts)
        self.prompts.add(f.prompt_hash)

    def merge(self, other: Templates) -> None:
        self.count += other.count
        self.templates.merge(other.templates)
        self.prompts.merge(other.prompts)

    def values(self, ctx: ProfileContext) -> dict[str, float | None]:
        distinct_prompts = self.prompts.count()
        top = self.templates.top_counts(5)  # one sort serves both shares
        total = self.templates.total
        return {
            "template_top1_share": top[0] / total if total and top else 0.0,
            "template_top5_share": sum(top) / total if total else 0.0,
            "distinct_templates": float(len(self.templates.counts)),
            "prompt_repeat_share": max(0.0, 1.0 - share(distinct_prompts, self.count))
            if self.count
            else 0.0,
        }
