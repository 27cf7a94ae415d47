"""Reasoning removal on any chunking of a stream, SSE splitting, request shaping."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from distillwatch.gateway.reasoning import ThinkStripper, split_think
from distillwatch.gateway.shaping import apply_cap
from distillwatch.gateway.streaming import ChatStreamStripper, SSESplitter, event_data
from distillwatch.respond.policy import Cap

PIECES = st.lists(
    st.sampled_from(
        ["<think>", "</think>", "<", "th", "ink>", "a", "b c", "\n", "</th", "<thi", ">"]
    ),
    max_size=20,
)


def reference(text: str) -> str:
    out, inside, i = [], False, 0
    while i < len(text):
        if not inside and text.startswith("<think>", i):
            inside, i = True, i + 7
        elif inside and text.startswith("</think>", i):
            inside, i = False, i + 8
        else:
            if not inside:
                out.append(text[i])
            i += 1
    return "".join(out)


@settings(max_examples=300, deadline=None)
@given(PIECES, st.randoms(use_true_random=False))
def test_any_chunking_strips_like_whole_text(pieces: list[str], rnd: random.Random) -> None:
    text = "".join(pieces)
    cuts = sorted(rnd.sample(range(len(text) + 1), k=min(len(text) + 1, rnd.randrange(5))))
    chunks = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    s = ThinkStripper()
    got = "".join(s.feed(c) for c in chunks) + s.flush()
    assert got == reference(text)


def test_split_think_records_both_parts() -> None:
    assert split_think("<think>why</think>Answer") == ("Answer", "why")
    assert split_think("plain") == ("plain", None)
    assert split_think(None) == (None, None)


def test_chat_stream_stripper_drops_reasoning_only_chunks() -> None:
    s = ChatStreamStripper()
    assert s.apply({"choices": [{"index": 0, "delta": {"reasoning_content": "x"}}]}) is None
    kept = s.apply({"choices": [{"index": 0, "delta": {"content": "<think>a"}}]})
    assert kept is None
    out = s.apply({"choices": [{"index": 0, "delta": {"content": "b</think>ok"}}]})
    assert out is not None and out["choices"][0]["delta"]["content"] == "ok"


def test_sse_splitter_handles_crlf_and_partial_events() -> None:
    sp = SSESplitter()
    assert sp.feed(b'data: {"a"') == []
    evs = sp.feed(b": 1}\r\n\r\nevent: x\ndata: [DONE]\n\n")
    assert [event_data(e) for e in evs] == [b'{"a": 1}', b"[DONE]"]


def test_apply_cap_per_endpoint() -> None:
    cap = Cap(max_tokens=100, n=1, logprobs=False)
    b = {"max_completion_tokens": 5000, "n": 3, "logprobs": True, "top_logprobs": 5}
    assert set(apply_cap(b, "chat.completions", cap)) == {
        "max_completion_tokens",
        "n",
        "logprobs",
        "top_logprobs",
    }
    assert b == {"max_completion_tokens": 100, "n": 1}
    r = {"max_output_tokens": 50}
    assert apply_cap(r, "responses", cap) == [] and r["max_output_tokens"] == 50
    legacy = {"logprobs": 5}
    apply_cap(legacy, "completions", Cap(max_tokens=None, logprobs=True, top_logprobs=2))
    assert legacy == {"logprobs": 2}
