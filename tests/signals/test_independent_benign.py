"""The independent benign set: complete, apart from the corpus, and summarised correctly."""

from __future__ import annotations

from distillwatch.signals.corpus.benign_phrases import BENIGN
from distillwatch.signals.corpus.build import (
    INDEPENDENT_BENIGN,
    LANGUAGES,
    build_corpus,
    independent_benign_examples,
)
from distillwatch.signals.corpus.extra_phrases import BENIGN_EXTRA
from distillwatch.signals.evaluate_intent import pooled_fp


def test_every_source_has_four_phrasings_in_every_language() -> None:
    assert len(INDEPENDENT_BENIGN) == 10
    for by_lang in INDEPENDENT_BENIGN.values():
        assert set(by_lang) == set(LANGUAGES)
        assert all(len(set(ps)) == 4 for ps in by_lang.values())


def test_it_shares_no_phrasing_and_no_group_with_the_corpus() -> None:
    corpus_phrases = {
        p
        for table in (BENIGN, BENIGN_EXTRA)
        for by in table.values()
        for ps in by.values()
        for p in ps
    }
    independent = {p for by in INDEPENDENT_BENIGN.values() for ps in by.values() for p in ps}
    assert not corpus_phrases & independent
    groups = {e.group for e in build_corpus(1, 1)}
    ind = list(independent_benign_examples(2, 0))
    assert len(ind) == 2 * 600 and not groups & {e.group for e in ind}
    assert all(e.label == "none" for e in ind)


def test_summary_pools_languages_and_sources() -> None:
    k = {("ru", "chat", "g1"): 2, ("ru", "homework", "g2"): 0, ("en", "chat", "g3"): 0}
    n = {("ru", "chat", "g1"): 100, ("ru", "homework", "g2"): 100, ("en", "chat", "g3"): 200}
    s = pooled_fp(k, n)
    assert s["fp_pooled"]["k"] == 2 and s["fp_pooled"]["n"] == 400
    assert s["fp_pooled"]["clusters"] == 3
    assert s["fp_by_language"]["ru"]["rate"] == 0.01
    assert s["fp_by_source"]["chat"]["rate"] == 2 / 300
    assert s["worst_language_fp_over_average"] == 0.01 / (2 / 400)
    assert s["worst_language"] == "ru" and set(s["fp_over_average_ci95_by_language"]) == {
        "ru",
        "en",
    }
    assert pooled_fp({}, {})["worst_language_fp_over_average"] is None


def test_clustered_intervals_are_wider_when_one_phrasing_carries_the_hits() -> None:
    # 40 phrasings of 24 requests: the same 24 false positives from one phrasing, or spread
    # one per phrasing over 24 phrasings. Clopper-Pearson over requests cannot tell them apart.
    one = {("ja", "chat", f"g{i}"): (24 if i == 0 else 0) for i in range(40)}
    spread = {("ja", "chat", f"g{i}"): (1 if i < 24 else 0) for i in range(40)}
    n = {key: 24 for key in one}
    a, b = pooled_fp(one, n)["fp_pooled"], pooled_fp(spread, n)["fp_pooled"]
    assert a["ci95"] == b["ci95"] and a["rate"] == b["rate"] == 24 / 960
    assert a["ci95_clustered"][1] > b["ci95_clustered"][1] >= b["ci95"][1]
