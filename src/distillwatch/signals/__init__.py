"""Per-request signals: extraction intent, capability target, language, template, client.

`load_extractor()` returns the shared extractor (`extract`, `extract_many`);
`prompt_fingerprint(ex)` links exact prompts. See docs/signals.md.
"""

from distillwatch.signals.base import (
    CAPABILITIES,
    DISTILLATION_TARGETS,
    INTENT_FAMILIES,
    RequestSignals,
    SignalExtractor,
)
from distillwatch.signals.extractor import Extractor, load_extractor
from distillwatch.signals.fingerprint import prompt_fingerprint

__all__ = [
    "CAPABILITIES",
    "DISTILLATION_TARGETS",
    "INTENT_FAMILIES",
    "Extractor",
    "RequestSignals",
    "SignalExtractor",
    "load_extractor",
    "prompt_fingerprint",
]
