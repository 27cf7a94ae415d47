"""Token economics: harvesting wants long outputs from short inputs, up to the cap."""

from __future__ import annotations

from distillwatch.profiles.context import ProfileContext
from distillwatch.profiles.facts import Facts
from distillwatch.profiles.features.base import Feature, share


class Tokens(Feature, kw_only=True):
    name = "tokens"
    description = (
        "output/input token ratio, max-token saturation, reasoning tokens and text returned"
    )

    with_usage: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    reasoning_tokens: int = 0
    with_cap: int = 0
    saturated: int = 0
    reasoning_returned: int = 0
    count: int = 0

    def update(self, f: Facts) -> None:
        self.count += 1
        if f.input_tokens is not None or f.output_tokens is not None:
            self.with_usage += 1
            self.input_tokens += f.input_tokens or 0
            self.output_tokens += f.output_tokens or 0
            self.reasoning_tokens += f.reasoning_tokens or 0
        if f.max_tokens:
            self.with_cap += 1
            out = (f.output_tokens or 0) + (f.reasoning_tokens or 0)
            if f.finish_reason == "length" or out >= 0.9 * f.max_tokens:
                self.saturated += 1
        if f.reasoning_returned:
            self.reasoning_returned += 1

    def merge(self, other: Tokens) -> None:
        for k in (
            "with_usage",
            "input_tokens",
            "output_tokens",
            "reasoning_tokens",
            "with_cap",
            "saturated",
            "reasoning_returned",
            "count",
        ):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    def values(self, ctx: ProfileContext) -> dict[str, float | None]:
        out = self.output_tokens + self.reasoning_tokens
        return {
            "output_input_ratio": (out / max(self.input_tokens, 1)) if self.with_usage else None,
            "mean_output_tokens": share(out, self.with_usage) if self.with_usage else None,
            "saturation_share": share(self.saturated, self.with_cap) if self.with_cap else None,
            "reasoning_token_share": share(self.reasoning_tokens, out) if out else None,
            "reasoning_returned_share": share(self.reasoning_returned, self.count),
        }
