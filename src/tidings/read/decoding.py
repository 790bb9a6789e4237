"""Bytes to text: size cap, binary detection, encoding detection, Unicode normalisation.

Order of decisions for bytes: empty -> over the cap -> byte-order mark
(UTF-8/16/32) -> UTF-16 without BOM (NUL bytes on alternate positions) ->
binary (other NUL bytes or many control characters) -> strict UTF-8 ->
charset-normalizer's best guess (cp1252/latin-1 news archives and others).
Mojibake (UTF-8 read as cp1252, e.g. ``â€™``) is repaired with ftfy's
``fix_encoding``, which only changes text that is clearly mis-decoded.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from typing import Optional

from .._errors import BinaryInput, DecodeError, EmptyInput, TooLarge

__all__ = ["decode_bytes", "normalize_unicode", "check_size"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = {
    b"%PDF": "PDF document",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"PK\x03\x04": "ZIP archive (or Office document)",
    b"\x7fELF": "executable",
    b"SQLite format 3": "SQLite database",
}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_MOJIBAKE_HINT = re.compile("[ÃÂâ][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")


def check_size(size: int, max_bytes: Optional[int], path: Optional[str]) -> None:
    """Raise :class:`~tidings.TooLarge` when ``size`` is over a positive ``max_bytes``."""
    if max_bytes is not None and max_bytes > 0 and size > max_bytes:
        raise TooLarge(f"{size:,} bytes is over the cap of {max_bytes:,} bytes", path=path)


def _utf16_without_bom(data: bytes) -> Optional[str]:
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd = sample[1::2].count(0) / max(1, len(sample[1::2]))
    for ratio_a, ratio_b, enc in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if ratio_a > 0.3 and ratio_b < 0.05:
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                return None
    return None


def decode_bytes(data: bytes, *, path: Optional[str] = None, max_bytes: Optional[int] = None) -> tuple[str, str]:
    """Decode article bytes to ``(text, encoding)``; raise a :class:`ReadError` subclass when it cannot."""
    check_size(len(data), max_bytes, path)
    if not data.strip():
        raise EmptyInput("empty input", path=path)
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(enc), path), enc
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid {enc} after its byte-order mark ({exc.reason})", path=path) from None
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise BinaryInput(f"binary file ({what})", path=path)
    if b"\x00" in data[:8000]:
        text = _utf16_without_bom(data)
        if text is not None:
            return _checked(text, path), "utf-16"
        raise BinaryInput("binary file (NUL bytes)", path=path)
    try:
        return _checked(data.decode("utf-8"), path), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise DecodeError("cannot detect the text encoding", path=path)
    encoding = best.encoding
    # news archives labelled latin-1 are nearly always cp1252 (curly quotes in 0x80-0x9f)
    if encoding in {"latin_1", "iso8859_1", "iso-8859-1"}:
        encoding = "cp1252"
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        try:
            text = data.decode(best.encoding)
            encoding = best.encoding
        except (UnicodeDecodeError, LookupError):
            raise DecodeError(f"bytes are not valid {best.encoding}", path=path) from None
    return _checked(text, path), encoding


def _checked(text: str, path: Optional[str]) -> str:
    if not text.strip():
        raise EmptyInput("input holds only whitespace", path=path)
    sample = text[:20000]
    if len(_CONTROL.findall(sample)) > 0.05 * len(sample):
        raise BinaryInput("binary file (control characters)", path=path)
    return text


def normalize_unicode(text: str) -> str:
    """LF newlines, mojibake repaired, control characters dropped, Unicode NFC."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    if _MOJIBAKE_HINT.search(text):
        import ftfy

        text = ftfy.fix_encoding(text)
    text = _CONTROL.sub("", text.replace("\x00", ""))
    return unicodedata.normalize("NFC", text)
