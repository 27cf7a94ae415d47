"""Writing an evaluation's three files: evaluation.json, evaluation.md, evaluation.png."""

from __future__ import annotations

import json
from pathlib import Path

from distillwatch.contract.errors import InputError
from distillwatch.evaluate.evaluation import Evaluation
from distillwatch.evaluate.plot import write_plot
from distillwatch.evaluate.report import render_markdown

JSON_NAME, MARKDOWN_NAME, PLOT_NAME = "evaluation.json", "evaluation.md", "evaluation.png"


def write_outputs(ev: Evaluation, out_dir: Path) -> list[Path]:
    paths = [out_dir / JSON_NAME, out_dir / MARKDOWN_NAME, out_dir / PLOT_NAME]
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        document = json.dumps(ev.as_dict(), indent=2, allow_nan=False)
        paths[0].write_text(document + "\n", encoding="utf-8")
        paths[1].write_text(render_markdown(ev, PLOT_NAME), encoding="utf-8")
        write_plot(ev, paths[2])
    except OSError as e:
        raise InputError(f"{out_dir}: cannot write the evaluation there ({e})") from e
    return paths
