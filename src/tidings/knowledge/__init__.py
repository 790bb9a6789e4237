"""Stage `knowledge`."""
