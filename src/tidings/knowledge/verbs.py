"""Reader of PETRARCH / TABARI CAMEO verb dictionaries (flat text), a user-supplied source of verb patterns.

A verb dictionary holds synonym sets and verb blocks::

    &SYNSET_NAME                      # a synonym set ...
    +WORD                             # ... and its members ("_" joins a phrase)

    ---  GIVE   [070]  ---            # a verb block and its default code ([---]: none)
    GIVE {GIVES GAVE GIVEN GIVING}    # verbs of the block, irregular forms in braces
    +HAND_OVER [0711]                 # a phrasal verb, optionally with a code of its own
    - * AID (TO +)  [070]  # GIVE     # patterns: words before and after the verb (*)

In a pattern, ``(PREP WORDS)`` is a prepositional phrase, ``{A B}`` a noun
phrase, ``&NAME`` any member of a synonym set, ``$`` and ``+`` mark where the
source and the target stand. Codes are ``[code]``, ``[code:code]`` (the second
code is what the target does in return) or ``[---]`` (no event).

:func:`read_verb_dictionary` returns the blocks as plain data; the coder turns
them into trigger rows (see :func:`tidings.code._event_lexicon.verb_rows`).
Nothing of a dictionary is copied into the project: users name their files in
``Options.verb_dictionaries`` and they are read at run time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from .._errors import KnowledgeError

__all__ = ["VerbDictionary", "VerbBlock", "Verb", "Pattern", "read_verb_dictionary"]

_BLOCK = re.compile(r"^-{3}\s+(.+?)\s*(?:\[([^\]]*)\]\s*-{3}|#{3})?\s*$")
_CODE = re.compile(r"\[([^\]]*)\]")


@dataclass(frozen=True)
class Pattern:
    """One pattern line: the elements before and after the verb, and its code."""

    before: tuple[str, ...]  # raw elements ("&MILITARY", "$", "FORCES")
    after: tuple[str, ...]  # raw elements ("AID", "(TO +)", "{RELIEF ASSISTANCE}")
    code: Optional[str]  # the source->target code; None for [---] or a reciprocal-only code
    reciprocal: Optional[str]  # the second part of [a:b]
    line: int


@dataclass(frozen=True)
class Verb:
    """A verb of a block: its words (a phrasal verb has several), irregular forms and its own code."""

    words: tuple[str, ...]  # lower case: ("hand", "over")
    forms: tuple[str, ...]  # lower case irregular forms of the first word
    code: Optional[str]  # its own code, else None (the block's applies)
    line: int


@dataclass
class VerbBlock:
    """A ``--- NAME [code] ---`` block: its verbs and patterns."""

    name: str
    code: Optional[str]
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)
    line: int = 0


@dataclass
class VerbDictionary:
    """The synonym sets and verb blocks of one dictionary file."""

    path: str
    synsets: dict[str, frozenset[str]] = field(default_factory=dict)  # "&MILITARY" -> {"army", "troops", ...}
    blocks: list[VerbBlock] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (line, why) of lines that could not be read

    def expand(self, element: str) -> frozenset[str]:
        """The lower-case words an element stands for: a synonym set's members, else the word itself."""
        key = element.upper().rstrip("_")
        if key.startswith("&"):
            return self.synsets.get(key, frozenset())
        word = element.strip("_").replace("_", " ").lower()
        return frozenset({word}) if word else frozenset()


def _code(body: str) -> tuple[Optional[str], Optional[str]]:
    """``(code, reciprocal)`` of a code body: "042:043" -> ("042", "043"); "---" -> (None, None)."""
    body = body.strip()
    if not body or body.strip("-") == "":
        return None, None
    first, _, second = body.partition(":")
    first, second = first.strip(), second.strip()
    ok = re.compile(r"\d{2,4}")
    return (first if ok.fullmatch(first) else None), (second if ok.fullmatch(second) else None)


def _elements(text: str) -> list[str]:
    """Split pattern text into elements at spaces and ``_`` (words that must be adjacent), keeping ``(...)`` and ``{...}`` groups whole."""
    out: list[str] = []
    buf = ""
    depth = 0
    for ch in text:
        if ch in "({":
            depth += 1
        elif ch in ")}":
            depth = max(0, depth - 1)
        if (ch.isspace() or ch == "_") and depth == 0:
            if buf:
                out.append(buf)
            buf = ""
        else:
            buf += ch
    if buf:
        out.append(buf)
    return out


def read_verb_dictionary(path: str | Path, *, strict: bool = False) -> VerbDictionary:
    """Read a PETRARCH/TABARI verb dictionary.

    A line that cannot be read is skipped and listed in ``skipped`` (line,
    why), as real dictionaries hold a few; with ``strict`` it raises
    :class:`~tidings.KnowledgeError` naming the file and line. A file without
    any verb block raises either way.
    """
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise KnowledgeError(f"cannot read verb dictionary: {exc.strerror or exc}", path=str(p)) from None
    vd = VerbDictionary(str(p))

    def skip(lineno: int, why: str) -> None:
        if strict:
            raise KnowledgeError(f"line {lineno}: {why}", path=str(p))
        vd.skipped.append((lineno, why))
    synset: Optional[str] = None
    block: Optional[VerbBlock] = None
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("<") and stripped.endswith(">"):  # <!-- --> or <Tag> lines of older files
            continue
        m = _BLOCK.match(stripped)
        if m:
            code, _ = _code(m.group(2) or "")
            block = VerbBlock(m.group(1).strip().replace("_", " ").lower(), code, line=lineno)
            vd.blocks.append(block)
            synset = None
            continue
        if stripped.startswith("&"):
            synset = stripped.split()[0].upper().rstrip("_")
            vd.synsets.setdefault(synset, frozenset())
            block = None
            continue
        if synset is not None and stripped.startswith("+"):
            word = stripped[1:].split()[0].strip("_").replace("_", " ").lower()
            if word:
                vd.synsets[synset] = vd.synsets[synset] | {word}
            continue
        if block is None:
            skip(lineno, "a verb or pattern outside any '--- NAME [code] ---' block")
            continue
        if stripped.startswith("-"):
            codes = _CODE.findall(stripped)
            if not codes:
                skip(lineno, "a pattern without a [code]")
                continue
            elements = _elements(_CODE.sub(" ", stripped[1:]).replace("*", " * "))
            if "*" not in elements:
                skip(lineno, "a pattern without the verb's place '*'")
                continue
            i = elements.index("*")
            code, reciprocal = _code(codes[-1])
            block.patterns.append(Pattern(tuple(elements[:i]), tuple(elements[i + 1:]), code, reciprocal, lineno))
            continue
        # a verb line: WORD or +PHRASAL_WORDS, optional {forms}, optional [code]
        codes = _CODE.findall(stripped)
        own, _ = _code(codes[0]) if codes else (None, None)
        body = _CODE.sub(" ", stripped)
        forms_text = ""
        if "{" in body:
            body, _, rest = body.partition("{")
            forms_text = rest.split("}", 1)[0]
        head = body.split()
        if not head:
            skip(lineno, "cannot read the verb")
            continue
        words = tuple(w for w in head[0].lstrip("+").strip("_").lower().split("_") if w)
        if not words:
            continue
        forms = tuple(f.lstrip("+").strip("_").lower().split("_")[0] for f in forms_text.split() if f.strip("+_"))
        block.verbs.append(Verb(words, forms, own, lineno))
    if not vd.blocks:
        raise KnowledgeError("no verb blocks found (is this a verb dictionary?)", path=str(p),
                             fix="verb dictionaries hold '--- NAME [code] ---' blocks; actor dictionaries go in actor_dictionaries")
    return vd
