"""Evaluation of a scan against ground truth: account, campaign and leak metrics with exact
intervals (`metrics`), merged across runs (`merge`), rendered as JSON, Markdown and a plot."""
