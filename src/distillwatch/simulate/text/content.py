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

from dataclasses import dataclass
from types import ModuleType

import numpy as np

from distillwatch.simulate.text import content_a, content_b, content_c
from distillwatch.simulate.text.item import TextItem

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


@dataclass(frozen=True, slots=True)
class ContentSet:
    """Frames by kind and language, with each language's system prompts, topics and sample
    outputs, merged from writers' files of the brief's shape."""

    frames: dict[str, dict[str, list[str]]]
    systems: dict[str, list[str]]
    topics: dict[str, list[str]]
    samples: dict[str, list[str]]


def content_set(*writers: ModuleType) -> ContentSet:
    def merged(name: str) -> dict[str, list[str]]:
        return {lang: v for mod in writers for lang, v in getattr(mod, name).items()}

    frames = {k: {lang: fs for mod in writers for lang, fs in mod.FRAMES[k].items()} for k in KINDS}
    return ContentSet(frames, merged("SYSTEMS"), merged("TOPICS"), merged("SAMPLES"))


RANGE_SET = content_set(content_a, content_b, content_c)
"""The range's frames; `signals/corpus/content_blind_*.py` is a second set, a test set."""
FRAMES = RANGE_SET.frames
SYSTEMS = RANGE_SET.systems
TOPICS = RANGE_SET.topics
SAMPLES = RANGE_SET.samples
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
