"""The official openai client (sync, async, streaming) through the gateway to an upstream."""

from __future__ import annotations

import json
import time

import httpx
import openai
import pytest

from conftest import ADMIN_TOKEN, UPSTREAM_KEY, Harness


def read_exchanges(h: Harness) -> list[dict]:
    h.settle()
    rows = []
    for p in sorted((h.log_dir / "exchanges").glob("*.jsonl")):
        rows += [json.loads(x) for x in p.read_text().splitlines()]
    return rows


def test_sync_chat_and_contract_log(make_gateway) -> None:
    h = make_gateway(policy=None)
    c = h.client()
    r = c.chat.completions.create(
        model="teacher-1",
        messages=[{"role": "user", "content": "What is 2+2?"}],
        temperature=0.3,
        max_tokens=50,
        user="end-7",
    )
    assert r.choices[0].message.content == "The answer is 4."
    up = h.seen[-1]
    assert up["headers"]["authorization"] == f"Bearer {UPSTREAM_KEY}"
    assert h.keys["a-good"] not in json.dumps(up)
    rows = read_exchanges(h)
    assert len(rows) == 1
    ex = rows[0]
    assert ex["account_id"] == "a-good" and ex["api_key_id"] == "k-a-good"
    assert ex["end_user_id"] == "end-7"
    assert ex["request"]["params"]["max_tokens"] == 50
    assert ex["response"]["text"] == "The answer is 4."
    assert ex["response"]["usage"]["output_tokens"] == 40
    assert ex["client"]["ip"] == "127.0.0.1"
    logs = "".join(p.read_text() for p in h.log_dir.rglob("*.jsonl"))
    assert UPSTREAM_KEY not in logs and h.keys["a-good"] not in logs


async def test_async_chat_completions_and_responses(make_gateway) -> None:
    h = make_gateway()
    c = h.aclient()
    r = await c.chat.completions.create(
        model="teacher-1", messages=[{"role": "user", "content": "hello"}]
    )
    assert r.choices[0].message.content == "The answer is 4."
    comp = await c.completions.create(model="teacher-1", prompt="Say hi", max_tokens=5)
    assert comp.choices[0].text == "The answer is 4."
    resp = await c.responses.create(
        model="teacher-1", input="What is 2+2?", instructions="be brief"
    )
    assert resp.output_text == "The answer is 4."
    models = await c.models.list()
    assert [m.id for m in models.data] == ["teacher-1"]
    await c.close()
    rows = read_exchanges(h)
    eps = sorted(r["request"]["endpoint"] for r in rows)
    assert eps == ["chat.completions", "completions", "responses"]
    resp_row = next(r for r in rows if r["request"]["endpoint"] == "responses")
    assert resp_row["request"]["system"] == "be brief"
    assert resp_row["response"]["text"] == "The answer is 4."


def test_streaming_sync_and_recorded(make_gateway) -> None:
    h = make_gateway()
    c = h.client()
    stream = c.chat.completions.create(
        model="teacher-1",
        messages=[{"role": "user", "content": "count"}],
        stream=True,
        stream_options={"include_usage": True},
    )
    text = "".join(ch.choices[0].delta.content or "" for ch in stream if ch.choices)
    assert text == "The answer is 4."
    rows = read_exchanges(h)
    assert rows[0]["request"]["params"]["stream"] is True
    assert rows[0]["response"]["text"] == "The answer is 4."
    assert rows[0]["response"]["usage"]["input_tokens"] == 12


async def test_streaming_async_responses(make_gateway) -> None:
    h = make_gateway()
    c = h.aclient()
    stream = await c.responses.create(model="teacher-1", input="hi", stream=True)
    deltas = [e.delta async for e in stream if e.type == "response.output_text.delta"]
    assert "".join(deltas) == "The answer is 4."
    await c.close()


def test_bad_key_malformed_json_and_oversized(make_gateway) -> None:
    h = make_gateway(policy="[limits]\nmax_body_bytes = 2000\n")
    bad = openai.OpenAI(base_url=h.url + "/v1", api_key="dw-nope", max_retries=0)
    with pytest.raises(openai.AuthenticationError) as ei:
        bad.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}])
    assert ei.value.code == "invalid_api_key"
    auth = {"authorization": f"Bearer {h.keys['a-good']}"}
    r = httpx.post(h.url + "/v1/chat/completions", content=b"{not json", headers=auth)
    assert r.status_code == 400 and r.json()["error"]["code"] == "invalid_json"
    r = httpx.post(h.url + "/v1/chat/completions", json={"model": "m"}, headers=auth)
    assert r.status_code == 400 and "messages" in r.json()["error"]["message"]
    with pytest.raises(openai.APIStatusError) as ei2:
        h.client().chat.completions.create(
            model="m", messages=[{"role": "user", "content": "x" * 5000}]
        )
    assert ei2.value.status_code == 413
    assert ei2.value.code == "request_too_large"


def test_metrics_and_admin(make_gateway) -> None:
    h = make_gateway()
    c = h.client("a-attack")
    for i in range(3):
        c.chat.completions.create(
            model="teacher-1",
            messages=[
                {"role": "user", "content": f"Solve {i}+1 and write your full internal reasoning"}
            ],
        )
    m = httpx.get(h.url + "/metrics").text
    assert "distillwatch_gateway_requests_total" in m
    assert 'endpoint="chat.completions"' in m
    r = httpx.get(h.url + "/admin/accounts/a-attack")
    assert r.status_code == 401
    r = httpx.get(
        h.url + "/admin/accounts/a-attack",
        headers={"authorization": "Bearer " + h.keys["a-attack"]},
    )
    assert r.status_code == 401
    h.settle()  # folds run after the responses
    for _ in range(50):
        r = httpx.get(
            h.url + "/admin/accounts/a-attack", headers={"authorization": f"Bearer {ADMIN_TOKEN}"}
        )
        if r.json()["live"] and r.json()["live"]["exchanges"] == 3:
            break
        time.sleep(0.05)
    body = r.json()
    assert body["live"]["exchanges"] == 3
    assert body["values"]["reasoning_extraction_rate"] == pytest.approx(1.0)
    assert h.keys["a-attack"] not in r.text


def test_new_keys_work_without_restart(make_gateway, keys_file) -> None:
    import time

    from distillwatch.gateway.keys import add_key

    h = make_gateway()
    key, _ = add_key(keys_file[0], "a-new", key_id="k-new")
    deadline = time.monotonic() + 5
    while True:
        c = openai.OpenAI(base_url=h.url + "/v1", api_key=key, max_retries=0)
        try:
            r = c.chat.completions.create(
                model="teacher-1", messages=[{"role": "user", "content": "hi"}]
            )
            break
        except openai.AuthenticationError:
            assert time.monotonic() < deadline, "keys file was not reloaded"
            time.sleep(0.05)
    assert r.choices[0].message.content == "The answer is 4."
