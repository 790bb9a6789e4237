"""Stage `read`."""
