"""Code and server messages on a page are not its text: a script written as self-closing holds its code up to the end
tag, as a browser reads it, and a PHP error message printed into the page is dropped. Pages written for these tests."""

from __future__ import annotations

import pytest

from tidings.read.html import extract_html

BODY = ("<p>Officials in the capital said on Tuesday that talks with the rebels would resume next week, after a pause "
        "of three months.</p><p>The previous round collapsed in March after both sides accused each other of breaking "
        "the truce they had signed in January.</p><p>Diplomats expect the new round to focus on prisoner exchanges and on "
        "humanitarian corridors for the besieged towns of the north.</p>")


def page(inside: str) -> str:
    return (f"<html><head><title>Talks to resume</title></head><body><div class='main'><h1>Talks to resume</h1>{inside}"
            f"{BODY}</div></body></html>")


@pytest.mark.parametrize("script", [
    '<script type="text/javascript"/>(function() { var config = {"a": 1}; register(config); })();</script>',
    "<SCRIPT src='x.js' />document.addEventListener('load', function () { init(); });</SCRIPT>",
    '<style type="text/css"/>.article p { margin: 0; }</style>',
])
def test_a_self_closing_script_keeps_its_code_out_of_the_text(script: str) -> None:
    text = extract_html(page(script))["text"]
    assert "talks with the rebels" in text
    assert "function" not in text and "margin" not in text


@pytest.mark.parametrize(("message", "dropped"), [
    ("Strict Standards: Non-static method Gallery::get_option() should not be called statically in "
     "/www/htdocs/wp-content/plugins/gallery/functions.php on line 813", True),
    ("Warning: Cannot modify header information in /var/www/html/index.php on line 12", True),
    # a sentence that only begins like one stays
    ("Warning: the storm could reach the coast on Friday, forecasters said in a bulletin issued on Tuesday.", False),
])
def test_server_error_messages_are_no_text(message: str, dropped: bool) -> None:
    text = extract_html(page(f"<p>{message}</p>"))["text"]
    assert "talks with the rebels" in text
    assert (message not in text) is dropped
