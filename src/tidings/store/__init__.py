"""Stage `store`."""
