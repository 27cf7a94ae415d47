"""Statistics of a generated range, per persona, for docs/range.md and sanity checks.

Reads DIR/labels.jsonl and DIR/exchanges/ with a light decoder (only the fields counted), so
a month of a few hundred thousand exchanges takes seconds.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path
from typing import Any

import msgspec
import numpy as np

_SCRIPTS = (
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
)
_LATIN_HINTS = (
    ("vi", re.compile(r"[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]")),
    ("pl", re.compile(r"[ąęłńśźż]")),
    ("tr", re.compile(r"[ğış]|\b(bir|için|ve)\b")),
    ("de", re.compile(r"\b(und|nicht|ich|der|die|das|mir)\b|[äöüß]")),
    ("pt", re.compile(r"\b(você|não|para|uma|como)\b|[ãõ]")),
    ("es", re.compile(r"\b(qué|para|una|los|las|cómo|respuesta)\b|[ñ¿¡]")),
    ("fr", re.compile(r"\b(est|une|pour|les|des|avec|réponse)\b|[àèêç]")),
    ("it", re.compile(r"\b(il|della|per|una|che|risposta)\b")),
    ("id", re.compile(r"\b(dan|yang|untuk|dengan|saya|jawaban)\b")),
)


def guess_language(text: str) -> str:
    """Script- and stopword-based language guess: good enough for range statistics."""
    for lang, rx in _SCRIPTS:
        if rx.search(text):
            return lang
    low = text.lower()
    for lang, rx in _LATIN_HINTS:
        if rx.search(low):
            return lang
    return "en"


class _Msg(msgspec.Struct):
    role: str
    content: Any = None


class _Req(msgspec.Struct):
    model: str
    messages: list[_Msg]
    params: dict[str, Any] | None = None


class _Usage(msgspec.Struct):
    input_tokens: int | None = None
    output_tokens: int | None = None
    reasoning_tokens: int | None = None


class _Resp(msgspec.Struct):
    usage: _Usage | None = None


class _Client(msgspec.Struct):
    ip: str | None = None
    asn: int | None = None


class _Ex(msgspec.Struct):
    account_id: str
    ts: str
    request: _Req
    response: _Resp | None = None
    client: _Client | None = None
    end_user_id: str | None = None
    conversation_id: str | None = None


def range_stats(directory: str | Path) -> dict[str, Any]:
    d = Path(directory)
    persona: dict[str, str] = {}
    label: dict[str, str] = {}
    for line in (d / "labels.jsonl").read_text().splitlines():
        r = json.loads(line)
        persona[r["account_id"]] = r["persona"]
        label[r["account_id"]] = r["label"]
    manifest = json.loads((d / "manifest.json").read_text())
    release = manifest["models"]["release_at"]
    new_model = manifest["models"]["new"]
    dec = msgspec.json.Decoder(_Ex)
    per: dict[str, dict[str, Any]] = defaultdict(lambda: defaultdict(float))
    langs: dict[str, Counter[str]] = defaultdict(Counter)
    per_acc: Counter[str] = Counter()
    ips: dict[str, set[str]] = defaultdict(set)
    asns: dict[str, set[int]] = defaultdict(set)
    times: dict[str, list[float]] = defaultdict(list)
    for f in sorted((d / "exchanges").glob("part-*.jsonl*")):
        with gzip.open(f, "rb") if f.name.endswith(".gz") else f.open("rb") as fh:
            for raw in fh:
                ex = dec.decode(raw)
                p = persona.get(ex.account_id, "?")
                s = per[p]
                s["exchanges"] += 1
                per_acc[ex.account_id] += 1
                t = datetime.fromisoformat(ex.ts.replace("Z", "+00:00"))
                times[ex.account_id].append(t.timestamp())
                s["weekend"] += t.weekday() >= 5
                users = [m for m in ex.request.messages if m.role == "user"]
                s["user_turns"] += len(users)
                s["multi_turn"] += len(users) > 1 or any(
                    m.role == "tool" for m in ex.request.messages
                )
                last = users[-1].content if users and isinstance(users[-1].content, str) else ""
                if int(s["exchanges"]) % 5 == 1:  # language on a 1-in-5 sample (regexes cost)
                    langs[p][guess_language(last)] += 1
                u = ex.response.usage if ex.response else None
                if u is not None:
                    s["input_tokens"] += u.input_tokens or 0
                    s["output_tokens"] += u.output_tokens or 0
                    s["reasoning_tokens"] += u.reasoning_tokens or 0
                prm = ex.request.params or {}
                s["tools"] += bool(prm.get("tools"))
                s["n_gt_1"] += (prm.get("n") or 1) > 1
                s["end_user"] += ex.end_user_id is not None
                if ex.ts >= release:
                    s["after_release"] += 1
                    s["new_model"] += ex.request.model == new_model
                if ex.client is not None:
                    if ex.client.ip:
                        ips[ex.account_id].add(ex.client.ip)
                    if ex.client.asn is not None:
                        asns[ex.account_id].add(ex.client.asn)
    rows = []
    accounts_by: dict[str, list[str]] = defaultdict(list)
    for a, p in persona.items():
        accounts_by[p].append(a)
    for p in sorted(accounts_by):
        s = per[p]
        n = max(1.0, s["exchanges"])
        vols = np.array([per_acc[a] for a in accounts_by[p]], dtype=float)
        lc = langs[p]
        gaps = [np.diff(np.sort(np.asarray(times[a]))) for a in accounts_by[p] if len(times[a]) > 1]
        allgaps = np.concatenate(gaps) if gaps else np.zeros(1)
        tot = max(1, sum(lc.values()))
        rows.append(
            {
                "persona": p,
                "label": label[accounts_by[p][0]],
                "accounts": len(accounts_by[p]),
                "exchanges": int(s["exchanges"]),
                "per_account_median": float(np.median(vols)),
                "per_account_p99": round(float(np.percentile(vols, 99))),
                "weekend_share": round(s["weekend"] / n, 2),
                "median_gap_s": round(float(np.median(allgaps)), 1),
                "english_share": round(lc["en"] / tot, 2),
                "languages": len(lc),
                "top_languages": ",".join(x for x, _ in lc.most_common(4)),
                "mean_input_tokens": round(s["input_tokens"] / n),
                "mean_output_tokens": round(s["output_tokens"] / n),
                "mean_reasoning_tokens": round(s["reasoning_tokens"] / n),
                "mean_user_turns": round(s["user_turns"] / n, 2),
                "multi_turn_share": round(s["multi_turn"] / n, 2),
                "tools_share": round(s["tools"] / n, 2),
                "n_gt_1_share": round(s["n_gt_1"] / n, 2),
                "end_user_share": round(s["end_user"] / n, 2),
                "new_model_share_after_release": round(
                    s["new_model"] / max(1.0, s["after_release"]), 2
                ),
                "mean_ips_per_account": round(
                    float(np.mean([len(ips[a]) for a in accounts_by[p]])), 1
                ),
                "mean_asns_per_account": round(
                    float(np.mean([len(asns[a]) for a in accounts_by[p]])), 1
                ),
            }
        )
    return {"directory": str(d), "manifest_counts": manifest["counts"], "personas": rows}


COLUMNS = (
    ("persona", "persona"),
    ("label", "label"),
    ("accounts", "accts"),
    ("exchanges", "exchanges"),
    ("per_account_median", "ex/acct p50"),
    ("per_account_p99", "ex/acct p99"),
    ("weekend_share", "weekend"),
    ("median_gap_s", "median gap s"),
    ("english_share", "en share"),
    ("top_languages", "top langs"),
    ("mean_input_tokens", "in tok"),
    ("mean_output_tokens", "out tok"),
    ("mean_reasoning_tokens", "reas tok"),
    ("mean_user_turns", "user turns"),
    ("multi_turn_share", "multi-turn"),
    ("tools_share", "tools"),
    ("n_gt_1_share", "n>1"),
    ("end_user_share", "end_user_id"),
    ("new_model_share_after_release", "new model after release"),
    ("mean_ips_per_account", "IPs/acct"),
    ("mean_asns_per_account", "ASNs/acct"),
)


def stats_markdown(stats: dict[str, Any]) -> str:
    head = "| " + " | ".join(h for _, h in COLUMNS) + " |"
    sep = "|" + "|".join("---" for _ in COLUMNS) + "|"
    lines = [head, sep]
    for r in stats["personas"]:
        lines.append("| " + " | ".join(str(r[k]) for k, _ in COLUMNS) + " |")
    return "\n".join(lines)
