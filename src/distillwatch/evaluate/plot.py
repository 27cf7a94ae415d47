"""The evaluation figure: recall against false-positive rate as the score threshold varies
(with the scan's operating point) and cumulative leaked attack exchanges over time."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from distillwatch.evaluate.curves import thin_indices
from distillwatch.evaluate.evaluation import Evaluation

if TYPE_CHECKING:
    from matplotlib.axes import Axes

MAX_PLOTTED = 2000


def write_plot(ev: Evaluation, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (roc, leak) = plt.subplots(1, 2, figsize=(12, 4.8), dpi=110)
    try:
        _roc_panel(roc, ev)
        _leak_panel(leak, ev)
        fig.tight_layout()
        fig.savefig(path)
    finally:
        plt.close(fig)


def _roc_panel(ax: Axes, ev: Evaluation) -> None:
    c = ev.curve
    ax.step(c.false_positive_rate, c.recall, where="post", label="score threshold sweep")
    if c.operating_recall is not None and c.operating_fpr is not None:
        ax.plot(
            [c.operating_fpr],
            [c.operating_recall],
            "o",
            color="crimson",
            markersize=8,
            label=f"operating point (recall {c.operating_recall:.1%}, FPR {c.operating_fpr:.2%})",
        )
    auc = "n/a" if c.auc is None else f"{c.auc:.3f}"
    ax.set_title(f"Recall vs false-positive rate (AUC {auc})")
    ax.set_xlabel("false-positive rate (benign accounts flagged)")
    ax.set_ylabel("recall (attack accounts flagged)")
    n_benign = ev.accounts.false_positive_rate.n
    if n_benign >= 100:  # operating FPRs are small: spread the low end, keep 0 on the axis
        ax.set_xscale("symlog", linthresh=max(1.0 / n_benign, 1e-4), linscale=0.5)
        ax.set_xlim(0, 1.05)
    else:
        ax.set_xlim(-0.01, 1.01)
    ax.set_ylim(-0.01, 1.01)
    ax.grid(alpha=0.3)
    ax.legend(loc="lower right", fontsize=8)


def _leak_panel(ax: Axes, ev: Evaluation) -> None:
    tl = ev.timeline
    times, cum = tl.cumulative()
    if tl.served_times is not None and len(tl.served_times):
        idx = thin_indices(len(tl.served_times), MAX_PLOTTED)
        ax.step(
            _dates(tl.served_times[idx]),
            np.asarray(idx) + 1,
            where="post",
            linestyle="--",
            color="grey",
            label="attack exchanges served",
        )
    if len(times):
        idx = thin_indices(len(times), MAX_PLOTTED)
        ax.step(
            _dates(times[idx]),
            cum[idx],
            where="post",
            color="crimson",
            label="leaked before flag",
        )
    if tl.source == "data":
        title = "Leaked attack exchanges over time"
    else:
        title = "Leaked attack exchanges (approx.: placed at flagged_at, no --data)"
        if tl.untimed_leaked:
            ax.text(
                0.02,
                0.95,
                f"+{tl.untimed_leaked:,} leaked by unflagged accounts (no times)",
                transform=ax.transAxes,
                fontsize=8,
                va="top",
            )
    if not len(times) and tl.served_times is None:
        ax.text(0.5, 0.5, "no timed leak", ha="center", transform=ax.transAxes)
    ax.set_title(title, fontsize=10)
    ax.set_xlabel("time (UTC)")
    ax.set_ylabel("cumulative exchanges")
    ax.grid(alpha=0.3)
    if len(times) or tl.served_times is not None:
        ax.legend(loc="lower right", fontsize=8)
    for label in ax.get_xticklabels():
        label.set_rotation(20)
        label.set_fontsize(8)


def _dates(epochs: np.ndarray) -> np.ndarray:
    """Epoch seconds as UTC datetime64 (matplotlib's date axis reads these directly)."""
    return np.round(np.asarray(epochs) * 1000).astype("int64").astype("datetime64[ms]")
