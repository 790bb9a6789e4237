"""Typed shapes of the records that flow between stages.

These are the contracts between ``read``, ``code``, ``fuse``, ``store`` and
``export``. Records are plain dicts (JSON-ready) typed with ``TypedDict`` so
they serialise, store and export without conversion. The event shape is
also published as a JSON Schema in ``tidings/schema/event.schema.json``.
"""

from __future__ import annotations

from typing import Any, Literal, NotRequired, Optional, TypedDict

__all__ = [
    "Document",
    "RemovedSpan",
    "Update",
    "Actor",
    "EventType",
    "DateInfo",
    "Location",
    "CitedSource",
    "Modality",
    "Mention",
    "StatusEntry",
    "Forecast",
    "Event",
    "Timex",
    "STATUSES",
]

Status = Literal["confirmed", "reported", "unconfirmed", "disputed", "denied", "forecast", "hypothetical"]
STATUSES: tuple[str, ...] = ("confirmed", "reported", "unconfirmed", "disputed", "denied", "forecast", "hypothetical")


class RemovedSpan(TypedDict):
    text: str
    start: int  # offsets in the raw (decoded) text
    end: int
    reason: str  # e.g. "comment-form", "paywall", "photo-credit", "share", "navigation"


class Update(TypedDict):
    """An editor's note or update inside an article: a later dated report."""

    text: str
    start: int  # offsets in the clean text
    end: int
    kind: str  # "editors-note", "update", "correction"
    published: Optional[str]  # ISO date when stated, else None


class Document(TypedDict, total=False):
    id: str
    title: Optional[str]
    outlet: Optional[str]
    original_outlet: Optional[str]
    author: Optional[str]
    published: Optional[str]  # ISO date
    published_inferred: bool
    language: Optional[str]
    words: int
    text: str  # clean text; all offsets in later stages refer to it
    raw: str  # decoded input before cleaning
    url: Optional[str]
    removed: list[RemovedSpan]
    updates: list[Update]
    duplicate_of: Optional[str]
    provenance: dict[str, str]  # field -> "found" | "given" | "inferred"
    source_path: Optional[str]
    format: str  # "text" | "html" | "jsonl"
    subtitle: Optional[str]  # the dek, a sentence under the title
    modified: Optional[str]  # ISO date of the last update line
    language_score: float  # probability of ``language``
    dateline: Optional[dict[str, Optional[str]]]  # {"place", "agency"} opening the first paragraph
    encoding: Optional[str]  # of the input bytes; None for text given as str
    source_line: int  # line of the article in a JSONL input
    source_item: int  # index (from 0) of the article in a JSON array file
    source_offset: int  # byte offset of the record in a WARC file
    fetched: Optional[str]  # when the page was fetched (a WARC record's WARC-Date, or the watch's fetch time; ISO date-time)
    canonical_url: str  # the URL a fetched page declares canonical (<link rel="canonical">)
    replaced: int  # invalid byte sequences replaced with U+FFFD while decoding
    warnings: list[str]  # one line per metadata value rejected or repair made ("published: 'x' is not a date (dropped)")
    ingested_at: str  # when the store received it (ISO datetime)
    coded: bool  # the store holds its mentions


class Actor(TypedDict, total=False):
    name: str
    code: Optional[str]  # CAMEO-style: country + sector, e.g. "PRKGOV"
    country: Optional[str]  # ISO3
    country_from: str  # "document": the country is the one its article is about, not in the phrase
    pronoun: bool  # True: the text is a pronoun, the actor the guess at the earlier mention it stands for
    sector: Optional[str]  # CAMEO agent code, e.g. "GOV", "MIL", "MED"
    plover_sector: Optional[str]
    kind: Optional[str]  # "person" | "organisation" | "country" | "group"
    role: Optional[str]  # date-valid role of a person, e.g. "President"
    text: str  # surface text in the document
    start: int
    end: int


class EventType(TypedDict, total=False):
    cameo: str  # zero-padded string, e.g. "042"
    cameo_label: str
    plover: str
    plover_mode: Optional[str]
    quad_class: int  # 0..4 (0 neutral, 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict)
    goldstein: float
    trigger: str
    start: int
    end: int


class DateInfo(TypedDict, total=False):
    start: str  # ISO date
    end: str  # ISO date
    precision: str  # "day" | "week" | "month" | "quarter" | "year" | "decade" | "century" | "range" | "reported"
    basis: str  # "text" (a time expression of the text) | "narrative" (the day of the episode it continues) | "reported"
    text: Optional[str]
    value: Optional[str]  # TIMEX3 value
    span_start: Optional[int]
    span_end: Optional[int]


class Location(TypedDict, total=False):
    name: str
    country: Optional[str]  # ISO3
    lat: Optional[float]
    lon: Optional[float]
    geonameid: Optional[int]
    text: str
    start: int
    end: int


class CitedSource(TypedDict, total=False):
    name: str
    kind: str  # "state_media" | "agency" | "media" | "government" | "official" | "anonymous" | "social_media" | "intelligence" | "outlet" | "other"
    anonymous: bool
    state_media: bool
    country: Optional[str]
    text: str
    start: int
    end: int


class Evidence(TypedDict, total=False):
    """What shows an event without being a cited source: "Video posted on social media showed ..."."""

    text: str
    kind: str  # the head noun: video, footage, image, photo, recording, ...
    verb: str  # the evidential verb: show, reveal
    start: int
    end: int


class Modality(TypedDict, total=False):
    labels: list[str]  # subset of negated, hedged, future, conditional, question, reported; empty = asserted
    cues: list[dict[str, Any]]  # {"text", "start", "end", "label"}
    probability: Optional[float]  # from estimative language, None when no cue
    factuality: Optional[float]  # -3 (certainly not) .. +3 (certainly happened), from tidings.code.factuality


class Mention(TypedDict, total=False):
    document: str
    outlet: Optional[str]
    original_outlet: Optional[str]
    published: Optional[str]
    sentence: str
    start: int  # sentence offsets in the document's clean text
    end: int
    cited_source: Optional[CitedSource]
    evidence: Evidence  # a video or image that shows the event (not a cited source)
    modality: Modality
    status: str
    certainty: float  # how sure the text is that the event happened
    confidence: float  # how likely the coder is right about this event (tidings.code.confidence), 0..1
    negated: bool
    spans: dict[str, list[int]]  # field -> [start, end] in the document's clean text
    update: bool  # True when the mention comes from an editor's note / update
    in_title: bool  # True when the mention is the document's title (offsets refer to the title)
    id: str  # the mention's own event id before fusion
    claim: dict[str, Any]  # what this mention alone says (type, actors, date, place, status), kept by fusion
    contrasted: dict[str, Actor]  # role -> actor the sentence says did not fill it ("Houthis, not Iranian forces, seized")
    stated: dict[str, Any]  # when it was said: {"date", "basis": "text"|"reported", "text", "start", "end", "verb", "by"}


class StatusEntry(TypedDict):
    status: str
    as_of: Optional[str]  # ISO date (or datetime) from which the status holds
    by: Optional[str]  # who made it so (outlet or cited source)


class ProbabilityCue(TypedDict, total=False):
    text: Optional[str]  # the words that set the probability ("could", "about 70 percent")
    label: Optional[str]  # the cue's label ("hedged", ...; "stated" for a number the forecaster gives)
    value: float
    band: Optional[str]  # its ICD 203 band


class Proposition(TypedDict, total=False):
    family: Optional[str]
    cameo: Optional[str]
    root: Optional[str]
    plover: Optional[str]
    source: Optional[str]
    source_country: Optional[str]
    target: Optional[str]
    target_country: Optional[str]
    place: Optional[str]
    place_country: Optional[str]
    negated: bool


class Forecast(TypedDict, total=False):
    probability: Optional[float]
    probability_cue: Optional[ProbabilityCue]
    question: bool  # a question ("Will the two Koreas hold a summit by 30 June?"): no probability
    conditional: bool  # the consequence of a condition ("if X, Y will ...")
    deadline: Optional[str]
    deadline_basis: Optional[str]  # where the deadline comes from: "stated", "implied" or "none"
    deadline_text: Optional[str]  # the date words that state it
    deadline_from: Optional[str]  # the forecast an implied deadline comes from
    horizon_deadline: Optional[str]  # publication + the horizon the user set, for a forecast without deadline
    forecaster: Optional[str]
    outlet: Optional[str]
    cited: Optional[str]  # the named source the outlet cites
    attributed_to: Optional[str]  # whose forecast the outlet reports
    author: Optional[str]
    published: Optional[str]  # when the forecast was made
    text: Optional[str]  # the sentence that makes it
    proposition: Proposition  # what is predicted
    resolution: str  # "open" | "came_true" | "did_not_happen"
    resolved_by: Optional[str]  # event id
    evidence: Optional[dict[str, Any]]  # what the resolution rests on
    restates: Optional[str]  # the forecast record of the same forecaster this one restates


class Event(TypedDict, total=False):
    id: str
    type: EventType
    source: Optional[Actor]
    target: Optional[Actor]
    date: Optional[DateInfo]
    # the day the story places an event its own sentence does not date ("On Monday, police raided two homes. They
    # arrested three men."): basis "narrative", never an own date; the code stage's records only
    narrative_date: Optional[DateInfo]
    location: Optional[Location]
    status: str
    negated: bool
    certainty: float
    confidence: float  # how likely the coder is right (tidings.code.confidence), 0..1; a fused event's: the highest of its mentions'
    mentions: list[Mention]
    documents: int
    independent_sources: int
    status_history: list[StatusEntry]
    forecast: Optional[Forecast]
    story: Optional[str]
    parent: Optional[str]  # id of the event this one is part of (sub-event)
    sub_events: list[str]  # ids of the events that are part of this one
    sources: list[dict[str, Any]]  # independent original sources that support its claim: {"source", "mentions", "documents", "via"}
    rival_claims: list[dict[str, Any]]  # mentions filling a role with someone else
    merge: list[dict[str, Any]]  # why mentions were merged: {"mention", "keys", "score"}


class Timex(TypedDict):
    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str
    mod: NotRequired[str]  # TIMEX3 mod: START, MID, END, BEFORE, AFTER, ON_OR_AFTER, ...
