"""Live state shared by gateway replicas: profiles, model context, live verdicts, buckets."""

from distillwatch.gateway.state.base import LiveVerdict, StateError, StateStore, open_store

__all__ = ["LiveVerdict", "StateError", "StateStore", "open_store"]
