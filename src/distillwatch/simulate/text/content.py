"""Honest bulk content for the content_studio persona, in 15 languages.

Agencies, shops, edtech item writers and QA teams ask for many items per request (FAQ
entries, quiz questions with answer keys, product copy variants, fixture rows as JSON) for
their own sites, courses and test suites. Worded like that, a request names items, answers
and variety the way synthetic-dataset harvesting does, with no training purpose: this
persona is the honest side of that boundary.

The frames were written by three writers from a brief alone (`content_a/b/c.py`), without
reading the detector, its training corpus or its lexicon, so that the range measures the
boundary rather than text tuned to it.
"""

from __future__ import annotations

import numpy as np

from distillwatch.simulate.text import content_a, content_b, content_c
from distillwatch.simulate.text.item import TextItem

_WRITERS = (content_a, content_b, content_c)

KINDS = (
    "faq",
    "product_copy",
    "quiz",
    "test_data",
    "marketing",
    "localization",
    "seo",
    "support_macros",
)

BUSINESSES: tuple[tuple[str, ...], ...] = (
    # An account's line of work, fixed by its template number: which kinds it sends.
    ("faq", "support_macros"),  # a help-centre team
    ("product_copy", "marketing", "seo"),  # an e-commerce agency
    ("quiz",),  # an edtech item writer
    ("test_data",),  # a QA team's fixture generator
    ("marketing", "seo"),  # a growth agency
    ("localization", "product_copy"),  # a localisation vendor
    ("faq", "seo", "marketing"),  # a content agency
    ("quiz", "faq"),  # a training platform
    ("test_data", "localization"),  # a software house
)


def _merge(name: str) -> dict[str, object]:
    out: dict[str, object] = {}
    for mod in _WRITERS:
        out.update(getattr(mod, name))
    return out


FRAMES: dict[str, dict[str, list[str]]] = {
    kind: {lang: fs for mod in _WRITERS for lang, fs in mod.FRAMES[kind].items()} for kind in KINDS
}
SYSTEMS: dict[str, list[str]] = _merge("SYSTEMS")  # type: ignore[assignment]
TOPICS: dict[str, list[str]] = _merge("TOPICS")  # type: ignore[assignment]
SAMPLES: dict[str, list[str]] = _merge("SAMPLES")  # type: ignore[assignment]
CONTENT_LANGUAGES: tuple[str, ...] = tuple(TOPICS)


def content_lang(lang: str) -> str:
    """The account's language if the frames have it, else English."""
    return lang if lang in TOPICS else "en"


def business(template: int) -> tuple[str, ...]:
    return BUSINESSES[template % len(BUSINESSES)]


def system(lang: str, template: int) -> str | None:
    """Half the accounts set a system prompt (their tool's tone and rules); the rest send none."""
    if (template // len(BUSINESSES)) % 2:
        return None
    options = SYSTEMS[content_lang(lang)]
    return options[template % len(options)]


def content(rng: np.random.Generator, lang: str, template: int) -> TextItem:
    """One request of the account's business: a frame of one of its kinds, a topic, a count."""
    lang = content_lang(lang)
    kinds = business(template)
    frames = FRAMES[kinds[int(rng.integers(len(kinds)))]][lang]
    frame = frames[int(rng.integers(len(frames)))]
    topics = TOPICS[lang]
    prompt = frame.replace("{topic}", topics[int(rng.integers(len(topics)))]).replace(
        "{n}", str(int(rng.integers(3, 31)))
    )
    samples = SAMPLES[lang]
    answer = "\n".join(samples[int(i)] for i in rng.permutation(len(samples)))
    return TextItem(prompt, answer, "", lang)
