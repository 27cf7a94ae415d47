"""Attack phrasing covers many languages and techniques; stats and CLI work end to end."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from typer.testing import CliRunner

from distillwatch.cli import app
from distillwatch.contract.readers import ReadReport, read_exchanges
from distillwatch.simulate.stats import guess_language, range_stats, stats_markdown
from distillwatch.simulate.text import extraction, tasks


def test_attack_phrasings_many_languages_and_techniques() -> None:
    assert len(extraction.ATTACK_LANGUAGES) >= 12
    probes = extraction.probe_techniques()
    assert len(set(probes)) >= 200
    rng = np.random.default_rng(0)
    variants = {extraction.cot_coercion(rng, "TASK", "en") for _ in range(200)}
    assert len(variants) >= 30  # paraphrase variety, not one template


def test_cot_wrappers_are_in_their_language() -> None:
    rng = np.random.default_rng(1)
    for lang in ("zh", "ru", "ja", "ko", "ar", "hi", "de", "es"):
        wrapped = extraction.cot_coercion(rng, "", lang)
        assert guess_language(wrapped) == lang, (lang, wrapped)


def test_math_items_have_worked_answers() -> None:
    rng = np.random.default_rng(2)
    for _ in range(100):
        it = tasks.math_word(rng)
        assert "?" in it.prompt and "The answer is" in it.answer and it.reasoning


def test_stats_cover_every_persona(small_range: Path) -> None:
    st = range_stats(small_range)
    rows = {r["persona"]: r for r in st["personas"]}
    assert rows["chat_app"]["end_user_share"] == 1.0
    assert rows["coding_agent"]["tools_share"] == 1.0
    assert (
        rows["hydra_reasoning"]["mean_asns_per_account"]
        > rows["light_user"]["mean_asns_per_account"]
    )
    assert sum(r["exchanges"] for r in rows.values()) == st["manifest_counts"]["exchanges"]
    assert "| hydra_reasoning |" in stats_markdown(st)


def test_cli_simulate_parquet_and_errors(tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "pq"
    r = runner.invoke(
        app,
        ["simulate", "--out", str(out), "--days", "2", "--accounts", "60", "--format", "parquet"],
    )
    assert r.exit_code == 0, r.output
    report = ReadReport()
    n = sum(1 for _ in read_exchanges([out / "exchanges"], report))
    assert n > 0 and report.skipped_total == 0
    bad = runner.invoke(app, ["simulate", "--out", str(tmp_path / "b"), "--format", "csv"])
    assert bad.exit_code == 2 and "--format must be one of" in bad.output
    assert bad.exception is None or isinstance(bad.exception, SystemExit)
