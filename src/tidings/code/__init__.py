"""Stage `code`."""
