"""Bytes to text: size cap, binary detection, one decoding policy, Unicode normalisation.

The decoding policy (``docs/reading.md``, "Decoding"), in order:

1. empty -> :class:`~tidings.EmptyInput`; over the cap -> :class:`~tidings.TooLarge`;
2. a byte-order mark decides: UTF-32/UTF-16 are decoded strictly
   (:class:`~tidings.DecodeError` when invalid); a UTF-8 mark is UTF-8 by the
   rules of step 5 (a few bad bytes repaired, more refused);
3. known binary magic numbers, NUL bytes (unless the text is UTF-16 without a
   mark: NULs on alternate bytes) -> :class:`~tidings.BinaryInput`;
4. strict UTF-8;
5. UTF-8 with damage: when valid multi-byte UTF-8 characters outnumber the
   invalid sequences, the text is UTF-8 and each invalid sequence becomes
   U+FFFD; the count is recorded (``Decoded.replaced``);
6. a few stray bytes in otherwise ASCII text (at most 8, or 1 per 200
   bytes): when every one reads as a Western European letter of
   Windows-1252 next to a letter (``P\\xe9rez``) or as one of its
   typographic marks (``don\\x92t``), the text is cp1252; otherwise the
   bytes are junk and become U+FFFD (counted);
7. UTF-8 fails badly (more stray bytes than that): charset-normalizer's best
   guess, latin-1 read as cp1252 (the curly quotes of old news archives);
   :class:`~tidings.DecodeError` when it finds none.

The result depends only on the bytes, so the same input is always stored the
same way, whatever path it came by (file, JSONL, WARC record, ``read_article``).
Mojibake (UTF-8 read as cp1252, e.g. ``â€™``) in decoded text is repaired
with ftfy's ``fix_encoding``, which only changes text that is clearly mis-decoded.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from typing import NamedTuple, Optional

from .._errors import BinaryInput, DecodeError, EmptyInput, TooLarge

__all__ = ["Decoded", "decode", "decode_bytes", "normalize_unicode", "check_size", "MOJIBAKE_HINT"]

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
    b"WARC/": "WARC archive (name it .warc or .warc.gz)",
}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
MOJIBAKE_HINT = re.compile("[ÃÂâ][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")
_HIGH = re.compile(rb"[\x80-\xff]")
_TYPOGRAPHIC = set("‘’‚“”„–—…€£°·«»")
# letters of Western European languages in cp1252 (not ÿ, þ, ð, ƒ, µ, ª, º: rare in text, common as junk)
_LEGACY_LETTERS = set("àáâãäåæçèéêëìíîïñòóôõöøùúûüýßÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝœŒšŠžŽ")
REPLACEMENT = "\ufffd"


class Decoded(NamedTuple):
    """Decoded text, the encoding read, and how many invalid byte sequences became U+FFFD."""

    text: str
    encoding: str
    replaced: int = 0


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


def _utf8_damage(data: bytes) -> tuple[str, int, int]:
    """``data`` read as UTF-8 with replacement, the invalid sequences and the valid multi-byte characters."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count(REPLACEMENT) - data.count(REPLACEMENT.encode("utf-8"))
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    return text, bad, multibyte


def _few(size: int) -> int:
    return max(8, size // 200)


def _legacy_letters(data: bytes) -> bool:
    """Every byte over 0x7F reads in cp1252 as a letter inside a word or as a typographic mark."""
    for m in _HIGH.finditer(data):
        i = m.start()
        try:
            ch = data[i:i + 1].decode("cp1252")
        except UnicodeDecodeError:
            return False
        if ch in _TYPOGRAPHIC:
            continue
        if ch not in _LEGACY_LETTERS:
            return False
        before = data[i - 1:i]
        after = data[i + 1:i + 2]
        if not (before.isalpha() or after.isalpha() or (before and before[0] > 0x7F) or (after and after[0] > 0x7F)):
            return False
    return True


def decode(data: bytes, *, path: Optional[str] = None, max_bytes: Optional[int] = None) -> Decoded:
    """Decode article bytes by the policy of this module; raise a :class:`~tidings.ReadError` subclass when it cannot."""
    check_size(len(data), max_bytes, path)
    if not data.strip():
        raise EmptyInput("empty input", path=path)
    for bom, enc in _BOMS:
        if data.startswith(bom):
            if enc == "utf-8-sig":
                return _utf8_after_bom(data[len(bom):], path)
            try:
                return Decoded(_checked(data.decode(enc), path), enc)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid {enc} after its byte-order mark ({exc.reason})", path=path) from None
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise BinaryInput(f"binary file ({what})", path=path)
    if b"\x00" in data[:8000]:
        text = _utf16_without_bom(data)
        if text is not None:
            return Decoded(_checked(text, path), "utf-16")
        raise BinaryInput("binary file (NUL bytes)", path=path)
    try:
        return Decoded(_checked(data.decode("utf-8"), path), "utf-8")
    except UnicodeDecodeError:
        pass
    text, bad, multibyte = _utf8_damage(data)
    if multibyte > bad:
        return Decoded(_checked(text, path, bad), "utf-8", bad)
    if bad <= _few(len(data)):
        if _legacy_letters(data):
            return Decoded(_checked(data.decode("cp1252"), path), "cp1252")
        return Decoded(_checked(text, path, bad), "utf-8", bad)
    return _detect(data, path)


def _utf8_after_bom(data: bytes, path: Optional[str]) -> Decoded:
    try:
        return Decoded(_checked(data.decode("utf-8"), path), "utf-8-sig")
    except UnicodeDecodeError:
        pass
    text, bad, multibyte = _utf8_damage(data)
    if multibyte > bad or bad <= _few(len(data)):
        return Decoded(_checked(text, path, bad), "utf-8-sig", bad)
    raise DecodeError(f"invalid utf-8 after its byte-order mark ({bad} bad byte sequences)", path=path)


def _detect(data: bytes, path: Optional[str]) -> Decoded:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise DecodeError("not UTF-8, and no other text encoding fits", path=path)
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
    if encoding != "cp1252" and encoding.startswith(("cp125", "iso8859", "latin")):
        try:
            if data.decode("cp1252") == text:
                encoding = "cp1252"  # the same text either way: name the common Western one
        except UnicodeDecodeError:
            pass
    return Decoded(_checked(text, path), encoding)


def decode_bytes(data: bytes, *, path: Optional[str] = None, max_bytes: Optional[int] = None) -> tuple[str, str]:
    """Decode article bytes to ``(text, encoding)`` (see :func:`decode`, which also gives the repair count)."""
    decoded = decode(data, path=path, max_bytes=max_bytes)
    return decoded.text, decoded.encoding


def _checked(text: str, path: Optional[str], replaced: int = 0) -> str:
    if not text.strip():
        raise EmptyInput("input holds only whitespace", path=path)
    sample = text[:20000]
    if len(_CONTROL.findall(sample)) > 0.05 * len(sample):
        raise BinaryInput("binary file (control characters)", path=path)
    if replaced and replaced > 0.05 * len(text):
        raise DecodeError(f"{replaced:,} undecodable byte sequences, over 5% of the text", path=path)
    return text


def normalize_unicode(text: str) -> str:
    """LF newlines, mojibake repaired, control characters dropped, Unicode NFC."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    if MOJIBAKE_HINT.search(text):
        import ftfy

        text = ftfy.fix_encoding(text)
    text = _CONTROL.sub("", text.replace("\x00", ""))
    return unicodedata.normalize("NFC", text)
