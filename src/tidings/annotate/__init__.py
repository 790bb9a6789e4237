"""Stage `annotate`."""
