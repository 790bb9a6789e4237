"""Politeness and polling settings of ``tidings watch``.

Declared once in :data:`WATCH_SETTINGS`, like :data:`tidings._options.SETTINGS`;
they flow from the ``[watch]`` table of the config file (``tidings.toml``
or ``--config``), then ``TIDINGS_WATCH_<NAME>`` variables, then CLI flags
or keyword arguments, into a frozen :class:`WatchSettings`.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Optional

from .._errors import ConfigError
from .._options import Setting

__all__ = ["WatchSettings", "WATCH_SETTINGS", "load_watch_settings", "default_user_agent"]


def default_user_agent() -> str:
    """``tidings/<version> (+https://github.com/tidings-project/tidings)``: who we are and where to read about it."""
    from .. import __version__

    return f"tidings/{__version__} (+https://github.com/tidings-project/tidings; news event research)"


WATCH_SETTINGS: tuple[Setting, ...] = (
    Setting("user_agent", str, "", "User-Agent header sent with every request and matched against robots.txt (empty: tidings/<version>; add a contact URL or address)"),
    Setting("interval", float, 900.0, "seconds between the starts of two polling passes"),
    Setting("delay", float, 1.0, "minimum seconds between two requests to one host (a larger robots.txt Crawl-delay wins)"),
    Setting("concurrency", int, 4, "requests in flight at once, all hosts together"),
    Setting("per_host", int, 1, "requests in flight at once to one host"),
    Setting("timeout", float, 10.0, "seconds to connect, and to wait for each piece of a response"),
    Setting("total_timeout", float, 60.0, "seconds one response may take from request to last byte"),
    Setting("retries", int, 3, "new tries of a request after a network fault, a timeout, 429 or 5xx"),
    Setting("backoff", float, 1.0, "first wait before a retry, doubled at each try (Retry-After wins when given)"),
    Setting("max_backoff", float, 60.0, "longest wait before a retry; a longer Retry-After defers the URL to a later pass"),
    Setting("max_redirects", int, 5, "redirects followed per request"),
    Setting("max_bytes", int, 0, "size cap of a response body, as sent and once decompressed (0: the max_bytes setting)"),
    Setting("max_attempts", int, 3, "passes in which a URL that failed transiently is tried again before it is given up"),
    Setting("max_items", int, 1000, "new URLs queued from one source per pass; the rest are queued in later passes"),
    Setting("sitemap_depth", int, 2, "levels of nested sitemap indexes followed"),
    Setting("robots_ttl", float, 3600.0, "seconds a host's robots.txt is kept before it is fetched again"),
    Setting("proxy", str, "", "HTTP(S) proxy URL for every request (empty: none; the environment's proxy variables are not read)"),
)

_BY_NAME = {s.name: s for s in WATCH_SETTINGS}


@dataclass(frozen=True)
class WatchSettings:
    """All settings of a watch. Build with :func:`load_watch_settings` or ``WatchSettings()``."""

    user_agent: str = ""
    interval: float = 900.0
    delay: float = 1.0
    concurrency: int = 4
    per_host: int = 1
    timeout: float = 10.0
    total_timeout: float = 60.0
    retries: int = 3
    backoff: float = 1.0
    max_backoff: float = 60.0
    max_redirects: int = 5
    max_bytes: int = 0
    max_attempts: int = 3
    max_items: int = 1000
    sitemap_depth: int = 2
    robots_ttl: float = 3600.0
    proxy: str = ""

    def __post_init__(self) -> None:
        for name in ("concurrency", "per_host", "max_attempts", "max_items"):
            if getattr(self, name) < 1:
                raise ConfigError(f"watch setting {name!r} must be at least 1, got {getattr(self, name)!r}")
        for name in ("interval", "delay", "timeout", "total_timeout", "backoff", "max_backoff", "robots_ttl"):
            if getattr(self, name) < 0:
                raise ConfigError(f"watch setting {name!r} must not be negative, got {getattr(self, name)!r}")
        for name in ("retries", "max_redirects", "max_bytes", "sitemap_depth"):
            if getattr(self, name) < 0:
                raise ConfigError(f"watch setting {name!r} must not be negative, got {getattr(self, name)!r}")
        if self.timeout == 0 or self.total_timeout == 0:
            raise ConfigError("watch timeouts must be above 0")

    @property
    def agent(self) -> str:
        """The User-Agent actually sent."""
        return self.user_agent.strip() or default_user_agent()

    def replace(self, **changes: Any) -> "WatchSettings":
        """A copy with ``changes`` applied (``None`` values are left out), each checked and coerced."""
        values = {k: _coerce(k, v, "argument") for k, v in changes.items() if v is not None}
        return dataclasses.replace(self, **values)

    def as_dict(self) -> dict[str, Any]:
        """The settings as a plain dict, name to value."""
        return dataclasses.asdict(self)


def _coerce(name: str, value: Any, origin: str) -> Any:
    setting = _BY_NAME.get(name)
    if setting is None:
        raise ConfigError(f"unknown watch setting {name!r} in {origin}", fix="see docs/watch.md for the list")
    try:
        if setting.type is int and isinstance(value, float) and not value.is_integer():
            raise ValueError(value)
        return setting.type(value)
    except (TypeError, ValueError):
        raise ConfigError(f"watch setting {name!r} in {origin} must be {setting.type.__name__}, got {value!r}") from None


def load_watch_settings(
    config: Optional[str | os.PathLike[str]] = None,
    *,
    env: Optional[Mapping[str, str]] = None,
    **overrides: Any,
) -> WatchSettings:
    """Build :class:`WatchSettings` from the ``[watch]`` table of a TOML file, the environment and overrides.

    ``config`` defaults to ``$TIDINGS_CONFIG`` or ``./tidings.toml`` when it
    exists; the table may also sit under ``[tidings.watch]``.
    """
    env = os.environ if env is None else env
    values: dict[str, Any] = {}
    path = config or env.get("TIDINGS_CONFIG")
    if path is None and Path("tidings.toml").is_file():
        path = "tidings.toml"
    if path is not None:
        p = Path(path)
        try:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError("config file not found", path=str(p)) from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"config file is not valid TOML: {exc}", path=str(p)) from None
        table = data.get("watch", (data.get("tidings") or {}).get("watch", {}))
        if not isinstance(table, dict):
            raise ConfigError("the watch settings must be a table ([watch])", path=str(p))
        for key, value in table.items():
            values[key] = _coerce(key, value, str(p))
    for setting in WATCH_SETTINGS:
        key = f"TIDINGS_WATCH_{setting.name.upper()}"
        if key in env:
            values[setting.name] = _coerce(setting.name, env[key], key)
    for key, value in overrides.items():
        if value is not None:
            values[key] = _coerce(key, value, "argument")
    return WatchSettings(**values)
