"""Headlines whose verb the parser read as a noun.

Headline grammar drops articles and tells past acts in the present ("ECOWAS lifts sanctions on Guinea", "Gunmen attack
bus in San Pedro Sula", "Abuja court sentences kidnappers"). The statistical tagger, trained on running text, often
reads such a verb as a plural noun or a compound ("Settlers/compound torch/compound cars/ROOT"), and the sentence is
then parsed with no clause at all, so the event is lost although the same act in the body is coded.

:func:`reparse_headlines` finds a headline with no clause whose words hold a verb the event lexicon knows, parses it
again with that verb in the past tense (which the tagger cannot take for a noun: "ECOWAS lifted sanctions on Guinea"),
and, when that parse has the verb with a subject before it, copies the parse back onto the headline's tokens. The
text is not changed; only heads, labels, tags and lemmas are.
"""

from __future__ import annotations

from typing import Callable, Iterable, Optional

from spacy.tokens import Doc, Span, Token

from ._event_lexicon import Lexicon

#: past tenses of the lexicon's irregular verbs that headlines use
_IRREGULAR_PAST = {
    "beat": "beat", "bring": "brought", "buy": "bought", "catch": "caught", "choose": "chose", "draw": "drew", "drive": "drove",
    "fight": "fought", "flee": "fled", "fly": "flew", "forbid": "forbade", "freeze": "froze", "give": "gave", "hang": "hanged",
    "hit": "hit", "hold": "held", "lead": "led", "leave": "left", "meet": "met", "overrun": "overran", "pay": "paid",
    "quit": "quit", "rebuild": "rebuilt", "seek": "sought", "sell": "sold", "send": "sent", "set": "set", "shoot": "shot",
    "shut": "shut", "sign": "signed", "sink": "sank", "slay": "slew", "speak": "spoke", "spend": "spent", "steal": "stole",
    "strike": "struck", "swear": "swore", "take": "took", "tell": "told", "throw": "threw", "upset": "upset", "wage": "waged",
    "win": "won", "withdraw": "withdrew", "withhold": "withheld", "write": "wrote", "bar": "barred", "ban": "banned",
    "jail": "jailed", "stab": "stabbed", "rob": "robbed", "kidnap": "kidnapped", "ram": "rammed", "plan": "planned",
    "stop": "stopped", "grab": "grabbed", "nab": "nabbed", "drop": "dropped", "ship": "shipped", "slam": "slammed",
    "tap": "tapped", "gun": "gunned", "blast": "blasted", "scrap": "scrapped", "snub": "snubbed", "commit": "committed",
    "admit": "admitted", "permit": "permitted", "submit": "submitted", "extradite": "extradited",
}
#: the words that close a sentence of running text: a line ending on one is no headline
_CLOSING = frozenset({".", "!", "?", ":", ";", ","})
#: the longest headline looked at, in tokens
MAX_HEADLINE_TOKENS = 20


def past_tense(lemma: str) -> str:
    """The simple past of an English verb ``lemma`` ("lift" -> "lifted", "seize" -> "seized", "torch" -> "torched")."""
    if lemma in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[lemma]
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied"
    return lemma + "ed"


def _verb_lemmas(word: str) -> list[str]:
    """The verb lemmas a headline word may be: "lifts" -> lift, "sentences" -> sentence, "frees" -> free, "attack"."""
    w = word.lower()
    out = [w]
    if w.endswith("ies"):
        out.append(w[:-3] + "y")
    if w.endswith("es"):
        out.append(w[:-2])
    if w.endswith("s") and not w.endswith("ss"):
        out.append(w[:-1])
    return list(dict.fromkeys(out))


#: verbs of a headline's closing attribution ("..., governor says"): a clause of theirs is no reading of the act
_SAYING = frozenset({"say", "tell", "report", "claim", "allege", "announce", "confirm", "deny"})


def _clause(sent: Span) -> bool:
    """Does the sentence hold a main clause: a verb with a subject of its own that is the sentence's root (or joined to
    it), other than a closing attribution ("..., governor says")? A clause of its own under a root the parser read as
    a noun is none ("Zimbabwe shuts internet as protests spread": "shuts" a noun, "spread" the as-clause's verb)."""
    last = max((t.i for t in sent if not t.is_space and not t.is_punct), default=sent.start)
    return any(t.pos_ in {"VERB", "AUX"} and not (t.lemma_.lower() in _SAYING and t.i >= last - 1)
               and (t.dep_ == "ROOT" or (t.dep_ in {"conj", "ccomp", "parataxis"} and t.head.dep_ == "ROOT" and t.head.pos_ in {"VERB", "AUX"})
                    or t.head.i == t.i)
               and any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children) for t in sent)


def headlines(doc: Doc) -> list[Span]:
    """The doc's opening lines that read as headlines: sentences before the first one closed by punctuation, of three
    to :data:`MAX_HEADLINE_TOKENS` tokens, that end on a word; and the doc's first sentence when it is a line of its own
    closed by a full stop and set off from the text below by a blank line ("Area woman sentenced for mortgage fraud.")."""
    out = []
    for k, sent in enumerate(doc.sents):
        words = [t for t in sent if not t.is_space]
        if not words or len(words) > MAX_HEADLINE_TOKENS:
            break
        if words[-1].text in _CLOSING:
            if k == 0 and words[-1].text == "." and _ends_line(sent) and _body_after(sent) and len(words) >= 4:
                out.append(sent)
            break
        if len(words) >= 3:
            out.append(sent)
    return out


def _body_after(sent: Span) -> bool:
    """Is the sentence set off from more text by a blank line (a headline above its story, not a one-line text)?"""
    rest = sent.doc.text[sent.end_char :]
    return "\n\n" in rest[:6] and bool(rest.strip())


def _ends_line(sent: Span) -> bool:
    """Is the sentence followed by a line break or the end of the text?"""
    rest = sent.doc.text[sent.end_char : sent.end_char + 3]
    return not rest.strip(" \t") or rest.lstrip(" \t").startswith("\n")


def _candidates(sent: Span, lexicon: Lexicon) -> Iterable[tuple[Token, str]]:
    """The headline's words that may be its verb, with the lemma: not the first word, after a word of a subject, before
    more words, and a verb of the lexicon's V rows."""
    words = [t for t in sent if not t.is_space]
    for k, t in enumerate(words[1:-1], 1):
        if not t.is_alpha or t.is_title and k > 1 and words[k - 1].is_title is False:
            continue
        before = words[k - 1]
        if before.pos_ not in {"NOUN", "PROPN", "ADJ", "VERB", "NUM"} and not before.is_title:
            continue
        if any(w.tag_ == "POS" or w.lower_ in {"'s", "'"} or w.dep_ == "poss" for w in words[:k]):
            continue  # "Williams' DUI arrest just the latest": a possessor before it makes the word a noun
        for lemma in _verb_lemmas(t.text):
            if lexicon.rows("V", lemma):
                yield t, lemma
                break


def reparse_headlines(doc: Doc, lexicon: Lexicon, parse: Callable[[Doc], Doc]) -> int:
    """Give each headline of ``doc`` with no clause the parse it has with its verb in the past tense (see the module's
    docstring); ``parse`` runs the model's tagging and parsing components on a new doc of the same vocabulary. Returns
    the number of headlines parsed again. Headlines already holding a clause, or with no word the lexicon knows as a
    verb, are left as they are; so is a headline whose new parse still has no subject before the verb."""
    if not doc.has_annotation("DEP"):
        return 0
    done = 0
    for sent in headlines(doc):
        if any(not t.dep_ for t in sent if not t.is_space) or _title_case(sent):
            continue
        if (joined := _two_acts(sent, lexicon)) is not None:
            first, second, lemmas = joined
            parsed = _reparsed_pair(sent, first, second, lemmas, parse)
            if parsed is not None:
                _copy_parse(sent, parsed, first, lemmas[0])
                second.lemma_ = lemmas[1]
                done += 1
                continue
        if _clause(sent):
            continue
        for tok, lemma in _candidates(sent, lexicon):
            parsed = _reparsed(sent, tok, lemma, parse)
            if parsed is not None:
                _copy_parse(sent, parsed, tok, lemma)
                done += 1
                break
    return done


def _two_acts(sent: Span, lexicon: Lexicon) -> Optional[tuple[Token, Token, tuple[str, str]]]:
    """Two acts a headline joins with a comma ("Thai army chief seizes power, detains rival leaders", "Belarus police
    crush protest, detain candidates"), at least one of them read as a noun or an adjective: the two verbs and their
    lemmas. Only a comma after a noun and before a lower-case word of the lexicon's V rows, with a verb of those rows
    before it; not when the parser already read both as verbs."""
    words = [t for t in sent if not t.is_space]
    found = list(_candidates(sent, lexicon))
    for k, comma in enumerate(words[2:-2], 2):
        if comma.text != "," or words[k - 1].pos_ not in {"NOUN", "PROPN"}:
            continue
        after = words[k + 1]
        second = next(((after, lemma) for lemma in _verb_lemmas(after.text) if after.is_lower and lexicon.rows("V", lemma)), None)
        first = next(((t, lemma) for t, lemma in found if t.i < comma.i - 1), None)
        if second is None or first is None:
            continue
        if first[0].pos_ == "VERB" and second[0].pos_ == "VERB":
            return None  # both read as verbs already
        return first[0], second[0], (first[1], second[1])
    return None


def _reparsed_pair(sent: Span, first: Token, second: Token, lemmas: tuple[str, str],
                   parse: Callable[[Doc], Doc]) -> Optional[Doc]:
    """The headline parsed with both verbs in the past tense and the comma read as "and", when that makes the first a
    verb with a subject before it and the second a verb joined to it."""
    words = [t.text for t in sent]
    a, b = first.i - sent.start, second.i - sent.start
    words[a], words[b] = past_tense(lemmas[0]), past_tense(lemmas[1])
    words[b - 1] = "and"
    variant = parse(Doc(sent.doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in sent]))
    one, two = variant[a], variant[b]
    if one.pos_ == "VERB" and two.pos_ == "VERB" and two.dep_ == "conj" and two.head.i == a and any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.i < a for c in one.children):
        return variant
    return None


def _title_case(sent: Span) -> bool:
    """Is the headline in title case ("Army Kills Five Rebels in Raid")? Its words are read by the coder's own headline
    rules (a capitalised verb read as a name), and a parse of it again would keep its nouns as names."""
    words = [t for t in sent if t.is_alpha and len(t.text) > 3]
    return len(words) >= 2 and not any(t.is_lower for t in words)  # running words in lower case: sentence case


def _reparsed(sent: Span, tok: Token, lemma: str, parse: Callable[[Doc], Doc]) -> Optional[Doc]:
    """The headline parsed with ``tok`` in the past tense, when that makes ``tok`` a verb with a subject before it."""
    words = [t.text for t in sent]
    k = tok.i - sent.start
    words[k] = past_tense(lemma)  # lower case: "Grand Jury indicted Man" (a title-case "Indicted" reads as a name)
    spaces = [bool(t.whitespace_) for t in sent]
    tries = [words]
    if any(w.isupper() and len(w) > 2 for w in words[:k]):
        # an acronym subject the tagger takes for the root noun ("ECOWAS lifted sanctions"): read it as a name
        tries.append([w.capitalize() if j < k and w.isupper() and len(w) > 2 else w for j, w in enumerate(words)])
    for words in tries:
        variant = parse(Doc(sent.doc.vocab, words=words, spaces=spaces))
        verb = variant[k]
        if verb.pos_ == "VERB" and any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < k for c in verb.children):
            return variant
    return None


def _copy_parse(sent: Span, parsed: Doc, tok: Token, lemma: str) -> None:
    """Copy heads, dependency labels, tags and lemmas of ``parsed`` onto the headline's tokens (same tokenization)."""
    doc = sent.doc
    for k, t in enumerate(sent):
        p = parsed[k]
        t.head = doc[sent.start + p.head.i]
        t.dep_ = p.dep_
        t.tag_ = p.tag_
        t.pos_ = p.pos_
        # (a word read in another case keeps its own lemma)
        t.lemma_ = lemma if t.i == tok.i else (p.lemma_ if p.text == t.text else t.lemma_)
