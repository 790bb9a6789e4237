"""The ``tidings`` command line: a thin layer over the library.

Each command lives in its own module in this package and exposes a list
``COMMANDS`` of click commands; :class:`LazyGroup` discovers them, so a new
command is a new module. Commands parse arguments, call the library and let
:func:`main` turn :class:`~tidings.TidingsError` into one-line messages.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
import sys
from dataclasses import dataclass
from typing import Optional

import click

from .. import __version__
from .._errors import TidingsError
from .._options import Options, load_options

__all__ = ["main", "cli", "State", "pass_state"]


@dataclass
class State:
    """What every command receives: the resolved options and verbosity."""

    options: Options
    verbosity: int = 0  # -1 quiet, 0 normal, 1+ verbose

    def say(self, message: str, *, err: bool = False) -> None:
        """Print ``message`` unless quiet (to stderr with ``err``)."""
        if self.verbosity >= 0:
            click.echo(message, err=err)


pass_state = click.make_pass_decorator(State)


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
                    found[cmd.name] = cmd
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
    if verbosity >= 2:
        logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(name)s: %(message)s")
    elif verbosity == 1:
        logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    ctx.obj = State(options=options, verbosity=verbosity)


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
