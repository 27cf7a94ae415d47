"""Saving and loading a `CampaignGraph` as a directory (msgpack state + numpy arrays), so a
daily job can pick up yesterday's graph and `update` it with today's account records."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import msgspec
import numpy as np

from distillwatch.contract.errors import InputError
from distillwatch.detect.evidence import Evidence
from distillwatch.detect.graph.config import GraphConfig
from distillwatch.detect.graph.judge import Judgement
from distillwatch.detect.graph.links import Contributions, Edges
from distillwatch.detect.graph.pool_swap import SwapLinks
from distillwatch.detect.graph.records import AccountRecord
from distillwatch.detect.graph.state import CampaignGraph, Cluster
from distillwatch.detect.graph.store import RecordStore

FORMAT = 2
"""2: account records carry weighted intent per hour (stop 11)."""


class _Judgement(msgspec.Struct):
    score: float
    guilty: bool
    crossed_at: float | None
    evidence: list[Evidence]
    targets: list[str]
    groups: dict[str, float]


class _Cluster(msgspec.Struct):
    cluster_id: str
    members: list[str]
    judgement: _Judgement
    link_at: dict[str, float]
    links: dict[str, int]
    campaign_id: str | None
    kind: str


class _State(msgspec.Struct):
    format: int
    records: list[msgspec.Raw]
    """`AccountRecord`s, passed through encoded (the graph keeps them so)."""
    clusters: list[_Cluster]
    contrib_n: int
    next_cluster: int
    next_campaign: int


_RECORD = msgspec.msgpack.Decoder(AccountRecord)


def save(graph: CampaignGraph, directory: str | Path) -> Path:
    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    state = _State(
        format=FORMAT,
        records=[msgspec.Raw(r) for r in RecordStore(graph.records).raws()],
        clusters=[
            _Cluster(
                c.cluster_id,
                c.members,
                _Judgement(**c.judgement.__dict__),
                c.link_at,
                c.links,
                c.campaign_id,
                c.kind,
            )
            for c in graph.clusters
        ],
        contrib_n=graph._contrib_n,
        next_cluster=graph._next_cluster,
        next_campaign=graph._next_campaign,
    )
    (d / "state.msgpack").write_bytes(msgspec.msgpack.encode(state))
    (d / "config.json").write_text(json.dumps(asdict(graph.cfg), indent=2, sort_keys=True) + "\n")
    arrays: dict[str, np.ndarray] = {}
    if graph.membership is not None:
        arrays["membership"] = graph.membership
    if graph.edges is not None:
        e = graph.edges
        arrays |= {"edge_src": e.src, "edge_dst": e.dst, "edge_weight": e.weight, "edge_at": e.at}
    if graph.swaps is not None:
        s = graph.swaps
        arrays |= {"swap_old": s.old, "swap_new": s.new, "swap_at": s.at}
    if graph._contrib is not None:
        c = graph._contrib
        arrays |= {"c_pair": c.pair, "c_kind": c.kind, "c_delta": c.delta, "c_at": c.at}
    np.savez(d / "arrays.npz", **arrays)  # type: ignore[arg-type]
    return d


def load_config(directory: str | Path) -> GraphConfig:
    """The config of the graph saved in `directory`."""
    path = Path(directory) / "config.json"
    try:
        return GraphConfig(**json.loads(path.read_text()))
    except FileNotFoundError:
        raise InputError(f"{directory}: not a saved campaign graph (config.json missing)") from None


def load(directory: str | Path) -> CampaignGraph:
    d = Path(directory)
    try:
        raw = (d / "state.msgpack").read_bytes()
        cfg = GraphConfig(**json.loads((d / "config.json").read_text()))
        arrays = dict(np.load(d / "arrays.npz"))
    except FileNotFoundError as e:
        raise InputError(f"{d}: not a saved campaign graph ({e.filename} missing)") from None
    try:
        state = msgspec.msgpack.decode(raw, type=_State)
    except msgspec.ValidationError as e:
        raise InputError(f"{d / 'state.msgpack'}: {e}") from None
    if state.format != FORMAT:
        raise InputError(
            f"{d}: campaign graph format {state.format}, this distillwatch writes {FORMAT}; "
            "rebuild it by scanning the logs again into a new --state directory"
        )
    g = CampaignGraph(cfg=cfg)
    raws = [bytes(memoryview(r)) for r in state.records]
    del state.records
    for i, r in enumerate(raws):
        try:
            g.index[_RECORD.decode(r).account_id] = i
        except (msgspec.ValidationError, msgspec.DecodeError) as e:
            raise InputError(f"{d / 'state.msgpack'}: record {i}: {e}") from None
    g.records = RecordStore(raws)
    g.clusters = [
        Cluster(
            c.cluster_id,
            c.members,
            Judgement(**msgspec.structs.asdict(c.judgement)),
            c.link_at,
            c.links,
            c.campaign_id,
            c.kind,
        )
        for c in state.clusters
    ]
    g._contrib_n, g._next_cluster, g._next_campaign = (
        state.contrib_n,
        state.next_cluster,
        state.next_campaign,
    )
    g.membership = arrays.get("membership")
    if "edge_src" in arrays:
        g.edges = Edges(
            arrays["edge_src"], arrays["edge_dst"], arrays["edge_weight"], arrays["edge_at"]
        )
    if "swap_old" in arrays:
        g.swaps = SwapLinks(arrays["swap_old"], arrays["swap_new"], arrays["swap_at"])
    if "c_pair" in arrays:
        g._contrib = Contributions(
            arrays["c_pair"], arrays["c_kind"], arrays["c_delta"], arrays["c_at"]
        )
    return g
