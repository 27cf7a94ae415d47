"""Rendering one `Evaluation`: the rows of the main table (shared by the console and the
Markdown report), the Markdown report itself, and the console output.

Benign personas' false-positive rates sit in the same table as attack recall, one row per
persona, same columns: a detector that buys recall with honest users' accounts shows it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from distillwatch.evaluate.evaluation import Evaluation
from distillwatch.evaluate.intervals import Rate, format_rate

METRIC_TITLES = {
    "recall": "recall",
    "false_positive_rate": "false-positive rate",
    "precision": "precision",
    "campaign_recall": "campaign recall",
}


@dataclass(frozen=True, slots=True)
class TableRow:
    metric: str
    group: str
    rate: Rate
    overall: bool

    @property
    def cells(self) -> list[str]:
        lo, hi = self.rate.interval
        value = "n/a" if self.rate.value is None else f"{100 * self.rate.value:.1f}%"
        return [
            METRIC_TITLES[self.metric],
            self.group,
            str(self.rate.n),
            str(self.rate.k),
            value,
            f"[{100 * lo:.1f}, {100 * hi:.1f}]",
        ]


HEADERS = ["metric", "group", "n", "k", "rate", "95% CI (%)"]


def table_rows(ev: Evaluation) -> list[TableRow]:
    """Overall recall, then attack personas; overall FPR, then benign personas; precision;
    campaign recall."""
    acc = ev.accounts
    rows = [TableRow("recall", "all attack accounts", acc.recall, True)]
    rows += [
        TableRow("recall", g.persona, g.rate, False) for g in acc.by_persona if g.label == "attack"
    ]
    rows.append(
        TableRow("false_positive_rate", "all benign accounts", acc.false_positive_rate, True)
    )
    rows += [
        TableRow("false_positive_rate", g.persona, g.rate, False)
        for g in acc.by_persona
        if g.label == "benign"
    ]
    rows.append(TableRow("precision", "flagged labeled accounts", acc.precision, True))
    rows.append(
        TableRow(
            "campaign_recall",
            f"true campaigns (>= {ev.campaigns.threshold:.0%} flagged)",
            ev.campaigns.recall,
            True,
        )
    )
    return rows


def headline(ev: Evaluation) -> list[str]:
    """The few lines under the table: recall clustered by campaign, purity, split, leak,
    coverage."""
    c = ev.campaigns
    purity = c.purity_summary()
    split = c.split_summary()
    acc = ev.accounts
    lo, hi = acc.recall_interval_by_campaign
    lines = [
        f"recall interval clustered by campaign ({len(acc.by_campaign)} campaigns and solo "
        f"accounts; one campaign's accounts are caught or missed together): "
        f"[{100 * lo:.1f}, {100 * hi:.1f}]"
    ]
    if purity["mean"] is not None:
        lines.append(
            f"campaign purity: mean {purity['mean']:.3f} over {purity['n']} detected campaigns "
            f"({purity['pure']} pure, median {purity['median']:.3f}, min {purity['min']:.3f})"
        )
    else:
        lines.append("campaign purity: no detected campaign with labeled accounts")
    if c.true_campaigns and not c.detected:
        lines.append(
            f"true campaigns split: no campaign detected; all {len(c.true_campaigns)} "
            "true campaigns' accounts are unassigned"
        )
    elif c.true_campaigns:
        lines.append(
            f"true campaigns split: {split['in_one_piece']}/{len(c.true_campaigns)} in one "
            f"detected campaign, mean {split['mean_pieces']:.2f} pieces, largest piece holds "
            f"{split['mean_largest_piece_share']:.1%} on average"
        )
    leak = ev.leak
    if leak.fraction is not None:
        lines.append(
            f"leak fraction: {leak.fraction:.2%} of attack exchanges served before the flag "
            f"({leak.leaked:,} of {leak.total:,})"
        )
    lines.append(
        f"accounts: {ev.coverage.labeled} labeled, {ev.coverage.scanned} scanned, "
        f"{len(ev.coverage.missing_from_scan)} labeled but not scanned (not flagged), "
        f"{len(ev.coverage.unlabeled_in_scan)} scanned but unlabeled (excluded)"
    )
    return lines


def render_markdown(ev: Evaluation, plot_name: str | None = "evaluation.png") -> str:
    out = [
        f"# Evaluation of `{ev.scan_dir}`",
        "",
        f"Ground truth: `{ev.labels_path}`"
        + (f"; exchanges: {', '.join(f'`{d}`' for d in ev.data)}" if ev.data else "")
        + f". Intervals are exact (Clopper–Pearson) at {1 - ev.alpha:.0%}."
        " Definitions: docs/evaluation.md.",
        "",
        "## Detection by persona",
        "",
        "Attack personas show recall, benign personas show the false-positive rate.",
        "",
        *_md_table(
            HEADERS, [r.cells for r in table_rows(ev)], bold=[r.overall for r in table_rows(ev)]
        ),
        "",
        *(f"- {line}" for line in headline(ev)),
        "",
        "## Precision by persona (one-vs-rest)",
        "",
        "Precision if this persona were the only one of its label (definitions in docs/evaluation.md).",
        "",
        *_md_table(
            ["persona", "label", "precision", "95% CI"],
            [[g.persona, g.label, *_rate_pair(g.precision)] for g in ev.accounts.by_persona],
        ),
        "",
        "## Campaigns",
        "",
        *_md_table(
            [
                "true campaign",
                "personas",
                "accounts",
                "flagged",
                "detected",
                "pieces",
                "largest piece",
                "unassigned",
            ],
            [
                [
                    t.campaign_id,
                    ", ".join(t.personas),
                    str(t.accounts),
                    str(t.flagged),
                    "yes" if t.detected else "no",
                    str(len(t.pieces)),
                    f"{t.largest_piece_share:.0%}",
                    str(t.unassigned),
                ]
                for t in ev.campaigns.true_campaigns
            ],
        ),
        "",
        "Purity of detected campaigns (share of its labeled accounts in its largest true campaign):",
        "",
        *_md_table(
            ["purity", "detected campaigns"],
            [
                [
                    f"[{h['from']:.1f}, {h['to']:.1f}{']' if h['to'] == 1.0 else ')'}",
                    str(h["count"]),
                ]
                for h in ev.campaigns.purity_summary()["histogram"]
            ],
        ),
        "",
        "## Leak before containment",
        "",
        *_md_table(
            ["persona", "leaked", "attack exchanges", "fraction"],
            [
                ["**all**", f"{ev.leak.leaked:,}", f"{ev.leak.total:,}", _pct(ev.leak.fraction)],
                *(
                    [p, f"{lk:,}", f"{t:,}", _pct(lk / t if t else None)]
                    for p, (lk, t) in sorted(ev.leak.by_persona.items())
                ),
            ],
        ),
        "",
        f"Threshold curve: AUC {_num(ev.curve.auc)}; operating point recall "
        f"{_pct(ev.curve.operating_recall)} at false-positive rate {_pct(ev.curve.operating_fpr)}.",
    ]
    if plot_name:
        out += ["", f"![recall vs false-positive rate and leak over time]({plot_name})"]
    if ev.notes:
        out += ["", "## Notes", "", *(f"- {n}" for n in ev.notes)]
    skipped = ev.input_report.examples
    if skipped:
        out += ["", "## Skipped lines", ""]
        out += [f"- `{b.file}` line {b.line}: {b.reason}: {b.detail}" for b in skipped[:20]]
    return "\n".join(out) + "\n"


def print_console(ev: Evaluation, written: list[Path]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(title="distillwatch evaluate", title_justify="left")
    for h in HEADERS:
        table.add_column(h, justify="right" if h in ("n", "k", "rate") else "left")
    rows = table_rows(ev)
    for i, r in enumerate(rows):
        last_of_block = i + 1 < len(rows) and rows[i + 1].metric != r.metric
        table.add_row(*r.cells, style="bold" if r.overall else None, end_section=last_of_block)
    console.print(table)
    for line in headline(ev):
        console.print(line, highlight=False)
    for note in ev.notes:
        console.print(f"[yellow]note:[/yellow] {note}", highlight=False)
    for b in ev.input_report.examples[:5]:
        console.print(
            f"[yellow]skipped:[/yellow] {b.file}:{b.line}: {b.reason}: {b.detail}", highlight=False
        )
    console.print("wrote " + ", ".join(str(p) for p in written), highlight=False)


def _md_table(
    headers: list[str], rows: list[list[str]], bold: list[bool] | None = None
) -> list[str]:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    for i, row in enumerate(rows):
        cells = [c.replace("|", "\\|") for c in row]
        if bold and bold[i]:
            cells = [f"**{c}**" for c in cells]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _rate_pair(r: Rate) -> list[str]:
    text = format_rate(r)
    if r.value is None:
        return ["n/a", "n/a"]
    value, ci = text.split(" ", 1)
    return [value, ci]


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:.2f}%"


def _num(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"
