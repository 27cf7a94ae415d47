"""Extraction intent: how much of an account's traffic asks for what distillation harvests.

Two measures per intent family. The *flagged share* counts requests whose top family
scored over the classifier's one threshold (relay verdicts and the gateway's per-request
view use it). The *weighted share* is what the account rules and, hour by hour, the
campaign judge read: every
request adds its family probability's strength on a ramp that is linear in log-odds from
`WEIGHT_LO` (nothing) to `WEIGHT_HI` (one whole request). A harvest hidden in a coding
harness's system prompt scores 0.3-0.7 on most requests, under the flag threshold but far
above honest traffic; a share of flags would see almost none of it, while the weighted
share sees it whatever the threshold is. See docs/signals.md, "From requests to accounts".

How much evidence a share rests on is the weight of *distinct* prompts behind it
(`intent_weighted_distinct`, what the intent rules' `min_n` reads): harvesting asks many
different things, while an honest agent or app that re-sends the same few borderline prompts
all month builds a share out of one prompt's worth of evidence.
"""

from __future__ import annotations

import math

import msgspec

from distillwatch.profiles.context import ProfileContext
from distillwatch.profiles.facts import Facts
from distillwatch.profiles.features.base import Feature, K, add_counts, share
from distillwatch.signals.base import INTENT_FAMILIES

_RATE_KEYS = tuple((fam, f"{fam}_rate") for fam in INTENT_FAMILIES)
_WEIGHTED_KEYS = tuple((fam, f"{fam}_weighted_share") for fam in INTENT_FAMILIES)

WEIGHT_LO = 0.2
"""Family probability at which a request starts to count (below it: honest noise)."""
WEIGHT_HI = 0.8
"""Family probability at which a request counts as one whole request."""

DISTINCT_SATURATION = 20.0
"""Distinct-prompt weight past which more makes no difference to the rules (their `min_n` is
3: 1 - exp(-20/3) is 0.999); tracking stops there, so the state stays small."""
FLAGGED_KEEP = 16
"""Distinct flagged prompts remembered, the earliest first (by hour, then hash): enough for
the relay judge's floor (`GraphConfig.relay_min_distinct_harvest`), and exact under merges
(the earliest of a union are among each part's earliest)."""
DISTINCT_MAX_PROMPTS = 512
"""Distinct weighted prompts tracked at most; past this many, the evidence is saturated too."""

_LOGIT_LO = math.log(WEIGHT_LO / (1 - WEIGHT_LO))
_LOGIT_SPAN = math.log(WEIGHT_HI / (1 - WEIGHT_HI)) - _LOGIT_LO


def request_weight(p: float) -> float:
    """A family probability's strength as evidence, in [0, 1] (linear in log-odds)."""
    if p <= WEIGHT_LO:
        return 0.0
    if p >= WEIGHT_HI:
        return 1.0
    return (math.log(p / (1 - p)) - _LOGIT_LO) / _LOGIT_SPAN


class Intent(Feature, kw_only=True):
    name = "intent"
    description = (
        "per intent family: share of requests flagged for it, and share weighted by the "
        "family's probability; mean intent score"
    )

    order_sensitive = True

    count: int = 0
    flagged: dict[str, int] = msgspec.field(default_factory=dict)
    requests: int = 0
    """Exchanges counted for the weighted shares: a run of one repeated user turn counts once."""
    weighted_milli: dict[str, int] = msgspec.field(default_factory=dict)
    """Per family, the sum of `request_weight` over counted requests, in thousandths."""
    first_prompt: str = ""
    first_hour: int = 0
    first_weight: dict[str, int] = msgspec.field(default_factory=dict)
    """The first counted request's prompt, hour and weights: a merge drops them when the
    earlier part ended with the same prompt (the run continued across the split)."""
    last_prompt: str = ""
    score_sum_milli: int = 0
    flagged_hours: dict[int, int] = msgspec.field(default_factory=dict)
    """Flagged requests per hour since the epoch: lets campaigns compute rates as of any time."""
    request_hours: dict[int, int] = msgspec.field(default_factory=dict)
    weighted_hours: dict[int, int] = msgspec.field(default_factory=dict)
    """Per hour since the epoch: counted requests, and the sum of each one's strongest
    family weight (thousandths); the campaign judge's collective intent, as of any hour."""
    distinct: dict[str, int] = msgspec.field(default_factory=dict)
    """Per distinct prompt with any family weight: its strongest weight (thousandths), until
    saturated (`DISTINCT_SATURATION`, `DISTINCT_MAX_PROMPTS`)."""
    distinct_full: bool = False
    flagged_first: dict[str, int] = msgspec.field(default_factory=dict)
    """The `FLAGGED_KEEP` earliest distinct flagged prompts: prompt hash -> hour first flagged."""
    flagged_first_last: int = -1
    """The latest hour among them (-1 while there are none): once `FLAGGED_KEEP` are kept, a
    prompt first flagged after it cannot be among the earliest (the fast path of `update`)."""

    def update(self, f: Facts) -> None:
        self.count += 1
        intent = f.intent
        top = max(intent) if intent else 0.0
        self.score_sum_milli += round(top * 1000)
        h = int(f.ts // 3600)
        prompt = f.prompt_hash
        if self.requests == 0 or prompt != self.last_prompt:
            self.requests += 1
            self.last_prompt = prompt
            first = self.requests == 1
            if first:
                self.first_prompt = prompt
                self.first_hour = h
            self.request_hours[h] = self.request_hours.get(h, 0) + 1
            if top > WEIGHT_LO:
                w = self.weighted_milli
                strongest = 0
                for fam, p in zip(INTENT_FAMILIES, intent, strict=False):
                    milli = round(request_weight(p) * 1000) if p > WEIGHT_LO else 0
                    if milli:  # never a zero entry, so merges compare equal
                        w[fam] = w.get(fam, 0) + milli
                        strongest = max(strongest, milli)
                        if first:
                            self.first_weight[fam] = milli
                if strongest:
                    self.weighted_hours[h] = self.weighted_hours.get(h, 0) + strongest
        if top > WEIGHT_LO and not self.distinct_full:  # every request, runs too: merges agree
            milli = round(request_weight(top) * 1000)
            if milli and self.distinct.get(prompt, 0) < milli:
                self.distinct[prompt] = milli
                self._saturate()
        if f.intent_flagged and intent:
            ff = self.flagged_first
            if prompt not in ff and (len(ff) < FLAGGED_KEEP or h <= self.flagged_first_last):
                ff[prompt] = h
                keep_earliest(ff)
                self.flagged_first_last = max(ff.values())
            fam = INTENT_FAMILIES[intent.index(top)]
            self.flagged[fam] = self.flagged.get(fam, 0) + 1
            self.flagged_hours[h] = self.flagged_hours.get(h, 0) + 1

    def _saturate(self) -> None:
        d = self.distinct
        if len(d) > DISTINCT_MAX_PROMPTS or sum(d.values()) >= DISTINCT_SATURATION * 1000:
            self.distinct_full = True
            d.clear()

    def merge(self, other: Intent) -> None:
        if other.distinct_full:
            self.distinct_full = True
            self.distinct.clear()
        elif not self.distinct_full:
            for prompt, milli in other.distinct.items():
                if self.distinct.get(prompt, 0) < milli:
                    self.distinct[prompt] = milli
            self._saturate()
        merge_earliest(self.flagged_first, other.flagged_first)
        self.flagged_first_last = max(self.flagged_first.values(), default=-1)
        self.count += other.count
        self.score_sum_milli += other.score_sum_milli
        add_counts(self.flagged, other.flagged)
        add_counts(self.flagged_hours, other.flagged_hours)
        if not other.requests:
            return
        add_counts(self.weighted_milli, other.weighted_milli)
        add_counts(self.request_hours, other.request_hours)
        add_counts(self.weighted_hours, other.weighted_hours)
        if self.requests == 0:
            self.first_prompt = other.first_prompt
            self.first_hour = other.first_hour
            self.first_weight = dict(other.first_weight)
        elif other.first_prompt == self.last_prompt:  # one run across the split: count it once
            self.requests -= 1
            h = other.first_hour
            _sub(self.request_hours, h, 1)
            for k, c in other.first_weight.items():
                _sub(self.weighted_milli, k, c)
            if other.first_weight:
                _sub(self.weighted_hours, h, max(other.first_weight.values()))
        self.requests += other.requests
        self.last_prompt = other.last_prompt

    def values(self, ctx: ProfileContext) -> dict[str, float | None]:
        n = self.count
        flagged = self.flagged
        out: dict[str, float | None] = {
            key: share(flagged.get(fam, 0), n) for fam, key in _RATE_KEYS
        }
        weighted = self.weighted_milli
        for fam, key in _WEIGHTED_KEYS:
            out[key] = share(weighted.get(fam, 0) / 1000, self.requests)
        total = sum(flagged.values())
        out["intent_rate"] = share(total, n)
        out["intent_flagged"] = float(total)
        out["intent_weighted"] = sum(weighted.values()) / 1000
        out["intent_weighted_distinct"] = (
            DISTINCT_SATURATION if self.distinct_full else sum(self.distinct.values()) / 1000
        )
        out["intent_requests"] = float(self.requests)
        out["mean_intent_score"] = share(self.score_sum_milli / 1000, n)
        return out


def merge_earliest(first: dict[str, int], other: dict[str, int]) -> None:
    """Fold `other`'s first-flagged hours into `first` (the earlier hour wins), then keep
    the `FLAGGED_KEEP` earliest: a profile's merge and a campaign record's merge alike."""
    for prompt, hour in other.items():
        if hour < first.get(prompt, hour + 1):
            first[prompt] = hour
    keep_earliest(first)


def keep_earliest(first: dict[str, int]) -> None:
    """Drop all but the `FLAGGED_KEEP` earliest entries (by hour, then prompt hash)."""
    if len(first) > FLAGGED_KEEP:
        for prompt, _ in sorted(first.items(), key=lambda kv: (kv[1], kv[0]))[FLAGGED_KEEP:]:
            del first[prompt]


def _sub(a: dict[K, int], k: K, c: int) -> None:
    """Take `c` off `a[k]`, leaving no zero entry (profiles built in one pass have none)."""
    left = a[k] - c
    if left:
        a[k] = left
    else:
        del a[k]
