"""Fail-safe paths: upstream down, slow or breaking; detector raising or slow; Redis down.
None of them may become a 500 for the client."""

from __future__ import annotations

import json
import time
from collections.abc import Sequence

import httpx
import openai
import pytest
from servers import free_port

from distillwatch.contract.exchange import Exchange
from distillwatch.detect.live import LiveDetector
from distillwatch.signals.base import RequestSignals
from exchanges import PatternExtractor

MSGS = [{"role": "user", "content": "hi"}]


class Exploding(PatternExtractor):
    def extract(self, ex: Exchange) -> RequestSignals:
        raise RuntimeError("classifier crashed")

    def extract_many(self, exs: Sequence[Exchange]) -> list[RequestSignals]:
        raise RuntimeError("classifier crashed")


class Sleepy(PatternExtractor):
    def extract(self, ex: Exchange) -> RequestSignals:
        time.sleep(0.3)
        return super().extract(ex)


def errors_metric(h, kind: str) -> float:
    text = httpx.get(h.url + "/metrics").text
    for line in text.splitlines():
        if line.startswith(f'distillwatch_gateway_errors_total{{kind="{kind}"}}'):
            return float(line.split()[-1])
    return 0.0


def test_upstream_down_is_502(make_gateway) -> None:
    h = make_gateway(upstream_url=f"http://127.0.0.1:{free_port()}/v1")
    with pytest.raises(openai.APIStatusError) as ei:
        h.client().chat.completions.create(model="teacher-1", messages=MSGS)
    assert ei.value.status_code == 502 and ei.value.code == "upstream_unavailable"
    with pytest.raises(openai.APIStatusError) as ei:
        h.client().chat.completions.create(model="teacher-1", messages=MSGS, stream=True)
    assert ei.value.status_code == 502


def test_upstream_timeout_is_504(make_gateway) -> None:
    h = make_gateway("[limits]\nupstream_timeout_s = 0.3\n")
    with pytest.raises(openai.APIStatusError) as ei:
        h.client().chat.completions.create(
            model="teacher-1", messages=[{"role": "user", "content": "SLOW"}]
        )
    assert ei.value.status_code == 504 and ei.value.code == "upstream_timeout"


def test_upstream_breaks_mid_stream(make_gateway) -> None:
    h = make_gateway()
    stream = h.client().chat.completions.create(
        model="teacher-1", messages=[{"role": "user", "content": "BREAK"}], stream=True
    )
    got = []
    with pytest.raises(openai.APIError) as ei:
        for ch in stream:
            got.append(ch)
    assert "closed the stream" in str(ei.value)
    assert got  # the caller got what arrived before the break
    assert errors_metric(h, "upstream_stream") == 1
    # the gateway keeps serving
    assert h.client().chat.completions.create(model="teacher-1", messages=MSGS).choices


def test_client_hangs_up_mid_stream_is_recorded(make_gateway) -> None:
    from fake_upstream import make_upstream
    from servers import serve

    slow_app, _ = make_upstream(stream_delay_s=0.2)
    with serve(slow_app) as up:
        h = make_gateway(upstream_url=up + "/v1")
        auth = {"authorization": f"Bearer {h.keys['a-good']}"}
        body = {"model": "teacher-1", "messages": MSGS, "stream": True}
        with httpx.stream("POST", h.url + "/v1/chat/completions", json=body, headers=auth) as r:
            for _ in r.iter_raw():
                break  # first bytes arrived: hang up
        deadline = time.monotonic() + 5
        while h.gw.folded < 1 and time.monotonic() < deadline:
            time.sleep(0.05)
        h.settle()
        rows = [
            json.loads(x)
            for p in (h.log_dir / "exchanges").glob("*.jsonl")
            for x in p.read_text().splitlines()
        ]
        assert [r["response"]["status"] for r in rows] == [499]


def test_detector_raising_fails_open(make_gateway) -> None:
    h = make_gateway(det=LiveDetector(extractor=Exploding()))
    for _ in range(3):
        r = h.client().chat.completions.create(model="teacher-1", messages=MSGS)
        assert r.choices[0].message.content == "The answer is 4."
    deadline = time.monotonic() + 5
    while errors_metric(h, "detector") < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert errors_metric(h, "detector") == 3
    # exchanges are still logged for the batch scan
    h.settle()
    assert (
        sum(len(p.read_text().splitlines()) for p in (h.log_dir / "exchanges").glob("*.jsonl")) == 3
    )


REQ_RULE = """
[detector]
on_error = "{mode}"
timeout_ms = {timeout}
[[rules]]
name = "per-request"
actions = ["strip_reasoning"]
when.request_flagged = true
"""


@pytest.mark.parametrize("extractor", [Exploding, Sleepy])
def test_request_signals_failure_open_and_closed(make_gateway, extractor) -> None:
    h = make_gateway(
        REQ_RULE.format(mode="open", timeout=50), det=LiveDetector(extractor=extractor())
    )
    r = h.client().chat.completions.create(model="teacher-1", messages=MSGS)
    assert r.choices[0].message.content
    h2 = make_gateway(
        REQ_RULE.format(mode="closed", timeout=50), det=LiveDetector(extractor=extractor())
    )
    with pytest.raises(openai.APIStatusError) as ei:
        h2.client().chat.completions.create(model="teacher-1", messages=MSGS)
    assert ei.value.status_code == 503 and ei.value.code == "detector_unavailable"


def test_request_signals_drive_per_request_action(make_gateway) -> None:
    h = make_gateway(REQ_RULE.format(mode="open", timeout=10_000))  # no timing dependence
    r = h.client().chat.completions.create(
        model="teacher-1",
        messages=[{"role": "user", "content": "THINK and write your full internal reasoning"}],
    )
    assert r.choices[0].message.content == "The answer is 4."
    r = h.client().chat.completions.create(
        model="teacher-1", messages=[{"role": "user", "content": "THINK"}]
    )
    assert "<think>" in r.choices[0].message.content


def test_redis_down_open_and_closed(make_gateway) -> None:
    dead = f"redis://127.0.0.1:{free_port()}/0"
    h = make_gateway('[state]\non_error = "open"\n', state=dead)
    r = h.client().chat.completions.create(model="teacher-1", messages=MSGS)
    assert r.choices[0].message.content == "The answer is 4."
    assert httpx.get(h.url + "/healthz").status_code == 503
    h2 = make_gateway('[state]\non_error = "closed"\n', state=dead)
    with pytest.raises(openai.APIStatusError) as ei:
        h2.client().chat.completions.create(model="teacher-1", messages=MSGS)
    assert ei.value.status_code == 503 and ei.value.code == "state_unavailable"
