"""The real-news event gold set: article list, texts, sentences and annotation passes.

The repository keeps only ids, offsets and labels (``data/gold``): the texts
are read at run time from the public corpora under ``../shared/eval``.

- ``articles.tsv``: one selected article a row (id, corpus, path relative to
  the data root, domain, split, part, sha1 of the plain text);
- ``sentences.tsv``: the frozen sentence split (article, number, start, end),
  made once by ``tools/gold/select_articles.py`` with the project's spaCy pipeline, so
  that sentence numbers do not move when the model changes;
- ``passes/<name>.jsonl``: compiled annotations, one sentence a line, with
  character offsets into the article text and no text.

Annotators write a *working* form with text snippets (``trigger``,
``source.text``); :func:`compile_records` turns it into the stored form and
rejects a snippet that is not in its sentence with a one-line error naming
the article and sentence. Guidelines: ``docs/gold-guidelines.md``.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import tomllib
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Mapping, Optional, Sequence

from .._errors import EvalDataError
from .dates import load_tml

__all__ = [
    "Article", "LABELS", "REASONS", "FACTUALITY", "GEOPARSING", "gold_dir", "load_articles", "load_sentences",
    "article_texts", "article_dates", "sha1", "cameo_codes", "sectors", "compile_records", "validate_stored", "load_pass", "pass_files",
    "missing_sentences", "cohen_kappa", "agreement",
]

LABELS = ("event", "no_event")
REASONS = ("background", "analysis", "generic", "listing", "boilerplate", "other")
FACTUALITY = ("happened", "reported_unconfirmed", "future", "hypothetical", "negated", "question")
# corpus name -> file under the data root
GEOPARSING = {"lgl": "geoparsing-dev/Corpora/lgl.xml", "trnews": "geoparsing-dev/Corpora/TR-News.xml",
              "geovirus": "geoparsing-dev/Corpora/GeoVirus.xml"}
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_COUNTRY = re.compile(r"^[A-Z]{3}$")
_COLUMNS = ("id", "corpus", "path", "domain", "split", "part", "sha1")


@dataclass(frozen=True)
class Article:
    """One selected article: where its text lives and how it is used."""

    id: str
    corpus: str  # tbaq, lgl, trnews, geovirus
    path: str  # relative to the data root; for XML corpora "file#key" (docid, or index for GeoVirus)
    domain: str
    split: str  # dev, cal, hold or test
    part: str  # part1 ... part16 (annotation chunk; see tools/gold/select_articles.py)
    sha1: str


def gold_dir() -> Path:
    """The packaged ``data/gold`` folder."""
    return Path(str(resources.files("tidings") / "data" / "gold"))


def load_articles(path: Optional[Path] = None) -> list[Article]:
    """The selected articles from ``articles.tsv`` (packaged one by default), in file order."""
    path = path or gold_dir() / "articles.tsv"
    try:
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    except OSError as exc:
        raise EvalDataError(f"cannot read article list: {exc.strerror}", path=str(path)) from None
    rows = list(csv.reader(lines, delimiter="\t"))
    if not rows or tuple(rows[0]) != _COLUMNS:
        raise EvalDataError(f"article list must start with the header {' '.join(_COLUMNS)}", path=str(path))
    out = []
    for n, row in enumerate(rows[1:], start=2):
        if len(row) != len(_COLUMNS):
            raise EvalDataError(f"row {n} has {len(row)} columns, expected {len(_COLUMNS)}", path=str(path))
        out.append(Article(*row))
    return out


def load_sentences(path: Optional[Path] = None) -> dict[str, list[tuple[int, int]]]:
    """Article id -> its sentences as (start, end) character offsets, numbered from 1 in list order."""
    path = path or gold_dir() / "sentences.tsv"
    out: dict[str, list[tuple[int, int]]] = defaultdict(list)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise EvalDataError(f"cannot read sentence list: {exc.strerror}", path=str(path)) from None
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("article\t"):
            continue
        art, n, start, end = line.split("\t")
        if int(n) != len(out[art]) + 1:
            raise EvalDataError(f"sentence {n} of {art} is out of order", path=str(path))
        out[art].append((int(start), int(end)))
    return dict(out)


def sha1(text: str) -> str:
    """The sha1 of a text (UTF-8)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _xml_field(file: Path, corpus: str, field: str) -> dict[str, str]:
    """Article key -> the text of one field of each article of an XML corpus (keyed as the gold set keys them)."""
    try:
        root = ET.parse(file).getroot()
    except (OSError, ET.ParseError) as exc:
        raise EvalDataError(f"cannot read {corpus} corpus: {exc}", path=str(file)) from None
    out: dict[str, str] = {}
    for i, art in enumerate(root.iter("article")):
        key = art.get("docid") or str(i)
        out[key if corpus != "geovirus" else str(i)] = art.findtext(field) or ""
    return out


def _xml_texts(file: Path, corpus: str) -> dict[str, str]:
    return _xml_field(file, corpus, "text")


def _xml_fetch_times(file: Path, corpus: str) -> dict[str, str]:
    return {k: v.strip() for k, v in _xml_field(file, corpus, "dltime").items()}


def article_texts(articles: Sequence[Article], root: Path, *, check: bool = True) -> dict[str, str]:
    """Article id -> plain text, read from the corpora under ``root``; each XML corpus is parsed once.

    With ``check`` a text whose sha1 differs from the one recorded raises
    :class:`~tidings.EvalDataError` naming the article (the corpus changed).
    """
    cache: dict[str, dict[str, str]] = {}
    out: dict[str, str] = {}
    for art in articles:
        if art.corpus == "tbaq":
            text = str(load_tml(root / art.path)["text"])
        elif art.corpus in GEOPARSING:
            file, _, key = art.path.partition("#")
            if file not in cache:
                cache[file] = _xml_texts(root / file, art.corpus)
            if key not in cache[file]:
                raise EvalDataError(f"article {art.id}: no article {key!r} in {file}", path=str(root / file))
            text = cache[file][key]
        else:
            raise EvalDataError(f"article {art.id}: unknown corpus {art.corpus!r}")
        if check and art.sha1 and sha1(text) != art.sha1:
            raise EvalDataError(f"article {art.id}: text sha1 {sha1(text)[:10]} differs from the recorded {art.sha1[:10]}",
                                path=str(root / art.path), fix="the corpus copy changed; rebuild the selection")
        out[art.id] = text
    return out


def article_dates(articles: Sequence[Article], root: Path) -> dict[str, Optional[str]]:
    """Article id -> the day the article is dated (ISO ``YYYY-MM-DD``), or ``None`` when its corpus gives none.

    TempEval files give their document creation time; LGL and TR-News give the
    time their collectors fetched each article (``dltime``, read as a written
    date: "2009-03-20 12:24:52-05", "7:58 AM ET, Sat January 3, 2015"), which
    the gold annotators were given as the article's date; GeoVirus gives none.
    """
    from ..time.recogniser import parse_written_date

    cache: dict[str, dict[str, str]] = {}
    out: dict[str, Optional[str]] = {}
    for art in articles:
        if art.corpus == "tbaq":
            out[art.id] = str(load_tml(root / art.path)["anchor"])[:10] or None
            continue
        if art.corpus not in GEOPARSING:
            out[art.id] = None
            continue
        file, _, key = art.path.partition("#")
        if file not in cache:
            cache[file] = _xml_fetch_times(root / file, art.corpus)
        day = parse_written_date(cache[file].get(key, ""))
        out[art.id] = day.isoformat() if day else None
    return out


def cameo_codes() -> dict[str, tuple[str, str]]:
    """CAMEO code -> (PLOVER type, PLOVER mode or "") from the packaged ``cameo/codes.tsv``."""
    text = (resources.files("tidings") / "data" / "cameo" / "codes.tsv").read_text(encoding="utf-8")
    out: dict[str, tuple[str, str]] = {}
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        code, _label, _g, _q, plover, mode = line.split("\t")
        out[code] = (plover, "" if mode == "-" else mode)
    return out


def sectors() -> frozenset[str]:
    """The sector (agent) codes of ``knowledge/sectors.toml``."""
    text = (resources.files("tidings") / "data" / "knowledge" / "sectors.toml").read_text(encoding="utf-8")
    return frozenset(tomllib.loads(text)["sectors"])


def _find(snippet: str, text: str, start: int, end: int, occurrence: int) -> Optional[tuple[int, int]]:
    """The ``occurrence``-th (from 1) whole-word match of ``snippet`` in ``text[start:end]``, as article offsets."""
    pattern = re.compile(("" if not snippet[:1].isalnum() else r"(?<!\w)") + re.escape(snippet)
                         + ("" if not snippet[-1:].isalnum() else r"(?!\w)"))
    hits = list(pattern.finditer(text, start, end))
    if not 1 <= occurrence <= len(hits):
        return None
    return hits[occurrence - 1].start(), hits[occurrence - 1].end()


class _Checker:
    def __init__(self) -> None:
        self.codes = cameo_codes()
        self.sectors = sectors()
        self.plover = {p for p, _ in self.codes.values()}

    def event(self, ev: Mapping[str, Any], where: str) -> list[str]:
        errs: list[str] = []
        code = str(ev.get("cameo") or "")
        if code not in self.codes:
            errs.append(f"{where}: unknown CAMEO code {code!r}")
        for root in ev.get("alt_roots") or []:
            if not (isinstance(root, str) and len(root) == 2 and root in self.codes):
                errs.append(f"{where}: alt_roots entry {root!r} is not a two-digit CAMEO root")
        if ev.get("plover") not in self.plover:
            errs.append(f"{where}: unknown PLOVER type {ev.get('plover')!r}")
        if ev.get("mode") is not None and not isinstance(ev.get("mode"), str):
            errs.append(f"{where}: mode must be a string or null")
        if ev.get("factuality") not in FACTUALITY:
            errs.append(f"{where}: factuality must be one of {', '.join(FACTUALITY)}")
        date = ev.get("date")
        if date is not None and not (isinstance(date, str) and _DATE.match(date)):
            errs.append(f"{where}: date {date!r} is not YYYY, YYYY-MM, YYYY-MM-DD or null")
        for role in ("source", "target"):
            actor = ev.get(role)
            if actor is None:
                continue
            if not isinstance(actor, Mapping):
                errs.append(f"{where}: {role} must be an object or null")
                continue
            country, sector = actor.get("country"), actor.get("sector")
            if country is not None and not (isinstance(country, str) and _COUNTRY.match(country)):
                errs.append(f"{where}: {role}.country {country!r} is not an ISO3 code or null")
            if sector is not None and sector not in self.sectors:
                errs.append(f"{where}: {role}.sector {sector!r} is not a code of sectors.toml")
        return errs

    def sentence(self, rec: Mapping[str, Any], where: str) -> list[str]:
        errs: list[str] = []
        label, reason, events = rec.get("label"), rec.get("reason"), rec.get("events") or []
        if label not in LABELS:
            errs.append(f"{where}: label must be event or no_event")
        elif label == "event" and not events:
            errs.append(f"{where}: label event needs at least one event")
        elif label == "no_event" and events:
            errs.append(f"{where}: label no_event must have no events")
        elif label == "no_event" and reason not in REASONS:
            errs.append(f"{where}: no_event needs a reason, one of {', '.join(REASONS)}")
        for k, ev in enumerate(events, start=1):
            errs.extend(self.event(ev, f"{where} event {k}"))
        return errs


def _span(snippet: Any, occurrence: Any, text: str, sent: tuple[int, int], what: str, where: str) -> tuple[Optional[list[int]], Optional[str]]:
    if snippet is None:
        return None, None
    if not isinstance(snippet, str) or not snippet.strip():
        return None, f"{where}: {what} must be a non-empty text snippet"
    occ = occurrence if isinstance(occurrence, int) else 1
    hit = _find(snippet, text, sent[0], sent[1], occ)
    if hit is None:
        return None, f"{where}: {what} {snippet!r} (occurrence {occ}) is not in the sentence"
    return [hit[0], hit[1]], None


def _with_plover(ev: Mapping[str, Any], codes: Mapping[str, tuple[str, str]]) -> dict[str, Any]:
    """The event with ``plover`` and ``mode`` taken from the CAMEO code's mapping when left out."""
    out = dict(ev)
    plover, mode = codes.get(str(ev.get("cameo")), (None, ""))
    if not out.get("plover"):
        out["plover"] = plover
        if "mode" not in ev:
            out["mode"] = mode or None
    return out


def compile_records(records: Iterable[Mapping[str, Any]], texts: Mapping[str, str],
                    sentences: Mapping[str, Sequence[tuple[int, int]]]) -> tuple[list[dict[str, Any]], list[str]]:
    """Working records (with snippets) -> stored records (offsets only) and one-line errors.

    ``plover`` and ``mode`` default to the mapping of the CAMEO code in
    ``cameo/codes.tsv``. A record with an error is left out; the others are compiled.
    """
    check = _Checker()
    out: list[dict[str, Any]] = []
    errors: list[str] = []
    for rec in records:
        art, n = str(rec.get("article")), rec.get("sentence")
        where = f"{art} sentence {n}"
        if art not in sentences or art not in texts:
            errors.append(f"{where}: unknown article id {art!r}")
            continue
        if not isinstance(n, int) or not 1 <= n <= len(sentences[art]):
            errors.append(f"{where}: no such sentence (the article has {len(sentences[art])})")
            continue
        sent = tuple(sentences[art][n - 1])
        rec = dict(rec, events=[_with_plover(ev, check.codes) for ev in rec.get("events") or []])
        errs = check.sentence(rec, where)
        events: list[dict[str, Any]] = []
        for k, ev in enumerate(rec.get("events") or [], start=1):
            here = f"{where} event {k}"
            trig, err = _span(ev.get("trigger"), ev.get("trigger_occurrence"), texts[art], (sent[0], sent[1]), "trigger", here)
            if err or trig is None:
                errs.append(err or f"{here}: trigger is missing")
            stored: dict[str, Any] = {"trigger": trig, "cameo": ev.get("cameo"), "alt_roots": list(ev.get("alt_roots") or []),
                                      "plover": ev.get("plover"), "mode": ev.get("mode"),
                                      "factuality": ev.get("factuality"), "date": ev.get("date")}
            for role in ("source", "target"):
                actor = ev.get(role)
                if not isinstance(actor, Mapping):
                    stored[role] = None
                    continue
                span, err = _span(actor.get("text"), actor.get("occurrence"), texts[art], (sent[0], sent[1]), f"{role} text", here)
                if err:
                    errs.append(err)
                stored[role] = {"span": span, "country": actor.get("country"), "sector": actor.get("sector")}
            events.append(stored)
        if errs:
            errors.extend(errs)
            continue
        out.append({"article": art, "sentence": n, "start": sent[0], "end": sent[1], "label": rec.get("label"),
                    "reason": rec.get("reason") if rec.get("label") == "no_event" else None, "events": events})
    return out, errors


def validate_stored(records: Iterable[Mapping[str, Any]], sentences: Mapping[str, Sequence[tuple[int, int]]]) -> list[str]:
    """One-line problems of stored records: labels, codes, and offsets inside their sentence."""
    check = _Checker()
    errors: list[str] = []
    for rec in records:
        art, n = str(rec.get("article")), rec.get("sentence")
        where = f"{art} sentence {n}"
        if art not in sentences or not isinstance(n, int) or not 1 <= n <= len(sentences[art]):
            errors.append(f"{where}: no such article or sentence")
            continue
        s, e = sentences[art][n - 1]
        if (rec.get("start"), rec.get("end")) != (s, e):
            errors.append(f"{where}: sentence offsets differ from sentences.tsv")
        errors.extend(check.sentence(rec, where))
        for k, ev in enumerate(rec.get("events") or [], start=1):
            spans = [ev.get("trigger")] + [(ev.get(r) or {}).get("span") for r in ("source", "target")]
            for span in spans:
                if span is not None and not (isinstance(span, list) and len(span) == 2 and s <= span[0] < span[1] <= e):
                    errors.append(f"{where} event {k}: span {span} is outside the sentence")
            if ev.get("trigger") is None:
                errors.append(f"{where} event {k}: no trigger")
    return errors


def load_pass(path: Path) -> list[dict[str, Any]]:
    """The stored records of one compiled pass file (JSONL)."""
    out: list[dict[str, Any]] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise EvalDataError(f"cannot read annotation pass: {exc.strerror}", path=str(path)) from None
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise EvalDataError(f"line {n} is not valid JSON: {exc.msg}", path=str(path)) from None
    return out


def pass_files(name: str, folder: Optional[Path] = None) -> list[Path]:
    """The compiled files of pass ``name`` (``pass<name>_*.jsonl``, ``<name>_*.jsonl`` and ``<name>.jsonl``) in ``passes/``.

    The settled set is the pass ``gold`` (``gold_part1.jsonl``, ``gold_part2.jsonl``).
    """
    folder = folder or gold_dir() / "passes"
    return sorted(set(folder.glob(f"pass{name}_*.jsonl")) | set(folder.glob(f"{name}_*.jsonl")) | set(folder.glob(f"{name}.jsonl")))


def missing_sentences(records: Iterable[Mapping[str, Any]], articles: Sequence[Article],
                      sentences: Mapping[str, Sequence[tuple[int, int]]]) -> dict[str, list[int]]:
    """Article id -> sentence numbers with no record (only articles with a gap are listed)."""
    seen: dict[str, set[int]] = defaultdict(set)
    for rec in records:
        seen[str(rec.get("article"))].add(int(rec.get("sentence") or 0))
    out: dict[str, list[int]] = {}
    for art in articles:
        gap = [n for n in range(1, len(sentences.get(art.id, [])) + 1) if n not in seen[art.id]]
        if gap:
            out[art.id] = gap
    return out


def cohen_kappa(pairs: Sequence[tuple[str, str]]) -> Optional[float]:
    """Cohen's kappa of paired labels; None with no pairs, 1.0 when both always agree on one label."""
    if not pairs:
        return None
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    ca, cb = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(ca[k] * cb[k] for k in ca) / (n * n)
    if expected >= 1.0:
        return 1.0
    return (observed - expected) / (1.0 - expected)


def _overlap(a: Sequence[int], b: Sequence[int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def agreement(pass_a: Sequence[Mapping[str, Any]], pass_b: Sequence[Mapping[str, Any]]) -> tuple[dict[str, Optional[float]], dict[str, int]]:
    """Agreement figures between two passes, and the counts behind them.

    - ``sentence_kappa``: event / no_event on sentences both passes labelled;
    - ``trigger_f1``: triggers matched one to one by overlapping offsets within the same sentence;
    - ``root_kappa``, ``root_agreement``: CAMEO root (first two digits) on matched triggers;
      ``root_agreement_alt`` also counts a root listed in the other pass's ``alt_roots``;
    - ``factuality_kappa``, ``factuality_agreement``: on matched triggers.
    """
    key = {(r["article"], r["sentence"]): r for r in pass_a}
    both = [(key[(r["article"], r["sentence"])], r) for r in pass_b if (r["article"], r["sentence"]) in key]
    labels = [(str(a["label"]), str(b["label"])) for a, b in both]
    roots: list[tuple[str, str]] = []
    facts: list[tuple[str, str]] = []
    alt_ok = 0
    n_a = n_b = 0
    for a, b in both:
        ea, eb = list(a.get("events") or []), list(b.get("events") or [])
        n_a, n_b = n_a + len(ea), n_b + len(eb)
        used: set[int] = set()
        for x in ea:
            for j, y in enumerate(eb):
                if j not in used and x.get("trigger") and y.get("trigger") and _overlap(x["trigger"], y["trigger"]):
                    used.add(j)
                    ra, rb = str(x.get("cameo"))[:2], str(y.get("cameo"))[:2]
                    roots.append((ra, rb))
                    facts.append((str(x.get("factuality")), str(y.get("factuality"))))
                    alt_ok += ra == rb or ra in (y.get("alt_roots") or []) or rb in (x.get("alt_roots") or [])
                    break
    matched = len(roots)
    figures: dict[str, Optional[float]] = {
        "sentence_kappa": cohen_kappa(labels),
        "sentence_agreement": sum(a == b for a, b in labels) / len(labels) if labels else None,
        "trigger_f1": 2 * matched / (n_a + n_b) if n_a + n_b else None,
        "root_kappa": cohen_kappa(roots),
        "root_agreement": sum(a == b for a, b in roots) / matched if matched else None,
        "root_agreement_alt": alt_ok / matched if matched else None,
        "factuality_kappa": cohen_kappa(facts),
        "factuality_agreement": sum(a == b for a, b in facts) / matched if matched else None,
    }
    counts = {"sentences": len(labels), "events_a": n_a, "events_b": n_b, "matched_triggers": matched}
    return figures, counts
