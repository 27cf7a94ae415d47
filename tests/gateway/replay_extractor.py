"""A deterministic keyword extractor for the replay test (the trained classifier is not
needed to test that live and batch agree; only that both see the same signals)."""

from __future__ import annotations

import re

from distillwatch.contract.exchange import Exchange
from distillwatch.signals.base import RequestSignals
from exchanges import PatternExtractor

COT = re.compile(
    r"chain of reasoning|raisonnement interne|hidden deliberation|individual thought|"
    r"deliberation you would|every thought|all your working|internally|micro-step|"
    r"full internal reasoning|verbatim",
    re.I,
)
GRADE = re.compile(r"reward model|r[uú]brica?|score from 1 to 10|evaluador", re.I)
REWRITE = re.compile(r"fully complies|reescribe|content policy|pol[ií]tica de seguridad", re.I)


class ReplayExtractor(PatternExtractor):
    def extract(self, ex: Exchange) -> RequestSignals:
        sig = super().extract(ex)
        text = ex.request.last_user_text()
        for fam, rx in (
            ("reasoning_extraction", COT),
            ("reward_grading", GRADE),
            ("safe_rewrite", REWRITE),
        ):
            if rx.search(text):
                sig.intent[fam] = 0.95
        sig.intent_score = max(sig.intent.values())
        sig.flagged = sig.intent_score >= 0.5
        return sig


def replay_extractor() -> ReplayExtractor:
    return ReplayExtractor()
