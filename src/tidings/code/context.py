"""The coding context: every setting and resource the coding engines use, in one object.

A :class:`CodingContext` is built from :class:`tidings.Options` (or from a
:class:`CodingSettings`, which is what a spaCy component's config holds) and
handed to every engine: actors, events, attribution, modality, status, time
and places. No engine loads knowledge, lexicons or the gazetteer on its own,
so a pipeline built with other settings codes differently, and two pipelines
with different settings live side by side in one process::

    >>> from tidings import Options
    >>> ctx = CodingContext.from_options(Options(knowledge_paths=["my_actors.toml"]))
    >>> ctx.knowledge.person("Zorblat Vexmoor")

Resources load on first use. Loading is memoised by the loaders per set of
files (and their modification times), so contexts with equal settings share
the same read-only objects.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, fields
from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .._options import Options
    from .._types import Timex
    from ..knowledge import Knowledge
    from ..time.lexicon import Lexicon as TimeLexicon
    from ._event_lexicon import Lexicon as EventLexicon
    from ._places_gazetteer import Gazetteer
    from .actors import ActorResolver
    from .confidence import ConfidenceModel
    from .detector import SentenceDetector
    from .factuality import FactualityModel
    from .modality import Lexicon as ClaimsLexicon

__all__ = ["CodingSettings", "CodingContext"]


@dataclass(frozen=True)
class CodingSettings:
    """The settings that change how text is coded (hashable, JSON-ready as a component config).

    ``knowledge_paths``: extra knowledge files or folders (actors, outlets,
    countries; event lexicon rows in ``*.tsv`` files named ``*lexicon*``).
    ``actor_dictionaries``: PETRARCH/TABARI actor dictionaries.
    ``verb_dictionaries``: PETRARCH/TABARI CAMEO verb dictionaries (their patterns add trigger rows).
    ``claims_lexicon``: extra cue files for modality, attribution and status.
    ``skip_headings``: do not code headings and bylines.
    ``max_pairs``: at most this many (source, target) pairs per event mention.
    """

    knowledge_paths: tuple[str, ...] = ()
    actor_dictionaries: tuple[str, ...] = ()
    claims_lexicon: tuple[str, ...] = ()
    skip_headings: bool = True
    max_pairs: int = 4
    verb_dictionaries: tuple[str, ...] = ()

    @classmethod
    def from_options(cls, options: Options) -> CodingSettings:
        """The coding settings of a run's options."""
        return cls(
            knowledge_paths=tuple(str(p) for p in options.knowledge_paths),
            actor_dictionaries=tuple(str(p) for p in options.actor_dictionaries),
            claims_lexicon=tuple(str(p) for p in options.claims_lexicon),
            verb_dictionaries=tuple(str(p) for p in options.verb_dictionaries),
        )

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> CodingSettings:
        """Settings from a spaCy component config (lists become tuples)."""
        values: dict[str, Any] = {}
        for f in fields(cls):
            if f.name in config:
                value = config[f.name]
                values[f.name] = tuple(str(v) for v in value) if isinstance(value, (list, tuple)) else value
        return cls(**values)

    def config(self) -> dict[str, Any]:
        """The settings as a spaCy component config (JSON-ready)."""
        return {f.name: list(v) if isinstance((v := getattr(self, f.name)), tuple) else v for f in fields(self)}


class CodingContext:
    """The knowledge base, lexicons, gazetteer and settings that coding engines receive."""

    def __init__(self, settings: CodingSettings | None = None) -> None:
        self.settings = settings if settings is not None else CodingSettings()

    @classmethod
    def from_options(cls, options: Options) -> CodingContext:
        """The context of a run's options."""
        return cls(CodingSettings.from_options(options))

    def __repr__(self) -> str:
        return f"CodingContext({self.settings!r})"

    @cached_property
    def knowledge(self) -> Knowledge:
        """Built-in knowledge, then the user's files, then the actor dictionaries."""
        from ..knowledge import load_knowledge

        return load_knowledge(paths=self.settings.knowledge_paths, dictionaries=self.settings.actor_dictionaries)

    def actor_noun(self, tok: Token) -> bool:
        """Does the noun ``tok`` name an actor: a role or kinship word of the knowledge base ("police", "leaders", "uncle") or a person, group or organisation?"""
        if tok.ent_type_ in {"PERSON", "ORG", "NORP"}:
            return True
        kb = self.knowledge
        last = tok.lower_.rsplit("-", 1)[-1]  # "great-uncle", "ex-minister"
        return kb.role_word(tok.lemma_.lower()) is not None or kb.role_word(tok.lower_) is not None or (
            tok.lemma_.lower() in kb.kinship or tok.lower_ in kb.kinship or last in kb.kinship)

    @cached_property
    def resolver(self) -> ActorResolver:
        """The actor resolver over :attr:`knowledge`."""
        from .actors import ActorResolver

        return ActorResolver(self.knowledge)

    @cached_property
    def events(self) -> EventLexicon:
        """The CAMEO event lexicon with the user's lexicon rows."""
        from ._event_lexicon import load_lexicon

        return load_lexicon(self.settings.knowledge_paths, self.settings.verb_dictionaries)

    @cached_property
    def claims(self) -> ClaimsLexicon:
        """The modality, attribution and status cue lexicon with the user's cue files."""
        from .modality import load_lexicon

        return load_lexicon(self.settings.claims_lexicon)

    @cached_property
    def factuality(self) -> FactualityModel:
        """The trained factuality scorer shipped with tidings (-3..+3 per event)."""
        from .factuality import load_model

        return load_model()

    @cached_property
    def confidence(self) -> ConfidenceModel:
        """The trained confidence model shipped with tidings (how likely a coded event is right, 0..1)."""
        from .confidence import load_model

        return load_model()

    @cached_property
    def time(self) -> TimeLexicon:
        """The date-expression lexicon."""
        from ..time.lexicon import load_lexicon

        return load_lexicon()

    def sentence_dates(self, text: str, anchor: str | None) -> tuple[Timex, ...]:
        """The time expressions of a sentence against ``anchor`` (``tidings.dates``), found once per sentence and anchor.

        Each event of a sentence asks for its dates twice (its own date, its report's day); a long sentence with many
        events would otherwise be scanned again for each. The last 256 sentences are kept; callers must not change
        the dicts (copy them).
        """
        cache: OrderedDict[tuple[str, str | None], tuple[Timex, ...]] = self.__dict__.setdefault("_sentence_dates", OrderedDict())
        key = (text, anchor)
        found = cache.get(key)
        if found is None:
            from .time import dates

            found = tuple(dates(text, anchor=anchor, lexicon=self.time))
            cache[key] = found
            if len(cache) > 256:
                cache.popitem(last=False)
        else:
            cache.move_to_end(key)
        return found

    @cached_property
    def trigger_forms(self) -> frozenset[str]:
        """The word forms that may start an event, from :attr:`events` (the detector's and the pre-filter's trigger words)."""
        return self.events.trigger_forms()

    @cached_property
    def detector(self) -> SentenceDetector:
        """The trained sentence event detector shipped with tidings."""
        from .detector import load_detector

        return load_detector()

    def sentence_score(self, text: str, position: int) -> float:
        """The sentence detector's score (0..1, three decimals) for ``text``, the ``position``-th sentence of its text.

        Scored with the trigger words of :attr:`events` (the user's rows included); the last 4,096 are kept.
        """
        cache: OrderedDict[tuple[str, int], float] = self.__dict__.setdefault("_sentence_scores", OrderedDict())
        key = (text, position)
        score = cache.get(key)
        if score is None:
            score = cache[key] = round(self.detector.score_sentence(text, position, self.trigger_forms), 3)
            if len(cache) > 4096:
                cache.popitem(last=False)
        else:
            cache.move_to_end(key)
        return score

    @cached_property
    def gazetteer(self) -> Gazetteer:
        """The place gazetteer."""
        from ._places_gazetteer import get_gazetteer

        return get_gazetteer()
