"""Mergeable per-account profiles: the state every detector reads."""

from distillwatch.profiles.context import ProfileContext
from distillwatch.profiles.facts import Facts, facts_from
from distillwatch.profiles.profile import AccountProfile
from distillwatch.profiles.registry import FEATURES

__all__ = ["FEATURES", "AccountProfile", "Facts", "ProfileContext", "facts_from"]
