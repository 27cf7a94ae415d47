"""`CampaignGraph`: the account graph, its clusters and their judgements, kept across days.

`update(records)` merges a day of account records, recomputes links only for the accounts
that changed (indicator weights of untouched pairs keep the IDF of the day they were made;
`rebuild()` refreshes them all), re-runs Leiden seeded with yesterday's membership, and
re-judges the clusters. Cluster ids persist: a cluster keeps the id of the previous cluster
it overlaps most (at least half of it), and a cluster judged guilty keeps its campaign id.
Benign clusters stay in the graph for analysts; only guilty ones are campaigns.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

from distillwatch.detect.graph.activity import Activity, HourSeries, hour_series
from distillwatch.detect.graph.build import link
from distillwatch.detect.graph.clustering import clusters_of, leiden
from distillwatch.detect.graph.config import GraphConfig
from distillwatch.detect.graph.indicators import IndicatorTable, Rows, rows_of, value_key
from distillwatch.detect.graph.judge import Judgement, LinkFacts, judge
from distillwatch.detect.graph.links import Contributions, Edges, max_df
from distillwatch.detect.graph.pool_swap import SwapLinks
from distillwatch.detect.graph.records import AccountRecord
from distillwatch.detect.graph.relay import RelayVerdict, is_relay_like, judge_relay
from distillwatch.detect.graph.store import RecordStore, decode
from distillwatch.profiles.context import ProfileContext

LINK_CODES: dict[str, str] = {
    "payment": "shared_payment_fingerprint",
    "template": "shared_templates",
    "prompt": "shared_prompts",
    "tls": "shared_tls_fingerprint",
    "user_agent": "shared_user_agent",
    "client": "shared_client",
    "email_domain": "shared_email_domain",
    "signup_cohort": "signup_cohort",
    "ip_prefix": "shared_ip_prefix",
    "asn": "shared_asn",
}


@dataclass
class Cluster:
    cluster_id: str
    members: list[str]
    judgement: Judgement
    link_at: dict[str, float]
    """Per member: when its own link into the cluster was first observable."""
    links: dict[str, int] = field(default_factory=dict)
    """Per link code: how many members share a value of that kind with another member."""
    campaign_id: str | None = None
    kind: str = "graph"
    """'graph' (Leiden cluster) or 'relay' (harvesting relays linked among themselves)."""


@dataclass
class CampaignGraph:
    cfg: GraphConfig = field(default_factory=GraphConfig)
    records: RecordStore = field(default_factory=RecordStore)
    """Account records, msgpack-encoded (indexing decodes a copy)."""
    index: dict[str, int] = field(default_factory=dict)
    clusters: list[Cluster] = field(default_factory=list)
    relays: dict[str, RelayVerdict] = field(default_factory=dict)
    edges: Edges | None = None
    swaps: SwapLinks | None = None
    membership: np.ndarray | None = None
    _rows: dict[int, Rows] = field(default_factory=dict)
    _hours: dict[int, HourSeries] = field(default_factory=dict)
    """Per-account derived arrays, cached between updates (rebuilt lazily after `load`)."""
    cache_derived: bool = True
    """Keep `_rows`/`_hours` between updates; a one-off build (a scan) saves the memory."""
    _judged_with: tuple[float, frozenset[str]] | None = None
    _contrib: Contributions | None = None
    _contrib_n: int = 0
    _next_cluster: int = 1
    _next_campaign: int = 1

    # --- accounts ---------------------------------------------------------------------------

    def add(self, records: Iterable[AccountRecord | bytes], replace: bool = False) -> np.ndarray:
        """Merge records (or msgpack-encoded ones) into the graph (new accounts appended) and
        return the mask of changed accounts. `replace=True` takes each record as the
        account's whole state so far (what an incremental scan holds) instead of a new
        increment to merge."""
        if not isinstance(self.records, RecordStore):
            self.records = RecordStore(self.records)
        changed: list[int] = []
        for item in records:
            r = decode(item) if isinstance(item, bytes) else item
            i = self.index.get(r.account_id)
            if i is None:
                self.index[r.account_id] = i = len(self.records)
                self.records.append(item)
            elif replace:
                if self.records.raw(i) == item or self.records[i] == r:
                    continue
                self.records[i] = item
            else:
                cur = self.records[i]
                cur.merge(r)
                self.records[i] = cur
            changed.append(i)
            self._rows.pop(i, None)
            self._hours.pop(i, None)
        mask = np.zeros(len(self.records), bool)
        mask[changed] = True
        return mask

    @property
    def campaigns(self) -> list[Cluster]:
        return [c for c in self.clusters if c.campaign_id is not None]

    @property
    def benign_clusters(self) -> list[Cluster]:
        return [c for c in self.clusters if c.campaign_id is None]

    # --- building ---------------------------------------------------------------------------

    def _derived(self) -> tuple[np.ndarray, IndicatorTable, Activity, float]:
        """Graph membership, indicator table, activity and log end: one pass over the
        records (each decoded once)."""
        n = len(self.records)
        in_graph = np.zeros(n, bool)
        first = np.full(n, np.inf)
        last = np.full(n, -np.inf)
        rows: list[tuple[int, Rows]] = []
        series: list[HourSeries] = []
        for i, r in enumerate(self.records):
            in_graph[i] = not is_relay_like(r, self.cfg)
            if r.first_ts is not None:
                first[i] = r.first_ts
            if r.last_ts is not None:
                last[i] = r.last_ts
            row = self._rows.get(i)
            hs = self._hours.get(i)
            row = rows_of(r) if row is None else row
            hs = hour_series(r.hours, self.cfg) if hs is None else hs
            if self.cache_derived:
                self._rows[i], self._hours[i] = row, hs
            if in_graph[i]:
                rows.append((i, row))
            series.append(hs)
        table = IndicatorTable.from_rows(rows)
        del rows
        activity = Activity.from_series(series, first, last)
        finite = last[np.isfinite(last)]
        log_end = float(finite.max()) if finite.size else 0.0
        return in_graph, table, activity, log_end

    def _activity(self) -> Activity:
        recs = self.records
        for i, r in enumerate(recs):
            if i not in self._hours:
                self._hours[i] = hour_series(r.hours, self.cfg)
        return Activity.from_series(
            [self._hours[i] for i in range(len(recs))],
            np.array([r.first_ts if r.first_ts is not None else np.inf for r in recs]),
            np.array([r.last_ts if r.last_ts is not None else -np.inf for r in recs]),
        )

    def rebuild(self, ctx: ProfileContext, threshold: float) -> None:
        """Recompute every link, cluster from scratch, judge."""
        self._contrib = None
        self._run(ctx, threshold, dirty=None, warm=False)

    def update(
        self,
        records: Iterable[AccountRecord | bytes],
        ctx: ProfileContext,
        threshold: float,
        replace: bool = False,
    ) -> None:
        """Merge a new day's records (or, with `replace`, swap in accounts' states so far);
        relink only what changed; refine the clustering."""
        dirty = self.add(records, replace=replace)
        self._run(ctx, threshold, dirty=dirty, warm=True)

    def _run(
        self, ctx: ProfileContext, threshold: float, dirty: np.ndarray | None, warm: bool
    ) -> None:
        n = len(self.records)
        in_graph, table, activity, log_end = self._derived()
        previous = None
        if self._contrib is not None and dirty is not None:
            old_n = self._contrib_n
            p = self._contrib.pair
            previous = Contributions(
                (p // old_n) * n + p % old_n,
                self._contrib.kind,
                self._contrib.delta,
                self._contrib.at,
            )
        linked = link(
            table, activity, n, log_end, self.cfg, previous, dirty if previous is not None else None
        )
        self._contrib, self._contrib_n = linked.indicator, n
        self.edges, self.swaps = linked.edges, linked.swaps
        initial = None
        if warm and self.membership is not None:
            initial = np.arange(n, dtype=np.int64) + int(self.membership.max(initial=0)) + 1
            initial[: self.membership.shape[0]] = self.membership
            _, initial = np.unique(initial, return_inverse=True)
        self.membership = leiden(n, linked.edges, self.cfg, initial)
        self._judge(table, ctx, threshold, in_graph, dirty)

    # --- judging ----------------------------------------------------------------------------

    def _link_times(self) -> np.ndarray:
        n = len(self.records)
        out = np.full(n, np.inf)
        e, m = self.edges, self.membership
        if e is None or m is None or len(e) == 0:
            return out
        # Only strong edges give a member its own link (a weak path is not enough).
        same = (m[e.src] == m[e.dst]) & (e.weight >= self.cfg.member_min_link - 1e-9)
        np.minimum.at(out, e.src[same], e.at[same])
        np.minimum.at(out, e.dst[same], e.at[same])
        return out

    def _link_facts(
        self, idx: np.ndarray, df_of: dict[int, int], limit: int
    ) -> tuple[LinkFacts, dict[str, int]]:
        holders: dict[tuple[str, str], list[tuple[float, int]]] = {}
        for i in idx:
            for kind, vals in self.records[i].indicators.items():
                for v, t in vals.items():
                    holders.setdefault((kind, v), []).append((t, int(i)))
        shared: dict[str, set[int]] = {}
        pay_at: dict[int, float] = {}
        for (kind, v), hs in holders.items():
            if len(hs) < 2 or df_of.get(value_key(kind, v), 0) > limit:
                continue
            shared.setdefault(kind, set()).update(i for _, i in hs)
            if kind == "payment":
                hs.sort()
                t2 = hs[1][0]
                for t, i in hs:
                    pay_at[i] = min(pay_at.get(i, np.inf), max(t, t2))
        facts = LinkFacts(payment_shared_at=list(pay_at.values()))
        if self.swaps is not None:
            members = set(int(i) for i in idx)
            facts.swap_at = [
                float(t)
                for o, nw, t in zip(self.swaps.old, self.swaps.new, self.swaps.at, strict=True)
                if int(o) in members and int(nw) in members
            ]
        return facts, {LINK_CODES[k]: len(s) for k, s in shared.items() if k in LINK_CODES}

    def _judge(
        self,
        table: IndicatorTable,
        ctx: ProfileContext,
        threshold: float,
        in_graph: np.ndarray,
        dirty: np.ndarray | None = None,
    ) -> None:
        """Judge every cluster. On an update, a cluster with the same members as before and
        no changed member keeps its judgement (same threshold, same known new models)."""
        assert self.membership is not None
        keys, counts = np.unique(table.value, return_counts=True)
        df_of = dict(zip(keys.tolist(), counts.tolist(), strict=True))
        limit = max_df(len(self.records), self.cfg)
        link_at = self._link_times()
        old = self.clusters
        setting = (threshold, frozenset(ctx.new_models()))
        reusable = {
            frozenset(c.members): c
            for c in old
            if dirty is not None and c.kind == "graph" and self._judged_with == setting
        }
        clusters: list[Cluster] = []
        groups = [
            g for g in clusters_of(self.membership, self.cfg.min_campaign_size) if in_graph[g].all()
        ]
        for g in groups:
            recs = [self.records[i] for i in g]
            prev = reusable.get(frozenset(r.account_id for r in recs))
            if prev is not None and dirty is not None and not dirty[g].any():
                clusters.append(Cluster("", prev.members, prev.judgement, prev.link_at, prev.links))
                continue
            facts, links = self._link_facts(g, df_of, limit)
            la = {}
            for i, r in zip(g, recs, strict=True):
                t = float(link_at[i])
                la[r.account_id] = max(t, r.created_at) if r.created_at is not None else t
            j = judge(
                recs, facts, ctx, threshold, self.cfg, np.array([la[r.account_id] for r in recs])
            )
            clusters.append(Cluster("", [r.account_id for r in recs], j, la, links))
        clusters.extend(self._relay_clusters(ctx, threshold, ~in_graph))
        self._assign_ids(clusters, old)
        self.clusters = clusters
        self._judged_with = setting

    def _relay_clusters(
        self, ctx: ProfileContext, threshold: float, relay_like: np.ndarray
    ) -> list[Cluster]:
        """Harvesting relays (`relay_like` accounts), grouped by what they share (harness,
        client stack, network)."""
        relay_recs = [self.records[i] for i in np.nonzero(relay_like)[0].tolist()]
        self.relays = {r.account_id: judge_relay(r, self.cfg) for r in relay_recs}
        guilty = [r for r in relay_recs if self.relays[r.account_id].guilty]
        if not guilty:
            return []
        sub = CampaignGraph(cfg=self.cfg)
        sub.add(
            AccountRecord(
                account_id=r.account_id,
                indicators=r.indicators,
                hours=r.hours,
                first_ts=r.first_ts,
                last_ts=r.last_ts,
            )
            for r in guilty
        )
        n = len(guilty)
        table = IndicatorTable.from_records(enumerate(sub.records))
        linked = link(table, sub._activity(), n, 0.0, self.cfg)
        parent = list(range(n))

        def find(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for a, b in zip(linked.edges.src.tolist(), linked.edges.dst.tolist(), strict=True):
            parent[find(a)] = find(b)
        comps: dict[int, list[int]] = {}
        for i in range(n):
            comps.setdefault(find(i), []).append(i)
        out = []
        for comp in comps.values():
            verdicts = [self.relays[guilty[i].account_id] for i in comp]
            out.append(relay_cluster([guilty[i] for i in comp], verdicts, threshold))
        return out

    def _assign_ids(self, clusters: list[Cluster], old: list[Cluster]) -> None:
        """Keep ids across updates: a cluster inherits the id of the previous cluster whose
        majority it holds (largest overlap first); new ones get the next id."""
        clusters.sort(
            key=lambda c: (
                c.judgement.crossed_at or np.inf,
                min(c.link_at.values(), default=np.inf),
                min(c.members),
            )
        )
        prev_of = {a: k for k, c in enumerate(old) for a in c.members}
        taken: set[int] = set()
        for c in clusters:
            overlap: dict[int, int] = {}
            for a in c.members:
                k = prev_of.get(a)
                if k is not None:
                    overlap[k] = overlap.get(k, 0) + 1
            best = None
            for k, ov in sorted(overlap.items(), key=lambda kv: (-kv[1], kv[0])):
                if k not in taken and ov * 2 >= len(old[k].members):
                    best = k
                    break
            if best is not None:
                taken.add(best)
                c.cluster_id = old[best].cluster_id
                c.campaign_id = old[best].campaign_id if c.judgement.guilty else None
            else:
                c.cluster_id = f"k-{self._next_cluster:05d}"
                self._next_cluster += 1
            if c.judgement.guilty and c.campaign_id is None:
                c.campaign_id = f"c-{self._next_campaign:04d}"
                self._next_campaign += 1


def relay_cluster(
    records: list[AccountRecord], verdicts: list[RelayVerdict], threshold: float
) -> Cluster:
    """A campaign of harvesting relays: judged by the harvest share inside them."""
    from distillwatch.detect.evidence import Evidence
    from distillwatch.detect.graph.judge import TARGET_OF_INTENT
    from distillwatch.detect.scoring import score_of

    harvest = sum(v.harvest for v in verdicts)
    total = sum(r.exchanges for r in records)
    share = harvest / total if total else 0.0
    crossed = min(v.flagged_at for v in verdicts if v.flagged_at is not None)
    users = sum(v.end_users for v in verdicts)
    ev = [
        Evidence(
            code="relay_harvest",
            value=share,
            weight=2.6,
            detail=f"{share:.0%} of {len(records)} relay account(s)' traffic ({harvest} requests, among "
            f"~{users:.0f} end users) is extraction harvest",
        )
    ]
    fams = {f for r in records for f in r.intent_families}
    targets = sorted({TARGET_OF_INTENT[f] for f in fams if f in TARGET_OF_INTENT})
    j = Judgement(
        score=max(score_of(3.0 + 2.0 * share), threshold),
        guilty=True,
        crossed_at=crossed,
        evidence=ev,
        targets=targets,
        groups={"intent": 2.6},
    )
    la = {v.account_id: float(v.flagged_at or crossed) for v in verdicts}
    return Cluster("", [r.account_id for r in records], j, la, kind="relay")
