"""Stage `web`."""
