"""The campaign graph: accounts linked by shared, rare indicators; Leiden clusters judged on
their members' collective behaviour; relays judged by the harvest inside them; pool swaps
linked to the accounts they replaced. See docs/campaigns.md."""

from distillwatch.detect.graph.config import GraphConfig
from distillwatch.detect.graph.persist import load, save
from distillwatch.detect.graph.records import AccountRecord, record_from
from distillwatch.detect.graph.state import CampaignGraph, Cluster

__all__ = [
    "AccountRecord",
    "CampaignGraph",
    "Cluster",
    "GraphConfig",
    "load",
    "record_from",
    "save",
]
