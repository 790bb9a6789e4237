"""`tidings documents`: list stored documents; `tidings documents show ID`."""

from __future__ import annotations

import json
import textwrap
from typing import Any, Mapping, Optional

import click

from . import State, pass_state


def _record(doc: Mapping[str, Any]) -> dict[str, Any]:
    """The JSONL shape of one document."""
    return {
        "id": doc["id"],
        "title": doc.get("title"),
        "outlet": doc.get("outlet"),
        "original_outlet": doc.get("original_outlet"),
        "author": doc.get("author"),
        "published": doc.get("published"),
        "published_inferred": bool(doc.get("published_inferred")),
        "language": doc.get("language"),
        "words": doc.get("words", 0),
        "text": doc.get("text", ""),
        "removed": [{"text": s["text"], "reason": s["reason"], "start": s["start"], "end": s["end"]} for s in doc.get("removed") or []],
        "duplicate_of": doc.get("duplicate_of"),
    }


def _cut(value: Optional[str], width: int) -> str:
    value = " ".join((value or "").split())
    return value if len(value) <= width else value[: width - 1] + "…"


@click.group("documents", invoke_without_command=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl"]), default="table", show_default=True)
@click.option("--language", default=None, help="Only documents in this language (ISO 639-1, e.g. en).")
@click.option("--outlet", default=None, help="Only documents of this outlet (or original outlet).")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most N documents.")
@click.pass_context
def documents_command(ctx: click.Context, fmt: str, language: Optional[str], outlet: Optional[str], limit: Optional[int]) -> None:
    """List stored documents (by publication date).

    `documents show ID` shows one; `documents search QUERY` searches the texts.
    """
    if ctx.invoked_subcommand is not None:
        return
    state = ctx.find_object(State)
    if state is None:
        raise RuntimeError("`documents` runs inside the `tidings` group, which sets up its State")
    with state.open_store() as store:
        if fmt == "json":
            click.echo(json.dumps([_record(doc) for doc in store.iter_documents(language=language, outlet=outlet, limit=limit)], ensure_ascii=False, indent=2))
            return
        n = 0
        for doc in store.iter_documents(language=language, outlet=outlet, limit=limit):
            n += 1
            if fmt == "jsonl":
                click.echo(json.dumps(_record(doc), ensure_ascii=False))
                continue
            if n == 1:
                click.echo(f"{'id':<17} {'published':<11} {'outlet':<22} {'lang':<4} {'words':>6}  title")
            date = (doc.get("published") or "-") + ("*" if doc.get("published_inferred") else "")
            dup = f"  [copy of {doc['duplicate_of']}]" if doc.get("duplicate_of") else ""
            click.echo(f"{doc['id']:<17} {date:<11} {_cut(doc.get('outlet') or doc.get('original_outlet') or '-', 22):<22} {doc.get('language') or '-':<4} {doc.get('words', 0):>6}  {_cut(doc.get('title'), 60)}{dup}")
        if fmt == "table":
            if n == 0:
                state.say("no documents; add some with `tidings ingest PATH`", err=True)
            else:
                state.say(f"{n} document(s); * = date inferred from the text", err=True)


@documents_command.command("show")
@click.argument("id")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@pass_state
def show_command(state: State, id: str, fmt: str) -> None:
    """Show one document: metadata, clean text and the removed lines."""
    with state.open_store() as store:
        doc = store.get_document(id)
    if fmt == "json":
        record = _record(doc)
        record.update(url=doc.get("url"), source_path=doc.get("source_path"), provenance=doc.get("provenance"), updates=doc.get("updates"), subtitle=doc.get("subtitle"))
        click.echo(json.dumps(record, ensure_ascii=False, indent=2))
        return
    prov = doc.get("provenance") or {}

    def field(name: str, value: Any) -> None:
        if value not in (None, "", []):
            how = f"  ({prov[name]})" if name in prov else ""
            click.echo(f"{name + ':':<17} {value}{how}")

    field("id", doc["id"])
    field("title", doc.get("title"))
    field("subtitle", doc.get("subtitle"))
    field("outlet", doc.get("outlet"))
    field("original_outlet", doc.get("original_outlet"))
    field("author", doc.get("author"))
    field("published", (doc.get("published") or "") + (" (inferred from the text)" if doc.get("published_inferred") else ""))
    field("language", doc.get("language"))
    field("words", doc.get("words"))
    field("url", doc.get("url"))
    field("source_path", doc.get("source_path"))
    field("duplicate_of", doc.get("duplicate_of"))
    for up in doc.get("updates") or []:
        click.echo(f"{'update:':<17} {up.get('kind')} {up.get('published') or ''} {_cut(up.get('text'), 70)}")
    click.echo("")
    for para in (doc.get("text") or "").split("\n\n"):
        click.echo(textwrap.fill(" ".join(para.split()), width=100) if para.strip() else "")
        click.echo("")
    removed = doc.get("removed") or []
    click.echo(f"removed ({len(removed)}):")
    for span in removed:
        click.echo(f"  - [{span['reason']}] {_cut(span['text'], 100)}")


@documents_command.command("search")
@click.argument("query")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl"]), default="table", show_default=True)
@pass_state
def search_command(state: State, query: str, limit: int, fmt: str) -> None:
    """Full-text search: documents holding every word of QUERY, best first (`word*` for a prefix)."""
    with state.open_store() as store:
        hits = store.search_documents(query, limit=limit)
    if fmt == "json":
        click.echo(json.dumps(hits, ensure_ascii=False, indent=2))
        return
    for hit in hits:
        if fmt == "jsonl":
            click.echo(json.dumps(hit, ensure_ascii=False))
        else:
            click.echo(f"{hit['id']:<17} {hit.get('published') or '-':<10} {_cut(hit.get('outlet') or '-', 22):<22} {_cut(hit.get('title'), 60)}")
            click.echo(f"{'':<17} {_cut(hit.get('snippet'), 110)}")
    if fmt == "table":
        state.say(f"{len(hits)} document(s)" if hits else f"no document holds every word of {query!r}", err=True)


COMMANDS = [documents_command]
