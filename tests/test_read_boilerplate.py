"""Plain-text boilerplate rules: general line shape, vocabulary and position rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tidings.read import clean_text, read_article
from tidings.read.boilerplate import credit_spans, fold

FIXTURES = Path(__file__).parent / "fixtures" / "boilerplate"

BODY = [
    "Officials in the capital said on Tuesday that talks with the rebels would resume next week.",
    "The previous round collapsed in March after both sides accused each other of violating the truce.",
    "Diplomats expect the new round to focus on prisoner exchanges and humanitarian corridors.",
]


def article(*, head=(), middle=(), tail=()):
    parts = ["Talks Set to Resume", *head, BODY[0], *middle, BODY[1], BODY[2], *tail]
    return "\n\n".join(parts) + "\n"


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Share this story", "share"),
        ("Share on Facebook", "share"),
        ("Tweet Email Print", "share"),
        ("Subscribe now", "paywall"),
        ("Get unlimited access:", "paywall"),
        ("Save 60% today", "paywall"),
        ("Trusted by more than 2,000,000 readers", "paywall"),
        ("Sign up for our morning newsletter", "subscribe"),
        ("See Also: Our Annual Forecast", "promo"),
        ("Read more: Talks collapse again", "promo"),
        ("Advertisement", "promo"),
        ("Photo: Ali Khan/AFP", "photo-credit"),
        ("Copyright 2020 Example Media", "copyright"),
        ("This site uses cookies. Accept", "cookie-notice"),
        ("World | Politics | Economy | Opinion", "navigation"),
        ("Connecting to %s", "template"),
        ("* * *", "noise"),
        ("4 Min Read", "promo"),
        ("FILE PHOTO: Soldiers stand guard at a checkpoint near the border in this undated picture. REUTERS/Staff", "photo-caption"),
        ("Reporting by Ana Lima; Editing by Ben Cole", "credits"),
    ],
)
def test_boilerplate_line_in_the_middle_is_removed_with_reason(line, reason):
    out = clean_text(article(middle=[line]))
    assert line not in out["text"]
    assert [r["reason"] for r in out["removed"] if r["text"] == line] == [reason]
    for sentence in BODY:
        assert sentence in out["text"]


@pytest.mark.parametrize(
    "line",
    [
        "The paper lost 3,000 subscribers after the ban, its editor said on Monday.",
        "Share prices in Seoul fell 2% after the announcement, traders said.",
        "Police said they would read the statement to reporters at noon.",
        "The ministry said cookies and sweets had been distributed to the children.",
        "Read the full statement below, the ministry told reporters on Friday.",
    ],
)
def test_prose_that_mentions_boilerplate_words_is_kept(line):
    out = clean_text(article(middle=[line]))
    assert line in out["text"]


@pytest.mark.parametrize("heading", ["The Big Picture", "What Comes Next", "A Fragile Truce"])
def test_section_headings_are_kept_as_paragraphs(heading):
    out = clean_text(article(middle=[heading]))
    assert f"\n\n{heading}\n\n" in out["text"]
    assert not [r for r in out["removed"] if r["text"] == heading]


@pytest.mark.parametrize(
    "tail",
    [
        ["Leave a Reply", "Your email address will not be published.", "Name (required)", "Some reader wrote a long complaint about the article here."],
        ["3 Comments", "A reader: I disagree with every word of this piece, frankly."],
        ["Post a comment", "You are commenting using your WordPress account. Log Out / Change )", "Notify me of new comments via email."],
    ],
)
def test_comment_section_after_the_article_is_removed(tail):
    out = clean_text(article(tail=tail))
    assert out["text"].endswith(BODY[2])
    assert {r["reason"] for r in out["removed"] if r["text"] in tail} == {"comment-form"}


def test_short_lines_after_the_last_paragraph_are_page_furniture():
    out = clean_text(article(tail=["Google photo", "More from the region", "Twitter picture"]))
    assert out["text"].endswith(BODY[2])
    assert {r["reason"] for r in out["removed"] if r["text"] in {"Google photo", "Twitter picture"}} == {"tail"}


@pytest.mark.parametrize(
    "credit",
    ["(NICOLE JONES/AFP/Getty Images)", "(AP Photo/Lee Jin-man)", "(JUNG YEON-JE/AFP)", "(Kim Hong-Ji/Reuters)"],
)
def test_photo_credit_glued_to_a_sentence_is_cut_and_the_sentence_kept(credit):
    text = article(middle=[credit + "Soldiers patrolled the border town on Wednesday, witnesses said."])
    out = clean_text(text)
    assert "\n\nSoldiers patrolled the border town on Wednesday, witnesses said.\n\n" in out["text"]
    (cut,) = [r for r in out["removed"] if r["reason"] == "photo-credit"]
    assert cut["text"] == credit and text[cut["start"]:cut["end"]] == credit


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He said (in Seoul/Busan) that it was fine.", 0),
        ("Rates rose (from 2%/3% a year) as expected.", 0),
        ("(EPA/JEON HEON-KYUN) Protesters marched.", 1),
    ],
)
def test_parenthesised_slashes_are_credits_only_when_they_look_like_one(text, expected):
    words = {"epa", "afp", "getty", "images", "ap", "photo", "reuters"}
    assert len(credit_spans(text, words)) == expected


def test_mostly_boilerplate_block_loses_its_other_short_lines():
    head = ["Get Full Access:\nLimited offer for our readers\nSave 30% Now"]
    out = clean_text(article(head=head))
    assert "Limited offer" not in out["text"]
    assert out["meta"]["title"] == "Talks Set to Resume"


def test_removed_offsets_point_into_the_raw_text():
    text = article(head=["Subscribe now"], middle=["Share this story"], tail=["Leave a Reply", "Connecting to %s"])
    out = clean_text(text)
    for r in out["removed"]:
        assert text[r["start"]:r["end"]] == r["text"]


def test_hard_wrapped_paragraphs_are_joined():
    body = (
        "Officials in the capital said on Tuesday that talks with the\n"
        "rebels would resume next week, after the previous round\n"
        "collapsed in March.\n\nA second paragraph follows here with more words in it.\n"
    )
    out = clean_text("Talks Set to Resume\n\n" + body)
    assert out["paragraphs"][0] == "Officials in the capital said on Tuesday that talks with the rebels would resume next week, after the previous round collapsed in March."


def test_bullet_markers_are_dropped_and_items_kept():
    out = clean_text(article(middle=["  • First key point of the analysis is stated here.\n  • Second key point follows it."]))
    assert "\n\nFirst key point of the analysis is stated here.\n\nSecond key point follows it.\n\n" in out["text"]


def _fixtures():
    return sorted(p.stem for p in FIXTURES.glob("*.txt"))


@pytest.mark.parametrize("name", _fixtures())
def test_fixture_article_is_cleaned_as_annotated(name):
    raw = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    gold = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    doc = read_article(raw)
    text = fold(doc["text"])
    reasons = {r["text"]: r["reason"] for r in doc["removed"]}
    for line, reason in gold["boilerplate"].items():
        assert line not in doc["text"], line
        assert reasons.get(line) == reason, (line, reasons.get(line))
    special = set(gold["boilerplate"]) | set(gold.get("metadata", []))
    for block in raw.split("\n\n"):
        for line in block.split("\n"):
            line = fold(line).lstrip("•").strip()
            if line and line not in special:
                remainder = line
                for cut in gold["boilerplate"]:
                    remainder = remainder.replace(cut, "")
                assert fold(remainder) in text, line
    for key in ("title", "subtitle", "author", "published", "original_outlet"):
        assert doc.get(key) == gold.get(key), key
    assert doc["published_inferred"] == gold.get("published_inferred", False)
    for line in gold.get("headings", []):
        assert f"\n\n{line}\n\n" in doc["text"]
    assert [u["kind"] for u in doc["updates"]] == [u["kind"] for u in gold.get("updates", [])]
    for found, want in zip(doc["updates"], gold.get("updates", [])):
        if "month_day" in want:
            assert found["published"] and found["published"].endswith(want["month_day"])


def test_users_add_their_own_boilerplate_rules(tmp_path):
    (tmp_path / "boilerplate_house.toml").write_text(
        "[[rule]]\nreason = \"house-promo\"\nmax_words = 8\npatterns = ['^download the daily digest']\n", encoding="utf-8"
    )
    from tidings import Options

    text = article(middle=["Download the Daily Digest"])
    assert "Download the Daily Digest" in read_article(text)["text"]
    doc = read_article(text, options=Options(knowledge_paths=[str(tmp_path)]))
    assert "Download the Daily Digest" not in doc["text"]
    assert [r["reason"] for r in doc["removed"] if r["text"] == "Download the Daily Digest"] == ["house-promo"]


def test_malformed_user_rule_file_is_a_knowledge_error(tmp_path):
    from tidings import KnowledgeError, Options

    (tmp_path / "boilerplate_bad.toml").write_text("[[rule]]\nreason = 'x'\npatterns = ['(unclosed']\n", encoding="utf-8")
    with pytest.raises(KnowledgeError):
        read_article(article(), options=Options(knowledge_paths=[str(tmp_path)]))
