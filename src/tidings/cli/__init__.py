"""The ``tidings`` command line: a thin layer over the library.

Each command lives in its own module in this package and exposes a list
``COMMANDS`` of click commands; :class:`LazyGroup` discovers them, so a new
command is a new module. Commands parse arguments, call the library and let
:func:`main` turn :class:`~tidings.TidingsError` into one-line messages.

Values a user types are checked here, before any work, with the parameter
types below (:data:`FROM_DATE`, :data:`TO_DATE`, :data:`STATUS`,
:data:`PORT`): a bad one is a usage error (one line, exit code 2). The global
options (``--db``, ``--config``, ``-v``, ``-q``) are accepted before and after
the command name.
"""

from __future__ import annotations

import functools
import importlib
import logging
import math
import os
import pkgutil
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Optional, TypeVar, get_args

import click

from .. import __version__
from .._errors import StoreError, TidingsError
from .._options import Options, load_options
from .._types import Status
from ..time import DateError, parse_iso_strict

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["main", "cli", "State", "pass_state", "IsoDate", "DayDate", "FROM_DATE", "TO_DATE", "DAY", "STATUS", "STATUSES", "CONFIDENCE", "PORT", "check_window"]

#: The claim statuses an event can have, in the order of the schema.
STATUSES: tuple[str, ...] = get_args(Status)


class IsoDate(click.ParamType[str, Any]):
    """An ISO date typed by a user (``2018-03-26``, ``2018-03``, ``2018``), as a day.

    ``--from`` takes the first day of what it names and ``--to`` the last, so
    ``--from 2018-03 --to 2018-03`` is the month of March. Anything else
    (``2018-13-45``, ``26/03/2018``) is a usage error.
    """

    name = "date"

    def __init__(self, *, end: bool = False) -> None:
        self.end = end

    def convert(self, value: Any, param: Optional[click.Parameter], ctx: Optional[click.Context]) -> str:
        """The day as ``YYYY-MM-DD``."""
        try:
            span = parse_iso_strict(value)
        except DateError:
            span = None
        if span is None:
            self.fail(f"{value!r} is not a date; write YYYY-MM-DD (or YYYY-MM, YYYY)", param, ctx)
        return (span.end if self.end else span.start).isoformat()


class DayDate(click.ParamType[str, Any]):
    """A day typed by a user (``2018-03-26``, or an ISO date-time): ``--published``, which names one day."""

    name = "date"

    def convert(self, value: Any, param: Optional[click.Parameter], ctx: Optional[click.Context]) -> str:
        """The day as ``YYYY-MM-DD``."""
        try:
            span = parse_iso_strict(value, need_day=True)
        except DateError:
            span = None
        if span is None:
            self.fail(f"{value!r} is not a day; write YYYY-MM-DD, e.g. 2025-09-08", param, ctx)
        return span.start.isoformat()


FROM_DATE = IsoDate()
TO_DATE = IsoDate(end=True)
DAY = DayDate()
STATUS = click.Choice(STATUSES)
PORT = click.IntRange(1, 65535)


class ConfidenceRange(click.FloatRange):
    """A number from 0 to 1 (``nan``, which a float range lets through, is refused)."""

    name = "confidence"

    def convert(self, value: Any, param: Optional[click.Parameter], ctx: Optional[click.Context]) -> Any:
        number = super().convert(value, param, ctx)
        if math.isnan(number):
            self.fail(f"{value!r} is not a number from 0 to 1", param, ctx)
        return number


CONFIDENCE = ConfidenceRange(0.0, 1.0)
"""A confidence threshold: how likely the coder is right, 0 to 1."""


F = TypeVar("F", bound=Callable[..., Any])


def read_min_confidence_option(what: str) -> Callable[[F], F]:
    """The ``--min-confidence`` option of the commands that read stored events (``what`` starts its help)."""
    return click.option(
        "--min-confidence", type=CONFIDENCE, default=None,
        help=f"{what} whose confidence (how likely the coder is right, 0..1) is at least this; 0.7 is the precision-first choice."
             " [default: setting read_min_confidence, 0]",
    )


def check_window(date_from: Optional[str], date_to: Optional[str]) -> None:
    """A usage error when ``--from`` falls after ``--to``."""
    if date_from and date_to and date_from > date_to:
        raise click.UsageError(f"--from {date_from} is after --to {date_to}")


def _is_file(db: str) -> bool:
    return "://" not in db and db != ":memory:"


@dataclass
class State:
    """What every command receives: the resolved options and verbosity."""

    options: Options
    verbosity: int = 0  # -1 quiet, 0 normal, 1+ verbose
    config: Optional[str] = None  # the --config given before the command
    db: Optional[str] = None  # the --db given before the command (or TIDINGS_DB)

    def say(self, message: str, *, err: bool = False) -> None:
        """Print ``message`` unless quiet (to stderr with ``err``)."""
        if self.verbosity >= 0:
            click.echo(message, err=err)

    def reconfigure(self, *, db: Optional[str], config: Optional[str], verbose: int, quiet: bool) -> None:
        """Apply global options given after the command name (they win over those before it)."""
        if db is not None or config is not None:
            self.config = config if config is not None else self.config
            self.db = db if db is not None else self.db
            self.options = load_options(self.config, db=self.db)
        if quiet:
            self.verbosity = -1
        elif verbose:
            self.verbosity = verbose
        _logging(self.verbosity)

    def require_db(self) -> str:
        """The ``--db`` value; a :class:`~tidings.StoreError` when it names a database file that does not exist."""
        db = os.fspath(self.options.db)
        if _is_file(db) and not os.path.exists(db):
            raise StoreError("no database here", path=db, fix="check --db, or fill one with `tidings ingest PATH` or `tidings demo`")
        return db

    def open_store(self, *, create: bool = False) -> "Store":
        """The store at ``--db``; a database file that does not exist is an error unless ``create``.

        Only the commands that fill a store (``ingest``, ``demo``, ``watch``)
        create one: a mistyped ``--db`` elsewhere must not leave an empty
        database behind and report "no events".
        """
        from ..store import open_store

        db = os.fspath(self.options.db) if create else self.require_db()
        return open_store(db, options=self.options)


pass_state = click.make_pass_decorator(State)


def _logging(verbosity: int) -> None:
    if verbosity >= 2:
        logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(name)s: %(message)s")
    elif verbosity == 1:
        logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")


def _global_params(taken: set[str]) -> list[click.Parameter]:
    """The global options as a command's own (``tidings events --db x``), minus names it already uses."""
    params: list[click.Parameter] = []
    if "--db" not in taken:
        params.append(click.Option(["--db", "_g_db"], default=None, help="Database (as the global --db)."))
    if "--config" not in taken:
        params.append(click.Option(["--config", "_g_config"], default=None, type=click.Path(dir_okay=False), help="Settings file (as the global --config)."))
    if "--verbose" not in taken and "-v" not in taken:
        params.append(click.Option(["-v", "--verbose", "_g_verbose"], count=True, help="Say more (as the global -v)."))
    if "--quiet" not in taken and "-q" not in taken:
        params.append(click.Option(["-q", "--quiet", "_g_quiet"], is_flag=True, help="Print only results and errors (as the global -q)."))
    return params


def _accept_global_options(cmd: click.Command) -> click.Command:
    """Let ``cmd`` (and its subcommands) take the global options after its name."""
    if getattr(cmd, "_tidings_global", False):
        return cmd
    cmd._tidings_global = True  # type: ignore[attr-defined]
    taken = {opt for p in cmd.params for opt in getattr(p, "opts", [])}
    cmd.params.extend(_global_params(taken))
    original: Optional[Callable[..., Any]] = cmd.callback

    @functools.wraps(original or (lambda **kw: None))
    def callback(**kwargs: Any) -> Any:
        given = {key[3:]: kwargs.pop(key) for key in list(kwargs) if key.startswith("_g_")}
        state = click.get_current_context().find_object(State)
        if state is not None and any(given.values()):
            state.reconfigure(db=given.get("db"), config=given.get("config"), verbose=given.get("verbose") or 0, quiet=bool(given.get("quiet")))
        return original(**kwargs) if original is not None else None

    cmd.callback = callback
    if isinstance(cmd, click.Group):
        for sub in cmd.commands.values():
            _accept_global_options(sub)
    return cmd


class LazyGroup(click.Group):
    """A group whose commands are found in the modules of this package."""

    def _discover(self) -> dict[str, click.Command]:
        if getattr(self, "_found", None) is None:
            found: dict[str, click.Command] = {}
            for info in pkgutil.iter_modules(__path__):
                if info.name.startswith("_"):
                    continue
                module = importlib.import_module(f"{__name__}.{info.name}")
                for cmd in getattr(module, "COMMANDS", []):
                    found[cmd.name] = _accept_global_options(cmd)
            self._found = found
        return self._found

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Names of the registered and the discovered commands, sorted."""
        return sorted(set(super().list_commands(ctx)) | set(self._discover()))

    def get_command(self, ctx: click.Context, name: str) -> Optional[click.Command]:
        """The command ``name``, registered or discovered, or ``None``."""
        return super().get_command(ctx, name) or self._discover().get(name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="tidings")
@click.option("--db", envvar="TIDINGS_DB", default=None, help="Database file. [default: ./tidings.db, env TIDINGS_DB]")
@click.option("--config", "config", default=None, type=click.Path(dir_okay=False), help="Settings file (TOML). [default: ./tidings.toml if present]")
@click.option("-v", "--verbose", count=True, help="Say more (repeat for debug logs).")
@click.option("-q", "--quiet", is_flag=True, help="Print only results and errors.")
@click.pass_context
def cli(ctx: click.Context, db: Optional[str], config: Optional[str], verbose: int, quiet: bool) -> None:
    """tidings: news articles in, a sourced record of world events out.

    \b
    Start with `tidings demo`, then `tidings serve`.
    Stages: read -> annotate -> code -> fuse -> store -> export/report/web.
    """
    options = load_options(config, db=db)
    verbosity = -1 if quiet else verbose
    _logging(verbosity)
    ctx.obj = State(options=options, verbosity=verbosity, config=config, db=db)


def main(argv: Optional[list[str]] = None) -> None:
    """Console entry point: run the CLI, turning library errors into one line."""
    try:
        cli.main(args=argv, prog_name="tidings", standalone_mode=False)
    except TidingsError as err:
        click.echo(f"tidings: error: {err}", err=True)
        sys.exit(1)
    except click.exceptions.Abort:
        click.echo("tidings: aborted", err=True)
        sys.exit(130)
    except click.ClickException as err:
        err.show()
        sys.exit(err.exit_code)
    except click.exceptions.Exit as err:
        sys.exit(err.exit_code)
    except BrokenPipeError:
        sys.exit(0)
    sys.exit(0)
