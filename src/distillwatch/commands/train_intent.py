"""`distillwatch train-intent` and `distillwatch eval-intent`: rebuild and evaluate the model."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

PairsOption = Annotated[
    bool,
    typer.Option(
        "--pairs/--no-pairs",
        help="Train on the contrast set too (paired attack/honest phrasings, business "
        "generation requests), as the shipped model is; --no-pairs leaves it out "
        "(docs/signals.md, 'The contrast set').",
    ),
]


def train_intent(
    out: Annotated[
        Path | None, typer.Option("--out", help="Model file to write (default: the shipped one).")
    ] = None,
    seed: Annotated[int, typer.Option(help="Corpus seed.")] = 0,
    pairs: PairsOption = True,
) -> None:
    """Train the intent/capability model from the project's own corpus (needs scikit-learn)."""
    try:
        import sklearn  # noqa: F401
    except ImportError:
        typer.echo("train-intent needs scikit-learn: pip install 'distillwatch[train]'", err=True)
        raise typer.Exit(2) from None
    from distillwatch.signals.model import default_model_path
    from distillwatch.signals.train import train_default

    model = train_default(seed=seed, pairs=pairs)
    path = out or default_model_path()
    model.save(path)
    typer.echo(
        f"wrote {path} (threshold {model.threshold:.4f}, {model.meta['corpus_size']} examples)"
    )


def eval_intent(
    out: Annotated[
        Path, typer.Option("--out", help="Results file (.json; a .md is written beside it).")
    ] = Path("benchmarks/results/intent_eval.json"),
    seed: Annotated[int, typer.Option(help="Corpus seed.")] = 0,
    attack_per_phrase: Annotated[int, typer.Option(help="Examples per attack phrasing.")] = 12,
    benign_per_phrase: Annotated[int, typer.Option(help="Examples per benign phrasing.")] = 60,
    pairs: PairsOption = True,
) -> None:
    """Leave-one-family-out evaluation with Clopper-Pearson intervals (needs scikit-learn)."""
    try:
        import sklearn  # noqa: F401
    except ImportError:
        typer.echo("eval-intent needs scikit-learn: pip install 'distillwatch[train]'", err=True)
        raise typer.Exit(2) from None
    from distillwatch.signals.evaluate_intent import evaluate, write_results

    results = evaluate(
        attack_per_phrase=attack_per_phrase,
        benign_per_phrase=benign_per_phrase,
        seed=seed,
        pairs=pairs,
        progress=lambda m: typer.echo(m, err=True),
    )
    write_results(results, out)
    typer.echo(f"wrote {out} and {out.with_suffix('.md')}")
