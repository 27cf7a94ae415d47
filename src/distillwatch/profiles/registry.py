"""The table of profile features. A new feature is one module in `features/` plus one line here;
the conformance suite in tests/profiles picks it up automatically."""

from __future__ import annotations

from distillwatch.profiles.features.base import Feature
from distillwatch.profiles.features.capability import Capability
from distillwatch.profiles.features.conversation import Conversation
from distillwatch.profiles.features.end_users import EndUsers
from distillwatch.profiles.features.infrastructure import Infrastructure
from distillwatch.profiles.features.intent import Intent
from distillwatch.profiles.features.language import Language
from distillwatch.profiles.features.release import ReleasePivot
from distillwatch.profiles.features.sampling import Sampling
from distillwatch.profiles.features.templates import Templates
from distillwatch.profiles.features.timing import Timing
from distillwatch.profiles.features.tokens import Tokens
from distillwatch.profiles.features.volume import Volume

FEATURES: tuple[type[Feature], ...] = (
    Volume,
    Timing,
    Conversation,
    Templates,
    Capability,
    Language,
    Tokens,
    Sampling,
    Intent,
    ReleasePivot,
    EndUsers,
    Infrastructure,
)
