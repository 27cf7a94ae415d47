"""One account's month of exchanges, day by day, as contract dicts.

Per day, everything random is drawn as numpy arrays first (times, prompt indices, params,
token counts); the Python loop only assembles dicts from pre-built pieces. Memory is one
account-day.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np

from distillwatch.simulate.config import Campaign, Output, Params, Persona, Timing
from distillwatch.simulate.context import DAY, RunContext
from distillwatch.simulate.pools import Pools, tokens
from distillwatch.simulate.population import AccountSpec
from distillwatch.simulate.text import content
from distillwatch.simulate.text.chat import CHAT_LANGUAGES
from distillwatch.simulate.text.extraction import AGENT_HARVEST_SYSTEMS
from distillwatch.simulate.text.item import TextItem
from distillwatch.simulate.text.work import AGENT_REPLIES, AGENT_SYSTEM, MODULES, TOOL_RESULTS
from distillwatch.simulate.timing import day_times

APP_NAMES = ("Pocket Pal", "Mira", "ChatNest", "Sage", "TalkBox", "Kiko", "Brightly", "Nimbus")
NON_EN = tuple(x for x in CHAT_LANGUAGES if x != "en")
RELAY_HARVEST_USERS = 25
TOOL_HISTORY = tuple(
    (
        AGENT_REPLIES[(i + j) % len(AGENT_REPLIES)].format(fn="parse_config"),
        t.format(mod=m, fn="parse_config"),
    )
    for i, t in enumerate(TOOL_RESULTS)
    for j, m in enumerate(MODULES)
)  # end-user ids a relay's harvester rotates through


def account_kept(spec: AccountSpec, ctx: RunContext) -> bool:
    """Whether the family selection keeps this account (and it has something to send)."""
    if not ctx.selection.keeps_account(spec.family, spec.group):
        return False
    if spec.group == "benign":
        p = ctx.persona(spec.family)
        return p is not None and bool(ctx.selection.prompt_weights(p.prompts))
    c = ctx.campaign(spec.family)
    if c is None or c.wrapper in ctx.selection.exclude:
        return False
    return bool(ctx.selection.prompt_weights(c.tasks))


class AccountTraffic:
    """Generates one account's exchanges; `days()` yields one list of dicts per active day."""

    def __init__(self, spec: AccountSpec, ctx: RunContext, pools: Pools) -> None:
        self.spec = spec
        self.ctx = ctx
        self.pools = pools
        self.rng = np.random.default_rng([ctx.seed, spec.index, 0x5EED])
        self.persona: Persona | None = ctx.persona(spec.family) if spec.group == "benign" else None
        self.camp: Campaign | None = ctx.campaign(spec.family) if spec.group == "attack" else None
        beh = self.persona or self.camp
        assert beh is not None
        self.timing: Timing = beh.timing
        self.params: Params = beh.params
        self.output: Output = beh.output
        weights = ctx.selection.prompt_weights(
            self.persona.prompts if self.persona is not None else beh.tasks  # type: ignore[union-attr]
        )
        self.families = [f for f, _ in weights]
        w = np.array([x for _, x in weights], dtype=float)
        self.fam_p = w / w.sum()
        self.seq = 0
        self.models = ctx.cfg.models
        self.max_hist = ctx.cfg.max_history_turns
        self.max_chars = ctx.cfg.max_response_chars
        self.clients: dict[int, dict[str, Any]] = {}
        self.tools = int(self.rng.choice(self.params.tools))
        self.endpoint = str(
            self.rng.choice(["chat.completions", "responses", "messages"], p=[0.7, 0.2, 0.1])
        )
        if spec.family == "enterprise_pipeline" and self.rng.random() < 0.3:
            self.endpoint = "batch"
        self.system: str | None = None
        if spec.family == "chat_app":
            self.system = (
                f"You are {APP_NAMES[spec.template % len(APP_NAMES)]}, a friendly assistant "
                f"in a mobile app. Answer in the user's language, concisely."
            )
        elif spec.family == "eval_runner" and spec.template % 2:
            self.system = "You are a helpful assistant."
        elif spec.family == "coding_agent":
            self.system = AGENT_SYSTEM[spec.template % len(AGENT_SYSTEM)]
        elif spec.family == "content_studio":
            self.system = content.system(spec.lang, spec.template)
        elif spec.family == "agentic_harvest" and spec.infra is not None:
            self.system = AGENT_HARVEST_SYSTEMS[spec.infra.number % len(AGENT_HARVEST_SYSTEMS)]
        elif (
            self.camp is not None
            and spec.infra is not None
            and spec.family not in ("relay", "evasive", "probing")
        ):
            self.system = spec.infra.system
        self.probe_order = (
            self.rng.permutation(len(pools.probes)) if spec.family == "probing" else None
        )
        self.seed_param = (
            (spec.infra.params_seed if spec.infra else spec.index) if self.params.seed else None
        )

    # -- model choice -------------------------------------------------------------------------
    def _p_new(self, times: np.ndarray) -> np.ndarray:
        dt = np.maximum(0.0, times - self.ctx.release)
        after = times >= self.ctx.release
        if self.persona is not None:
            half = self.persona.adoption_days * DAY
            p = self.persona.adoption * dt / (dt + half)
        elif self.camp is not None and self.camp.pivot > 0:
            p = self.camp.pivot * np.minimum(1.0, dt / (12 * 3600.0))
        else:
            p = (self.camp.adoption if self.camp else 0.3) * dt / (dt + 3 * DAY)
        return np.where(after, p, 0.0)

    def _client(self, key: int, ip: tuple[str, int, str], ua: tuple[str, str]) -> dict[str, Any]:
        c = self.clients.get(key)
        if c is None:
            c = {
                "ip": ip[0],
                "asn": ip[1],
                "country": ip[2],
                "user_agent": ua[0],
                "tls_fingerprint": ua[1],
            }
            self.clients[key] = c
        return c

    # -- the month ----------------------------------------------------------------------------
    def days(self) -> Iterator[list[dict[str, Any]]]:
        ctx, spec, t = self.ctx, self.spec, self.timing
        wd0 = ctx.start_weekday
        release_day = int((ctx.release - ctx.start) // DAY)
        for d in range(ctx.days):
            day_start = ctx.start + d * DAY
            if day_start + DAY <= spec.active_from or day_start >= spec.active_to:
                continue
            lam = spec.daily_rate * t.weekdays[(wd0 + d) % 7] * ctx.scale
            forced = False
            if spec.family == "eval_runner" and d in (release_day, release_day + 1):
                forced, lam = True, lam * 2.0  # evaluate the new model right after release
            if self.camp is not None and self.camp.pivot > 0 and d >= release_day:
                lam *= 1.3  # pivot campaigns spend more once the new model is out
            if not forced and self.rng.random() >= t.p_active_day:
                continue
            n = int(self.rng.poisson(lam))
            if n == 0:
                continue
            bursts = None
            if self.camp is not None and self.camp.sync_bursts and spec.infra is not None:
                brng = np.random.default_rng([ctx.seed, spec.infra.number, d, 0xB0])
                bursts = day_start + np.sort(brng.uniform(0, DAY, int(brng.integers(3, 7))))
            times, sess = day_times(self.rng, t, n, day_start, spec.tz, bursts)
            keep = (times >= max(spec.active_from, ctx.start)) & (
                times < min(spec.active_to, ctx.end)
            )
            if not keep.all():
                times, sess = times[keep], sess[keep]
            if len(times):
                yield self._build(d, times, sess)

    def _build(self, d: int, times: np.ndarray, sess: np.ndarray) -> list[dict[str, Any]]:
        rng, spec = self.rng, self.spec
        n = len(times)
        ts = [
            s + "Z"
            for s in np.datetime_as_string(
                (times * 1000).astype("int64").astype("datetime64[ms]"), unit="ms"
            ).tolist()
        ]
        new_model = (rng.random(n) < self._p_new(times)).tolist()
        fam_idx = rng.choice(len(self.families), size=n, p=self.fam_p).tolist()
        item_idx = rng.integers(0, 1 << 30, n).tolist()
        u = rng.random((n, 8)).tolist()
        out_tok = (
            (self.output.out_median * rng.lognormal(0.0, self.output.out_sigma, n))
            .astype(np.int64)
            .tolist()
        )
        noise = rng.lognormal(0.0, 0.3, n).tolist()
        # turn number inside its session (sessions are contiguous runs in `sess`)
        starts = np.r_[0, np.flatnonzero(np.diff(sess)) + 1]
        lens = np.diff(np.r_[starts, n])
        turn = (np.arange(n) - np.repeat(starts, lens)).tolist()
        last_in_session = np.zeros(n, dtype=bool)
        last_in_session[np.r_[starts[1:] - 1, n - 1]] = True
        last = last_in_session.tolist()
        sess_l = sess.tolist()
        P = self.params
        out: list[dict[str, Any]] = []
        for i in range(n):
            self.seq += 1
            ui = u[i]
            eu = self._end_user_index(ui[1])
            lang = self._lang(ui[0], eu)
            system, messages, item, harvest = self._messages(
                fam_idx[i], item_idx[i], lang, turn[i], sess_l[i], d, ui[2]
            )
            params: dict[str, Any] = {}
            if P.temperature[0] is not None:
                params["temperature"] = P.temperature[int(ui[3] * len(P.temperature))]
            if P.top_p is not None:
                params["top_p"] = P.top_p
            mt = P.max_tokens[int(ui[4] * len(P.max_tokens))]
            if mt is not None:
                params["max_tokens"] = mt
            nn = P.n[int(ui[5] * len(P.n))]
            if nn != 1:
                params["n"] = nn
            effort = P.reasoning_effort[(i + self.seq) % len(P.reasoning_effort)]
            if effort is not None:
                params["reasoning_effort"] = effort
            if self.tools:
                params["tools"] = self.tools
            if P.stream[0]:
                params["stream"] = P.stream[i % len(P.stream)]
            if self.seed_param is not None:
                params["seed"] = self.seed_param
            # usage
            in_tok = (
                sum(tokens(m["content"], lang) for m in messages)
                + (tokens(system, "en") if system else 0)
                + self.tools * 120
            )
            o = max(1, out_tok[i], tokens(item.answer, lang))  # never less than the text shown
            finish = "stop"
            if mt is not None and o > mt:
                o, finish = mt, "length"
            reasons = effort is not None or (self.output.reasoning_ratio > 0 and noise[i] > 1.2)
            r_tok = (
                int(o * self.output.reasoning_ratio * noise[i])
                if reasons and self.output.reasoning_ratio > 0
                else 0
            )
            tool_calls = 0
            if self.tools and not last[i]:
                tool_calls, finish = 1 + (i % 3 == 0), "tool_calls"
            text = (
                item.answer if len(item.answer) <= self.max_chars else item.answer[: self.max_chars]
            )
            usage = {"input_tokens": in_tok, "output_tokens": o * nn}
            if r_tok:
                usage["reasoning_tokens"] = r_tok * nn
            resp: dict[str, Any] = {
                "status": 200,
                "text": text,
                "finish_reason": finish,
                "usage": usage,
                "latency_ms": round(250.0 + (o + r_tok) * 11.0 * noise[i], 1),
            }
            if r_tok and item.reasoning and ui[7] < self.output.p_reasoning_text:
                resp["reasoning"] = item.reasoning[: self.max_chars]
            if tool_calls:
                resp["tool_calls"] = tool_calls
            req: dict[str, Any] = {
                "endpoint": self.endpoint,
                "model": self.models.new if new_model[i] else self.models.existing,
            }
            if system:
                req["system"] = system
            req["messages"] = messages
            req["params"] = params
            ex: dict[str, Any] = {
                "id": f"ex-{spec.index:05d}-{self.seq:07d}",
                "ts": ts[i],
                "account_id": spec.account_id,
                "api_key_id": f"key-{spec.index:05d}-{(sess_l[i] + d) % spec.keys}",
                "client": self._client_for(ui[6], sess_l[i], d),
                "request": req,
                "response": resp,
            }
            if eu is not None:
                if harvest and self.camp is not None:  # the relay's own harvesting "users"
                    eu = self.camp.end_users + int(ui[1] * RELAY_HARVEST_USERS)
                ex["end_user_id"] = self._user_id(eu)
            if self._multi_turn():
                ex["conversation_id"] = f"cv-{spec.index:05d}-{d:03d}-{sess_l[i]:04d}"
            out.append(ex)
        return out

    # -- pieces ---------------------------------------------------------------------------------
    def _multi_turn(self) -> bool:
        return (self.persona is not None and self.persona.max_turns > 1) or self.tools > 0

    def _lang(self, u: float, end_user: int | None) -> str:
        spec = self.spec
        if spec.infra is not None and self.camp is not None:
            w = spec.infra.lang_weights
            acc = 0.0
            for lang, x in zip(spec.infra.languages, w, strict=True):
                acc += x
                if u < acc:
                    return lang
            return spec.infra.languages[-1]
        p = self.persona
        if p is not None and p.end_users and end_user is not None:
            u = (end_user * 2654435761 % 1000) / 1000.0  # each end user keeps one language
            return (
                "en"
                if u < p.english
                else NON_EN[
                    int((u - p.english) / (1 - p.english + 1e-9) * len(NON_EN)) % len(NON_EN)
                ]
            )
        return spec.lang if u < 0.92 else "en"

    def _end_user_index(self, u: float) -> int | None:
        k = self.persona.end_users if self.persona else (self.camp.end_users if self.camp else 0)
        if not k:
            return None
        return int(k * u**3)  # Zipf-like: a few heavy end users, a long tail

    def _user_id(self, j: int) -> str:
        """An opaque end-user id, as applications pass them (hashed user ids)."""
        return (
            f"u-{(self.spec.index * 1_000_003 + j * 7_919 + 12_345) * 2_654_435_761 % 2**40:010x}"
        )

    def _client_for(self, u: float, sess: int, d: int) -> dict[str, Any]:
        spec = self.spec
        ua = spec.client
        if self.camp is not None and self.camp.rotate_client:
            from distillwatch.simulate.infra import CLIENTS

            opts = CLIENTS["browserish"]
            ua = opts[(sess * 7 + d * 3 + spec.index) % len(opts)]
            key = (sess * 7 + d * 3) % len(opts)
            return self._client(key, spec.homes[0], ua)
        if (
            spec.infra is not None
            and spec.infra.proxies
            and self.camp is not None
            and self.camp.ip_mode != "stable"
        ):
            k = int(u * len(spec.infra.proxies))
            return self._client(k, spec.infra.proxies[k], ua)
        k = int(u * len(spec.homes))
        return self._client(k, spec.homes[k], ua)

    def _messages(
        self, fam: int, idx: int, lang: str, turn: int, sess: int, d: int, u: float
    ) -> tuple[str | None, list[dict[str, Any]], TextItem, bool]:
        family = self.families[fam]
        pools = self.pools
        spec = self.spec
        if self.camp is not None:
            c = self.camp
            if c.harvest_share < 1.0 and u >= c.harvest_share:  # relay: a genuine end-user chat
                lang2 = "en" if u < 0.45 + 0.55 * c.harvest_share else NON_EN[idx % len(NON_EN)]
                pool = pools.chat(lang2)
                it = pool[idx % len(pool)]
                return None, [{"role": "user", "content": it.prompt}], it, False
            pool = pools.wrapped(c.wrapper, family, lang)
            it = pool[idx % len(pool)]
            prompt = it.prompt
            if c.wrapper == "probe_technique" and self.probe_order is not None:
                tech = pools.probes[int(self.probe_order[(self.seq - 1) % len(self.probe_order)])]
                prompt = f"{tech}\n\n{prompt}"
            msgs: list[dict[str, Any]] = [{"role": "user", "content": prompt}]
            if self.tools:
                msgs += self._tool_history(turn, idx)
            return self.system, msgs, it, True
        p = self.persona
        assert p is not None
        if spec.family == "enterprise_pipeline":
            pool = pools.enterprise(spec.template)
            it = pool[idx % len(pool)]
            return (
                it.reasoning,
                [{"role": "user", "content": it.prompt}],
                it._replace(reasoning=""),
                False,
            )
        if spec.family == "eval_runner":
            pool = pools.eval_task(family)
            it = pool[idx % len(pool)]
            return self.system, [{"role": "user", "content": it.prompt}], it, False
        if spec.family == "content_studio":
            pool = pools.content(spec.lang, spec.template)
            it = pool[idx % len(pool)]
            return self.system, [{"role": "user", "content": it.prompt}], it, False
        if spec.family == "coding_agent":
            pool = pools.agent()
            it = pool[(sess * 131 + d * 17 + spec.index) % len(pool)]  # one task per session
            msgs = [{"role": "user", "content": it.prompt}, *self._tool_history(turn, idx)]
            reply = pool[idx % len(pool)]
            return self.system, msgs, reply, False
        pool = pools.benign(family, lang if family in ("chat", "homework") else "en")
        it = pool[idx % len(pool)]
        msgs = []
        h = min(turn, self.max_hist, p.max_turns - 1)
        for k in range(h):
            prev = pool[(idx + 7919 * (k + 1)) % len(pool)]
            msgs.append({"role": "user", "content": prev.prompt})
            msgs.append({"role": "assistant", "content": prev.answer[:300]})
        msgs.append({"role": "user", "content": it.prompt})
        return self.system, msgs, it, False

    def _tool_history(self, turn: int, idx: int) -> list[dict[str, Any]]:
        msgs: list[dict[str, Any]] = []
        for k in range(min(turn, self.max_hist)):
            j = (idx + k * 31) % len(TOOL_HISTORY)
            reply, tool = TOOL_HISTORY[j]
            msgs.append({"role": "assistant", "content": reply})
            msgs.append({"role": "tool", "content": tool})
        return msgs
