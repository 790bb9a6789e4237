"""Stage `fuse`."""
