"""Gateway overhead: latency added over calling the upstream directly, and throughput.

Three processes on loopback: a minimal OpenAI-compatible upstream (raw ASGI, so it costs
little), the gateway (uvicorn, in-process state, contract and decision logs written, default
policy, live detection folded after each response), and this load generator (raw asyncio
HTTP/1.1 keep-alive client, so the client's own cost is small and the same for both paths).

Measured in the same run, direct vs through the gateway:
- open-loop latency at 100 and 500 requests/s (from each request's scheduled send time, so
  queueing is not hidden): p50/p99 for non-streaming, and time to first token (TTFT) for
  streaming; added = gateway - direct;
- closed-loop throughput (32 connections) and the gateway's CPU seconds from /proc, giving
  requests per second per core of gateway CPU.

Run: .venv/bin/python benchmarks/bench_gateway.py [--seconds 5]
Writes benchmarks/results/gateway.json and gateway.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from _machine import machine

RESULTS = Path(__file__).parent / "results"
TICKS = os.sysconf("SC_CLK_TCK")

# ---------------------------------------------------------------------------- the upstream

_COMPLETION = json.dumps(
    {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 0,
        "model": "teacher-1",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": "The answer is 4."},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 12, "completion_tokens": 6, "total_tokens": 18},
    }
).encode()
_PIECES = ["", "The", " answer", " is", " 4", "."]


def _chunk(content: str | None, finish: str | None = None) -> bytes:
    delta = {} if content is None else {"content": content}
    d = {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "created": 0,
        "model": "teacher-1",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    return b"data: " + json.dumps(d).encode() + b"\n\n"


_STREAM = [_chunk(p) for p in _PIECES] + [_chunk(None, "stop"), b"data: [DONE]\n\n"]


async def upstream_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] == "lifespan":
        while True:
            msg = await receive()
            if msg["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            else:
                await send({"type": "lifespan.shutdown.complete"})
                return
    body = b""
    more = True
    while more:
        msg = await receive()
        body += msg.get("body", b"")
        more = msg.get("more_body", False)
    if b'"stream":true' in body.replace(b" ", b""):
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"text/event-stream")],
            }
        )
        for c in _STREAM:
            await send({"type": "http.response.body", "body": c, "more_body": True})
        await send({"type": "http.response.body", "body": b""})
        return
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(_COMPLETION)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": _COMPLETION})


# ------------------------------------------------------------------------------ the client


class Conn:
    def __init__(self, port: int) -> None:
        self.port = port
        self.r: asyncio.StreamReader | None = None
        self.w: asyncio.StreamWriter | None = None

    async def request(self, head: bytes, body: bytes) -> tuple[int, float, float]:
        """(status, seconds to first content byte, seconds to the end) from the call."""
        if self.w is None:
            self.r, self.w = await asyncio.open_connection("127.0.0.1", self.port)
        assert self.r is not None
        t0 = time.perf_counter()
        self.w.write(head + b"Content-Length: %d\r\n\r\n" % len(body) + body)
        hdr = await self.r.readuntil(b"\r\n\r\n")
        status = int(hdr[9:12])
        low = hdr.lower()
        first = 0.0
        if b"transfer-encoding: chunked" in low:
            while True:
                size = int((await self.r.readuntil(b"\r\n")).strip(), 16)
                data = await self.r.readexactly(size + 2)
                if size == 0:
                    break
                if not first and b'"The' in data:
                    first = time.perf_counter() - t0
        else:
            m = re.search(rb"content-length: *(\d+)", low)
            await self.r.readexactly(int(m.group(1)) if m else 0)
            first = time.perf_counter() - t0
        return status, first, time.perf_counter() - t0


def request_head(path: str, key: str | None) -> bytes:
    auth = f"Authorization: Bearer {key}\r\n" if key else ""
    return (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"User-Agent: bench/1.0\r\n{auth}"
    ).encode()


def body_of(i: int, stream: bool) -> bytes:
    prompt = f"Question {i}: what is {i % 97} + {i % 13}? Answer briefly."
    return json.dumps(
        {
            "model": "teacher-1",
            "messages": [{"role": "user", "content": prompt}],
            "max_tokens": 64,
            "stream": stream,
        }
    ).encode()


async def open_loop(
    port: int, keys: list[str | None], rate: float, seconds: float, stream: bool
) -> dict[str, Any]:
    pool: asyncio.Queue[Conn] = asyncio.Queue()
    for _ in range(128):
        pool.put_nowait(Conn(port))
    heads = [request_head("/v1/chat/completions", k) for k in keys]
    n = int(rate * seconds)
    lat: list[float] = []
    ttft: list[float] = []
    bad = 0

    async def one(i: int, at: float) -> None:
        nonlocal bad
        conn = await pool.get()
        try:
            delay = at - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            lag = time.perf_counter() - at  # late start counts (no coordinated omission)
            status, first, total = await conn.request(heads[i % len(heads)], body_of(i, stream))
            if status != 200:
                bad += 1
            lat.append(lag + total)
            ttft.append(lag + first)
        finally:
            pool.put_nowait(conn)

    start = time.perf_counter() + 0.05
    await asyncio.gather(*[one(i, start + i / rate) for i in range(n)])
    a, t = np.array(lat) * 1000, np.array(ttft) * 1000
    return {
        "requests": n,
        "errors": bad,
        "p50_ms": float(np.percentile(a, 50)),
        "p99_ms": float(np.percentile(a, 99)),
        "ttft_p50_ms": float(np.percentile(t, 50)),
        "ttft_p99_ms": float(np.percentile(t, 99)),
    }


async def closed_loop(
    port: int, keys: list[str | None], seconds: float, conc: int, stream: bool
) -> dict[str, Any]:
    heads = [request_head("/v1/chat/completions", k) for k in keys]
    done = 0
    end = time.perf_counter() + seconds

    async def worker(w: int) -> None:
        nonlocal done
        c = Conn(port)
        i = w
        while time.perf_counter() < end:
            await c.request(heads[i % len(heads)], body_of(i, stream))
            done += 1
            i += conc

    t0 = time.perf_counter()
    await asyncio.gather(*[worker(w) for w in range(conc)])
    return {"requests": done, "seconds": time.perf_counter() - t0}


def cpu_seconds(pid: int) -> float:
    f = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(f[11]) + int(f[12])) / TICKS


# ------------------------------------------------------------------------------ processes


def serve_upstream(port: int) -> None:
    import uvicorn

    uvicorn.run(upstream_app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


def serve_gateway(upstream: str, port: int, keys: str, log_dir: str, state: str) -> None:
    import uvicorn

    from distillwatch.detect.live import LiveDetector
    from distillwatch.gateway.app import build_gateway, create_app
    from distillwatch.gateway.settings import GatewaySettings

    settings = GatewaySettings(
        upstream=upstream, keys=Path(keys), log_dir=Path(log_dir), state=state
    )
    try:
        det = LiveDetector()
        which = "distillwatch.signals.load_extractor()"
    except Exception as e:  # the trained classifier is not shipped yet
        det = LiveDetector(extractor=StandIn())
        which = f"stand-in keyword extractor ({type(e).__name__}: default model not available)"
    Path(log_dir).mkdir(parents=True, exist_ok=True)
    Path(log_dir, "detector.txt").write_text(which)
    uvicorn.run(
        create_app(build_gateway(settings, detector=det), settings),
        host="127.0.0.1",
        port=port,
        log_level="warning",
        access_log=False,
        proxy_headers=False,
    )


class StandIn:
    """Deterministic stand-in for the signals stage (regex + hash), used only when the real
    classifier cannot be loaded."""

    COT = re.compile(r"full reasoning|step by step|internal reasoning", re.I)

    def extract(self, ex: Any) -> Any:
        import hashlib

        from distillwatch.signals.base import INTENT_FAMILIES, RequestSignals

        text = ex.request.last_user_text()
        intent = dict.fromkeys(INTENT_FAMILIES, 0.0)
        if self.COT.search(text):
            intent["reasoning_extraction"] = 0.9
        top = max(intent.values())
        return RequestSignals(
            intent=intent,
            intent_score=top,
            flagged=top >= 0.5,
            capability="math" if any(ch.isdigit() for ch in text) else "chat",
            language="en",
            template="t-" + hashlib.sha1(re.sub(r"\d+", "#", text).encode()).hexdigest()[:8],
            client="other",
        )

    def extract_many(self, exs: Any) -> list[Any]:
        return [self.extract(e) for e in exs]


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_port(port: int, proc: subprocess.Popen[bytes]) -> None:
    import socket

    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("server exited")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("server did not start")


def start_redis(tmp: Path) -> tuple[subprocess.Popen[bytes], str] | None:
    import shutil

    exe = shutil.which("redis-server")
    if exe is None:
        return None
    port = free_port()
    proc = subprocess.Popen(
        [
            exe,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(tmp),
        ],
        stdout=subprocess.DEVNULL,
    )
    wait_port(port, proc)
    return proc, f"redis://127.0.0.1:{port}/0"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=5.0)
    ap.add_argument("--no-redis", action="store_true", help="skip the Redis-state gateway")
    ap.add_argument("--serve-upstream", type=int)
    ap.add_argument(
        "--serve-gateway", nargs=5, metavar=("UPSTREAM", "PORT", "KEYS", "LOGDIR", "STATE")
    )
    args = ap.parse_args()
    if args.serve_upstream:
        serve_upstream(args.serve_upstream)
        return
    if args.serve_gateway:
        up, port, keys, logs, state = args.serve_gateway
        serve_gateway(up, int(port), keys, logs, state)
        return

    from distillwatch.gateway.keys import add_key

    tmp = Path(tempfile.mkdtemp(prefix="bench-gateway-"))
    keys_file = tmp / "keys.jsonl"
    keys: list[str | None] = [add_key(keys_file, f"acct-{i:03d}")[0] for i in range(100)]
    up_port = free_port()
    me = [sys.executable, __file__]
    procs = [subprocess.Popen([*me, "--serve-upstream", str(up_port)])]
    results: dict[str, Any] = {
        "machine": machine(),
        "load_average_at_start": os.getloadavg(),
        "seconds_per_run": args.seconds,
        "latency": [],
        "throughput": [],
        "gateways": {},
    }
    try:
        wait_port(up_port, procs[0])
        states = ["memory"]
        if not args.no_redis:
            red = start_redis(tmp)
            if red is not None:
                procs.append(red[0])
                states.append(red[1])
        gateways: list[tuple[str, int, int, Path]] = []
        for state in states:
            port = free_port()
            logs = tmp / f"logs-{len(gateways)}"
            proc = subprocess.Popen(
                [
                    *me,
                    "--serve-gateway",
                    f"http://127.0.0.1:{up_port}/v1",
                    str(port),
                    str(keys_file),
                    str(logs),
                    state,
                ]
            )
            procs.append(proc)
            wait_port(port, proc)
            gateways.append(
                ("redis" if state.startswith("redis") else "memory", port, proc.pid, logs)
            )
        direct: list[str | None] = [None]

        async def run_all() -> None:
            await open_loop(up_port, direct, 200, 1.0, False)
            for _, port, _, _ in gateways:  # warm connections, code paths, profiles
                await open_loop(port, keys, 200, 1.0, False)
                await open_loop(port, keys, 200, 1.0, True)
            for stream in (False, True):
                for rate in (100, 500):
                    k = "ttft_" if stream else ""
                    d = await open_loop(up_port, direct, rate, args.seconds, stream)
                    for state, port, _, _ in gateways:
                        g = await open_loop(port, keys, rate, args.seconds, stream)
                        results["latency"].append(
                            {
                                "mode": "streaming" if stream else "non-streaming",
                                "state": state,
                                "rate": rate,
                                "direct": d,
                                "gateway": g,
                                "added_p50_ms": g[f"{k}p50_ms"] - d[f"{k}p50_ms"],
                                "added_p99_ms": g[f"{k}p99_ms"] - d[f"{k}p99_ms"],
                            }
                        )
                        print(json.dumps(results["latency"][-1]), flush=True)
            for stream in (False, True):
                d = await closed_loop(up_port, direct, args.seconds, 32, stream)
                for state, port, pid, _ in gateways:
                    c0 = cpu_seconds(pid)
                    g = await closed_loop(port, keys, args.seconds, 32, stream)
                    cpu = cpu_seconds(pid) - c0
                    results["throughput"].append(
                        {
                            "mode": "streaming" if stream else "non-streaming",
                            "state": state,
                            "direct_rps": d["requests"] / d["seconds"],
                            "gateway_rps": g["requests"] / g["seconds"],
                            "gateway_cpu_s": cpu,
                            "gateway_rps_per_core": g["requests"] / cpu if cpu else None,
                        }
                    )
                    print(json.dumps(results["throughput"][-1]), flush=True)

        asyncio.run(run_all())
        time.sleep(1.5)  # let the gateways flush their logs
        for state, _, _, logs in gateways:
            results["gateways"][state] = {
                "detector": (logs / "detector.txt").read_text(),
                "exchanges_logged": sum(
                    1 for p in (logs / "exchanges").glob("*.jsonl") for _ in p.open("rb")
                ),
            }
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            p.wait(timeout=20)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "gateway.json").write_text(json.dumps(results, indent=2))
    (RESULTS / "gateway.md").write_text(report(results))
    print(report(results))


def report(r: dict[str, Any]) -> str:
    m = r["machine"]
    gws = r.get("gateways", {})
    det = next(iter(gws.values()), {}).get("detector")
    lines = [
        "# Gateway overhead",
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB, Python {m['python']}. "
        "Upstream, gateway(s), Redis and the load generator share these cores, and other "
        f"work was running on the machine (load average at start {r.get('load_average_at_start')}).",
        f"Detector: {det}. Contract and decision logs on. Default policy.",
        f"Each run {r['seconds_per_run']} s. Exchanges logged: "
        + ", ".join(f"{k}: {v['exchanges_logged']}" for k, v in gws.items())
        + ".",
        "",
        "## Added latency (open loop, measured from each request's scheduled send time)",
        "",
        "| mode | state | rate/s | direct p50 | direct p99 | gateway p50 | gateway p99 | added p50 | added p99 | errors |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for x in r["latency"]:
        k = "ttft_" if x["mode"] == "streaming" else ""
        d, g = x["direct"], x["gateway"]
        lines.append(
            f"| {x['mode']}{' (TTFT)' if k else ''} | {x.get('state', 'memory')} | {x['rate']} | "
            f"{d[k + 'p50_ms']:.2f} | {d[k + 'p99_ms']:.2f} | {g[k + 'p50_ms']:.2f} | "
            f"{g[k + 'p99_ms']:.2f} | **{x['added_p50_ms']:.2f}** | **{x['added_p99_ms']:.2f}** | "
            f"{g['errors']} |"
        )
    lines += [
        "",
        "## Throughput (closed loop, 32 connections)",
        "",
        "| mode | state | direct req/s | gateway req/s | gateway CPU s | gateway req/s per core |",
        "|---|---|---|---|---|---|",
    ]
    for x in r["throughput"]:
        per = x["gateway_rps_per_core"]
        lines.append(
            f"| {x['mode']} | {x.get('state', 'memory')} | {x['direct_rps']:.0f} | "
            f"{x['gateway_rps']:.0f} | {x['gateway_cpu_s']:.2f} | "
            f"{per:.0f} |"
            if per
            else f"| {x['mode']} | n/a |"
        )
    lines += [
        "",
        "Goals: added p50 <= 1 ms, p99 <= 5 ms; >= 1,000 req/s per core. Latency is only "
        "meaningful below saturation; req/s per core is requests divided by the gateway "
        "process's own CPU seconds (user + system, from /proc). Redis state adds one GET per "
        "request and one WATCH/MULTI transaction per fold; Redis's own CPU is not counted.",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
