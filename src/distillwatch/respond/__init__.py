"""Containment: the policy file (typed, validated) and the graduated actions it selects."""

from distillwatch.respond.actions import ACTIONS, AccountView, Decision, decide
from distillwatch.respond.policy import Policy, load_policy

__all__ = ["ACTIONS", "AccountView", "Decision", "Policy", "decide", "load_policy"]
