"""Stable document ids from the clean text (defined in :mod:`tidings._ids`)."""

from __future__ import annotations

from .._ids import document_id, normalize_for_id

__all__ = ["document_id", "normalize_for_id"]
