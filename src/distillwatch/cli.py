"""The `distillwatch` command line. Each command lives in `distillwatch.commands.<name>`;
modules import their heavy dependencies inside the command so `--help` stays fast."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="distillwatch",
    help="Detect, contain and attribute unauthorized distillation of a model served over an API.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _register() -> None:
    from distillwatch.commands import (
        calibrate,
        demo,
        evaluate,
        gateway,
        scan,
        signals,
        simulate,
        train_intent,
    )

    app.command("demo")(demo.demo)
    app.command("scan")(scan.scan)
    app.command("simulate")(simulate.simulate)
    app.command("evaluate")(evaluate.evaluate)
    app.command("signals")(signals.signals)
    app.add_typer(gateway.app, name="gateway")
    app.command("calibrate")(calibrate.calibrate)
    app.command("train-intent")(train_intent.train_intent)
    app.command("eval-intent")(train_intent.eval_intent)
    app.command("train-embedding-stage")(train_intent.train_embedding_stage)


_register()


def main() -> None:
    """The console script: a training command first re-runs itself with OpenBLAS pinned
    (`distillwatch.reproducible`); everything else runs as it is."""
    import sys

    from distillwatch.reproducible import rerun_pinned

    rerun_pinned(sys.argv[1:])
    app()


if __name__ == "__main__":
    app()
