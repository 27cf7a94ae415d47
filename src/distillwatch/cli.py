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
    from distillwatch.commands import scan

    app.command("scan")(scan.scan)


_register()

if __name__ == "__main__":
    app()
