"""`tidings watch SOURCES...`: poll feeds, news sitemaps and URL lists into the store."""

from __future__ import annotations

import signal
from types import FrameType
from typing import Any, Optional

import click

from . import State, pass_state


@click.command("watch")
@click.argument("sources", nargs=-1, required=True)
@click.option("--once", is_flag=True, help="One pass over the sources and the queued pages, then exit.")
@click.option("--interval", type=click.FloatRange(min=0), default=None, help="Seconds between two passes. [default: watch setting interval, 900]")
@click.option("--user-agent", default=None, help="User-Agent sent and matched against robots.txt. [default: tidings/<version>]")
@click.option("--delay", type=click.FloatRange(min=0), default=None, help="Seconds between two requests to one host. [default: 1]")
@click.option("--concurrency", type=click.IntRange(min=1), default=None, help="Requests in flight at once. [default: 4]")
@click.option("--per-host", type=click.IntRange(min=1), default=None, help="Requests in flight at once to one host. [default: 1]")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=None, help="Seconds of silence before a request is given up. [default: 10]")
@click.option("--retries", type=click.IntRange(min=0), default=None, help="New tries after a network fault, 429 or 5xx. [default: 3]")
@click.option("--max-bytes", type=click.IntRange(min=1), default=None, help="Size cap of a response body, sent and decompressed. [default: setting max_bytes]")
@click.option("--no-code", is_flag=True, help="Store documents only; code them in a later run.")
@click.option("--no-fuse", is_flag=True, help="Code but do not fuse mentions into events.")
@click.pass_context
@pass_state
def watch_command(
    state: State, ctx: click.Context, sources: tuple[str, ...], once: bool, interval: Optional[float], user_agent: Optional[str],
    delay: Optional[float], concurrency: Optional[int], per_host: Optional[int], timeout: Optional[float], retries: Optional[int],
    max_bytes: Optional[int], no_code: bool, no_fuse: bool,
) -> None:
    """Poll SOURCES (RSS/Atom feed URLs, sitemap URLs, URL-list files or URLs) and ingest new articles.

    Obeys robots.txt, waits between requests to one host, fetches only what
    is new or changed. Faults are reported one per line on stderr and do not
    stop the watch. SIGINT or SIGTERM stops it after the pages in hand;
    running the same command again resumes where it stopped.
    """
    from ..store import open_store
    from ..watch import Watcher, WatchEvent, load_watch_settings

    config = ctx.find_root().params.get("config")
    settings = load_watch_settings(
        config, interval=interval, user_agent=user_agent, delay=delay, concurrency=concurrency, per_host=per_host,
        timeout=timeout, retries=retries, max_bytes=max_bytes,
    )
    verbose = state.verbosity

    def on_event(event: WatchEvent) -> None:
        if event.kind == "fault":
            click.echo(f"fault {event.url}: {event.detail}", err=True)
        elif event.kind == "retry" and verbose >= 1:
            click.echo(f"retry {event.url}: {event.detail}", err=True)
        elif event.kind in ("poll", "stored", "unchanged") and verbose >= 1:
            click.echo(f"{event.kind} {event.url}: {event.detail}", err=True)
        elif event.kind == "pass":
            state.say(event.detail)
        elif event.kind == "stop":
            state.say(event.detail, err=True)

    options = state.options.replace(max_bytes=max_bytes)  # the reader's cap follows the fetch cap
    with open_store(options=options) as store:
        with Watcher(sources, store=store, options=options, settings=settings, code=not no_code, fuse=not no_fuse, on_event=on_event) as watcher:
            previous: dict[signal.Signals, Any] = {}

            def on_signal(signum: int, frame: Optional[FrameType]) -> None:
                if watcher.stopping and signum == signal.SIGINT:
                    raise KeyboardInterrupt
                state.say(f"{signal.Signals(signum).name}: stopping after the pages in hand (SIGINT again to abort)", err=True)
                watcher.stop()

            for sig in (signal.SIGINT, signal.SIGTERM):
                previous[sig] = signal.signal(sig, on_signal)
            try:
                watcher.run(once=once)
            finally:
                for sig, handler in previous.items():
                    signal.signal(sig, handler)


COMMANDS = [watch_command]
