"""The per-request view of detection that the gateway uses: the same signals, facts,
profiles, scorer and cadence as `scan`, one exchange at a time."""

from __future__ import annotations

from dataclasses import dataclass

from distillwatch.contract.exchange import Exchange
from distillwatch.detect.cadence import should_score
from distillwatch.detect.scoring import AccountScore, Scorer
from distillwatch.profiles.context import ProfileContext
from distillwatch.profiles.facts import Facts, facts_from
from distillwatch.profiles.profile import AccountProfile
from distillwatch.signals.base import RequestSignals, SignalExtractor


@dataclass
class Observation:
    facts: Facts
    score: AccountScore | None
    """The score after folding this exchange, when the cadence scored (else None)."""
    newly_flagged: bool


class LiveDetector:
    """Stateless over accounts: callers own profiles and context (in process or in Redis)."""

    def __init__(self, extractor: SignalExtractor | None = None, scorer: Scorer | None = None):
        if extractor is None:
            from distillwatch.signals import load_extractor

            extractor = load_extractor()
        self.extractor = extractor
        self.scorer = scorer if scorer is not None else Scorer()

    def signals(self, ex: Exchange) -> RequestSignals:
        """Signals of a request (the response may still be missing)."""
        return self.extractor.extract(ex)

    def assess(self, profile: AccountProfile, ctx: ProfileContext) -> AccountScore:
        """The account's current score from the exchanges folded so far."""
        return self.scorer.score(profile, ctx)

    def observe(
        self,
        profile: AccountProfile,
        ctx: ProfileContext,
        ex: Exchange,
        sig: RequestSignals,
        already_flagged: bool,
    ) -> Observation:
        """Fold a completed exchange into `profile` (and `ctx`) and re-score on cadence."""
        from distillwatch.signals.fingerprint import prompt_fingerprint

        ctx.observe_model(ex.request.model, ex.epoch)
        facts = facts_from(ex, sig, prompt_fingerprint(ex))
        profile.update(facts)
        score: AccountScore | None = None
        newly = False
        if should_score(profile.count):
            ctx.now = facts.ts
            score = self.scorer.score(profile, ctx)
            newly = score.flagged and not already_flagged
        return Observation(facts=facts, score=score, newly_flagged=newly)
