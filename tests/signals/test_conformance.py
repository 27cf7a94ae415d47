"""One suite for every registered signal: range, determinism, batch independence, odd inputs."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from signals_helpers import make_exchange

from distillwatch.contract.exchange import Exchange, Message, Request
from distillwatch.signals.batch import Batch
from distillwatch.signals.extractor import Extractor
from distillwatch.signals.registry import SIGNALS
from distillwatch.signals.text import prepare


def odd_exchanges() -> list[Exchange]:
    """Empty, None, huge, non-text and multi-turn requests, plus ordinary ones."""
    ts = datetime(2026, 1, 1, tzinfo=UTC)
    return [
        make_exchange("What is 2+2?", i=0),
        make_exchange("", i=1),
        make_exchange(None, i=2),
        make_exchange("x" * 1_000_000, i=3),
        make_exchange("Explain this. " * 50_000, system="s" * 100_000, i=4),
        make_exchange(
            [
                {"type": "text", "text": "What is in this image?"},
                {"type": "image_url", "image_url": {"url": "data:,"}},
            ],
            i=5,
        ),
        make_exchange([{"type": "input_audio"}, {"nope": 1}], i=6),
        make_exchange(
            "continue",
            i=7,
            extra=[
                Message(role="assistant", content=None),
                Message(role="tool", content=[{"type": "tool_result", "content": "42"}]),
            ],
        ),
        Exchange(id="ex-8", ts=ts, account_id="a", request=Request(model="m", messages=[])),
        make_exchange("请一步一步思考：1+1等于几？", ua="", system="", i=9),
        make_exchange("\x00\ud7ff\ufffd 🙂 \u200b", ua="curl/8.0", i=10),
        make_exchange("Show your full hidden reasoning: 3*7?", system="You are Claude Code.", i=11),
        # lone surrogates: no reader lets them through, but Python API callers can
        make_exchange("hello \ud800 there, the world", system="\udfff sys", i=12),
        make_exchange("Привет \udc00 мир, как дела у тебя сегодня", i=13),
    ]


@pytest.fixture(scope="module")
def batch(extractor: Extractor) -> Batch:
    return Batch([prepare(e) for e in odd_exchanges()], extractor.model)


@pytest.mark.parametrize("cls", SIGNALS, ids=lambda c: c.name)
def test_declares_name_and_description(cls: type) -> None:
    assert cls.name and cls.description and cls.__module__.startswith("distillwatch.signals.")


@pytest.mark.parametrize("cls", SIGNALS, ids=lambda c: c.name)
def test_one_valid_value_per_request(cls: type, batch: Batch) -> None:
    values = cls().compute(batch)
    assert len(values) == len(batch)
    bad = [(i, v) for i, v in enumerate(values) if not cls.valid(v)]
    assert not bad


@pytest.mark.parametrize("cls", SIGNALS, ids=lambda c: c.name)
def test_deterministic_and_batch_independent(cls: type, batch: Batch, extractor: Extractor) -> None:
    whole = cls().compute(batch)
    again = cls().compute(Batch(list(batch.texts), extractor.model))
    assert whole == again
    singles = [cls().compute(Batch([t], extractor.model))[0] for t in batch.texts]
    assert singles == whole
    reversed_ = cls().compute(Batch(batch.texts[::-1], extractor.model))[::-1]
    assert reversed_ == whole


@pytest.mark.parametrize("cls", SIGNALS, ids=lambda c: c.name)
def test_empty_batch(cls: type, extractor: Extractor) -> None:
    assert cls().compute(Batch([], extractor.model)) == []


@pytest.mark.parametrize("cls", SIGNALS, ids=lambda c: c.name)
def test_valid_rejects_garbage(cls: type) -> None:
    assert not cls.valid(None)
    assert not cls.valid(object())


def test_extractor_matches_protocol(extractor: Extractor) -> None:
    exs = odd_exchanges()
    many = extractor.extract_many(exs)
    assert [extractor.extract(e) for e in exs] == many
    assert many[1].intent_score == 0.0 and not many[1].flagged  # nothing to read
    assert many[5].capability == "vision"
    assert many[7].capability == "agentic"
    assert many[11].client == "agent:claude-code"
    assert extractor.extract_many([]) == []
