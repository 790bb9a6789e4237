"""Boilerplate removal for plain-text articles, by general rules.

The text is cut into lines (with their offsets in the raw text) grouped in
blocks separated by blank lines. Each line is judged by

- its shape: words, whether it reads as a sentence (ends in sentence
  punctuation and has at least five words, or is long), whether it holds
  letters at all, whether it is a ``|``-separated menu, an unfilled template;
- vocabulary (``tidings/data/read/boilerplate.toml``): paywall and
  subscription prompts, cookie notices, comment forms, share and promo
  lines, newsletter sign-ups, copyright lines, photo credits. Vocabulary
  rules only apply to short lines (``max_words``) so prose is never cut;
- its position: after a comment-form marker (``Leave a Reply``) everything
  is the comment section; after the last prose line, short non-sentence
  lines are page furniture (``tail``); a block that is mostly boilerplate
  loses its other short lines too.

Section headings (short lines without sentence punctuation followed by
prose) are part of the article and kept as their own paragraphs. Photo
credits such as ``(NAME/AGENCY/Getty Images)`` are cut out of a line even
when glued to the next sentence. Every removal is recorded with a reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Optional

from ._data import BoilerplateRules

__all__ = ["Line", "split_lines", "classify_lines", "fold", "is_prose", "count_words", "credit_spans"]

_WS = re.compile(r"[\s\u200b\ufeff]+")
_WORD = re.compile(r"[^\W_][\w'’.-]*", re.UNICODE)
_BULLET = re.compile(r"^[•·▪◦‣●■▶►*]\s*|^[-–]\s+")
_END = re.compile(r"[.!?…][\"'”’)\]]*$|[.!?…]\s*\(\w[^()]*\)$")
_MENU_SEP = re.compile(r"\s[|»›•·]\s|\s\|\s?|\s?\|\s")
_CREDIT = re.compile(r"\(([^()\n]{3,120}?/[^()\n]{2,120}?)\)")


def fold(text: str) -> str:
    """Whitespace folded to single spaces (no-break and other spaces too)."""
    return _WS.sub(" ", text).strip()


def count_words(text: str) -> int:
    """Number of words (runs of letters and digits with inner apostrophes, dots, hyphens)."""
    return len(_WORD.findall(text))


def is_prose(text: str, words: Optional[int] = None) -> bool:
    """Reads as a sentence: ends in sentence punctuation with 5+ words, or is long."""
    words = count_words(text) if words is None else words
    return (words >= 5 and bool(_END.search(text))) or words >= 30


@dataclass
class Line:
    """One (joined) line of a plain-text article with its raw offsets and its judged role."""

    text: str  # folded content (bullet marker dropped)
    start: int  # offsets of the content in the raw text
    end: int
    block: int  # index of the blank-line separated block
    words: int
    prose: bool
    role: str = "body"  # body | heading | removed | title | subtitle | byline | date | republication
    reason: Optional[str] = None
    cuts: list[tuple[int, int, str]] = field(default_factory=list)  # raw spans cut out of the line
    raw: str = ""  # raw[start:end]

    @property
    def kept(self) -> bool:
        """The line stays in the clean text."""
        return self.role in {"body", "heading", "subtitle"}


def split_lines(raw: str) -> list[Line]:
    """Non-blank lines of ``raw`` with their raw offsets and block numbers.

    Hard-wrapped paragraphs are joined into one line: a line continues on
    the next when it is at least 45 characters long, does not end a sentence
    and the next starts in lower case, or when the whole block has the even
    width of wrapped text (three or more lines of 45 to 100 characters).
    """
    physical: list[tuple[int, int, int]] = []  # (start, end, block)
    block = 0
    pos = 0
    blank = True
    for chunk in raw.split("\n"):
        start = pos
        pos += len(chunk) + 1
        if not fold(chunk):
            if not blank:
                block += 1
            blank = True
            continue
        blank = False
        s = start + _leading_space(chunk)
        e = start + len(chunk.rstrip(" \t\u00a0\u3000"))
        physical.append((s, e, block))
    groups: list[list[tuple[int, int, int]]] = []
    for item in physical:
        if groups and groups[-1][-1][2] == item[2] and _continues(raw, groups[-1][-1], item, physical):
            groups[-1].append(item)
        else:
            groups.append([item])
    lines: list[Line] = []
    for group in groups:
        s, e, blk = group[0][0], group[-1][1], group[0][2]
        content = fold(raw[s:e])
        m = _BULLET.match(content)
        if m and re.search(r"[^\W\d_]", content[m.end():]):
            content = content[m.end():]
            s = _skip_bullet(raw, s, e)
        words = count_words(content)
        lines.append(Line(content, s, e, blk, words, is_prose(content, words), raw=raw[s:e]))
    return lines


def _continues(raw: str, prev: tuple[int, int, int], nxt: tuple[int, int, int], physical: list[tuple[int, int, int]]) -> bool:
    a = fold(raw[prev[0]:prev[1]])
    b = fold(raw[nxt[0]:nxt[1]])
    if _BULLET.match(b):
        return False
    if len(a) >= 45 and not _END.search(a) and b[:1].islower():
        return True
    members = [fold(raw[s:e]) for s, e, blk in physical if blk == prev[2]]
    widths = [len(m) for m in members[:-1]]
    return len(members) >= 3 and min(widths) >= 45 and max(widths) <= 100 and max(widths) - min(widths) <= 30


def _leading_space(chunk: str) -> int:
    i = 0
    while i < len(chunk) and (chunk[i].isspace() or chunk[i] in "\u00a0\u200b\ufeff"):
        i += 1
    return i


def _skip_bullet(raw: str, s: int, e: int) -> int:
    i = s + 1
    while i < e and (raw[i].isspace() or raw[i] == "\u00a0"):
        i += 1
    return i


def credit_spans(text: str, credit_words: set[str]) -> list[tuple[int, int]]:
    """Spans of parenthesised photo credits ``(NAME/AGENCY/Getty Images)`` in ``text``."""
    spans: list[tuple[int, int]] = []
    for m in _CREDIT.finditer(text):
        inner = m.group(1)
        parts = [p.strip() for p in inner.split("/")]
        if len(parts) < 2 or any(not p for p in parts) or len(inner.split()) > 12:
            continue
        tokens = {t.lower() for p in parts for t in re.findall(r"[A-Za-z]+", p)}
        phrases = {p.lower() for p in parts}
        named = bool(tokens & credit_words or phrases & credit_words)
        upper = all(p.replace(".", "").replace("-", " ").replace("'", "").replace(" ", "").isupper() for p in parts)
        if named or upper:
            spans.append((m.start(), m.end()))
    return spans


def _is_menu(line: Line) -> bool:
    items = [i for i in _MENU_SEP.split(line.text) if i.strip()]
    return len(items) >= 3 and all(count_words(i) <= 4 for i in items) and not line.prose


def _match_rules(line: Line, rules: BoilerplateRules, menus: bool = True) -> Optional[str]:
    text = line.text
    if line.words <= 15 and any(p.search(text) for p in rules.templates):
        return "template"
    if not re.search(r"[^\W\d_]", text):
        return "noise"
    for rule in rules.rules:
        if line.words > rule.max_words or (line.prose and not rule.sentence_ok):
            continue
        if any(p.search(text) for p in rule.patterns):
            return rule.reason
    if not line.prose and line.words <= 8:
        tokens = [t.lower() for t in re.findall(r"[^\W\d_][\w-]*", text)]
        if tokens and all(t in rules.share_words for t in tokens) and any(t != "more" and t != "this" and t != "on" for t in tokens):
            return "share"
    if menus and _is_menu(line):  # off for HTML text, where tables come out as "a | b | c"
        return "navigation"
    return None


_COMMENT_MARKER = re.compile(
    r"^(leave a (reply|comment)|post a comment|add (a|your) comment|\d+ (comments?|responses?|replies)|comments?|responses?|discussion|join the (discussion|conversation))\s*:?\s*(\(\d+\))?$",
    re.IGNORECASE,
)


def classify_lines(lines: list[Line], rules: BoilerplateRules, *, keep: Callable[[Line], bool] = lambda line: False, position: bool = True) -> None:
    """Mark boilerplate lines (``role='removed'`` with a reason) and headings, in place.

    ``keep(line)`` protects lines another rule has claimed (editor's notes).
    ``position=False`` applies only the line rules (text already extracted
    from HTML, whose layout is not that of a page).
    """
    for line in lines:
        if keep(line):
            continue
        reason = _match_rules(line, rules, menus=position)
        if reason:
            line.role, line.reason = "removed", reason
        else:
            for s, e in credit_spans(line.raw, rules.credit_words):
                line.cuts.append((line.start + s, line.start + e, "photo-credit"))
            if line.cuts and not line_text(line):
                line.role, line.reason, line.cuts = "removed", "photo-credit", []

    if position:
        _position_rules(lines, keep)
    # headings: short kept lines followed by prose
    for i, ln in enumerate(lines):
        if ln.role == "body" and not ln.prose and any(n.kept and n.prose for n in lines[i + 1:]):
            ln.role = "heading"


def _position_rules(lines: list[Line], keep: Callable[[Line], bool]) -> None:
    first_prose = next((i for i, ln in enumerate(lines) if ln.kept and ln.prose), None)
    # comment section: from a comment marker after the article's prose to the end
    if first_prose is not None:
        for i in range(first_prose + 1, len(lines)):
            ln = lines[i]
            if ln.reason == "comment-form" or (not ln.prose and _COMMENT_MARKER.match(ln.text)):
                for later in lines[i:]:
                    if not keep(later):
                        later.role, later.reason, later.cuts = "removed", "comment-form", []
                break

    # blocks that are mostly boilerplate lose their other short lines
    by_block: dict[int, list[Line]] = {}
    for ln in lines:
        by_block.setdefault(ln.block, []).append(ln)
    for members in by_block.values():
        removed = [m for m in members if m.role == "removed"]
        if len(members) >= 2 and len(removed) * 2 >= len(members):
            reasons = [m.reason for m in removed]
            reason = max(set(reasons), key=reasons.count)
            for m in members:
                if m.kept and not m.prose and not keep(m):
                    m.role, m.reason = "removed", reason

    # page furniture after the last prose line
    last_prose = max((i for i, ln in enumerate(lines) if ln.kept and ln.prose), default=None)
    if last_prose is not None:
        for ln in lines[last_prose + 1:]:
            if ln.kept and not ln.prose and not keep(ln):
                ln.role, ln.reason = "removed", "tail"


def line_text(line: Line) -> str:
    """The line's folded text with its cuts (raw offsets) removed."""
    if not line.cuts:
        return line.text
    out: list[str] = []
    pos = line.start
    for s, e, _ in sorted(line.cuts):
        out.append(line.raw[pos - line.start:s - line.start])
        pos = e
    out.append(line.raw[pos - line.start:])
    return fold("".join(out))
