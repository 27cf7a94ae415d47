"""`distillwatch gateway` as a user runs it: add-key, serve, call with the official SDK,
bad policy named; and the same calls through httpx's own transport."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import openai
import pytest
from servers import free_port
from test_replay import default_extractor_loads
from typer.testing import CliRunner

from distillwatch.cli import app


def test_add_key_stores_only_the_hash(tmp_path: Path) -> None:
    keys = tmp_path / "keys.jsonl"
    res = CliRunner().invoke(
        app,
        [
            "gateway",
            "add-key",
            "--keys",
            str(keys),
            "--account",
            "acme",
            "--tier",
            "t2",
            "--verified",
        ],
    )
    assert res.exit_code == 0, res.output
    key = res.stdout.strip().splitlines()[0]
    assert key.startswith("dw-") and len(key) > 30
    entry = json.loads(keys.read_text())
    assert key not in keys.read_text()
    assert entry["account_id"] == "acme" and entry["account"] == {"tier": "t2", "verified": True}
    assert oct(keys.stat().st_mode & 0o777) == "0o600"


def test_bad_policy_field_is_named(tmp_path: Path) -> None:
    keys = tmp_path / "keys.jsonl"
    keys.write_text("")
    pol = tmp_path / "p.toml"
    pol.write_text('[cap]\nmax_tokens = "lots"\n')
    res = CliRunner().invoke(
        app,
        [
            "gateway",
            "--upstream",
            "http://127.0.0.1:1/v1",
            "--keys",
            str(keys),
            "--policy",
            str(pol),
        ],
    )
    assert res.exit_code == 2
    assert "$.cap.max_tokens" in res.output and "Traceback" not in res.output


@pytest.mark.slow
def test_serve_from_the_command_line(tmp_path: Path, upstream) -> None:
    up_url, _ = upstream
    keys = tmp_path / "keys.jsonl"
    key = (
        CliRunner()
        .invoke(app, ["gateway", "add-key", "--keys", str(keys), "--account", "cli-acct"])
        .stdout.split()[0]
    )
    port = free_port()
    env = {**os.environ, "DISTILLWATCH_UPSTREAM_API_KEY": "sk-from-env"}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "distillwatch.cli",
            "gateway",
            "--upstream",
            up_url,
            "--keys",
            str(keys),
            "--port",
            str(port),
            "--log-dir",
            str(tmp_path / "logs"),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        if not default_extractor_loads():
            # Without a usable trained model the command must say so and stop cleanly.
            assert proc.wait(timeout=30) == 2
            err = proc.stderr.read().decode() if proc.stderr else ""
            assert "signals extractor could not be loaded" in err and "Traceback" not in err
            return
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(url + "/healthz").status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert proc.poll() is None and time.monotonic() < deadline
            time.sleep(0.1)
        c = openai.OpenAI(base_url=url + "/v1", api_key=key, max_retries=0)
        r = c.chat.completions.create(
            model="teacher-1", messages=[{"role": "user", "content": "hi"}]
        )
        assert r.choices[0].message.content == "The answer is 4."
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    rows = [
        json.loads(x)
        for p in (tmp_path / "logs" / "exchanges").glob("*.jsonl")
        for x in p.read_text().splitlines()
    ]
    assert [r["account_id"] for r in rows] == ["cli-acct"]


async def test_httpcore_transport_too(make_gateway) -> None:
    h = make_gateway(transport="httpcore")
    c = h.aclient()
    r = await c.chat.completions.create(
        model="teacher-1", messages=[{"role": "user", "content": "hi"}]
    )
    assert r.choices[0].message.content == "The answer is 4."
    stream = await c.chat.completions.create(
        model="teacher-1", messages=[{"role": "user", "content": "hi"}], stream=True
    )
    text = "".join([ch.choices[0].delta.content or "" async for ch in stream if ch.choices])
    assert text == "The answer is 4."
    await c.close()
