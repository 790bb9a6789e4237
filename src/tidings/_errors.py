"""The exception tree of tidings.

Every error the library raises on purpose is a :class:`TidingsError`. Each
carries a stable ``code`` (``E1xx`` reading, ``E2xx`` store, ``E3xx``
knowledge, ``E4xx`` configuration and extras, ``E5xx`` pipeline, ``E6xx``
evaluation), the file or object it is about, and a ``fix`` telling the user
what to do. ``str(err)`` is one line, so the CLI can print it as it is::

    TidingsError
    ├── ReadError            (a file or text could not be read; the batch goes on)
    │   ├── EmptyInput       E101
    │   ├── BinaryInput      E102
    │   ├── DecodeError      E103
    │   ├── TooLarge         E104
    │   ├── UnsupportedInput E105
    │   ├── MalformedInput   E106
    │   └── (UnsupportedInput:) MissingInput E107, NotAFile E108, UnreadableInput E109
    ├── StoreError           E201 (database cannot be opened, migrated or written)
    │   └── SchemaVersionError E202
    ├── KnowledgeError       E301 (a knowledge or dictionary file is malformed)
    ├── ConfigError          E401 (bad option or config file)
    │   └── MissingExtra     E402 (an optional dependency is not installed)
    ├── PipelineError        E501 (the NLP model cannot be loaded or run)
    │   └── CodingError      E503 (one document could not be coded)
    ├── NotFound             E502 (an id asked for does not exist)
    ├── EvalDataError        E601 (evaluation data missing or unreadable)
    └── FetchError           E701 (a URL could not be fetched or used; a watch goes on)
        ├── FetchTimeout     E702
        ├── HTTPStatusError  E703
        ├── RedirectError    E704
        ├── ContentTypeError E705
        ├── ResponseTooLarge E706
        ├── TruncatedResponse E707
        ├── RobotsDisallowed E708
        └── FeedError        E709
"""

from __future__ import annotations

from typing import Optional

__all__ = [
    "TidingsError",
    "ReadError",
    "EmptyInput",
    "BinaryInput",
    "DecodeError",
    "TooLarge",
    "UnsupportedInput",
    "MalformedInput",
    "MissingInput",
    "NotAFile",
    "UnreadableInput",
    "StoreError",
    "SchemaVersionError",
    "QueryError",
    "KnowledgeError",
    "ConfigError",
    "MissingExtra",
    "PipelineError",
    "CodingError",
    "NotFound",
    "EvalDataError",
    "FetchError",
    "FetchTimeout",
    "HTTPStatusError",
    "RedirectError",
    "ContentTypeError",
    "ResponseTooLarge",
    "TruncatedResponse",
    "RobotsDisallowed",
    "FeedError",
]


class TidingsError(Exception):
    """Base class of every error tidings raises on purpose."""

    code = "E000"
    default_fix: Optional[str] = None

    def __init__(self, message: str, *, path: Optional[str] = None, fix: Optional[str] = None) -> None:
        self.message = " ".join(str(message).split())
        self.path = str(path) if path is not None else None
        self.fix = fix if fix is not None else self.default_fix
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        fix = f" ({self.fix})" if self.fix else ""
        return f"{self.code} {where}{self.message}{fix}"

    @property
    def reason(self) -> str:
        """Short machine-friendly reason (class name in snake case)."""
        name = type(self).__name__
        return "".join("_" + c.lower() if c.isupper() else c for c in name).lstrip("_")


class ReadError(TidingsError):
    """A file or text could not be read; a batch skips it and goes on."""

    code = "E100"


class EmptyInput(ReadError):
    """The input holds no text."""

    code = "E101"
    default_fix = "the file has no text; remove it from the batch"


class BinaryInput(ReadError):
    """The input is binary, not text, HTML or JSONL."""

    code = "E102"
    default_fix = "only text, HTML and JSONL articles can be read"


class DecodeError(ReadError):
    """The input's bytes could not be decoded to text."""

    code = "E103"
    default_fix = "convert the file to UTF-8"


class TooLarge(ReadError):
    """The input is larger than the ``max_bytes`` cap."""

    code = "E104"
    default_fix = "raise the cap with --max-bytes or split the file"


class UnsupportedInput(ReadError):
    """The input cannot be read this way: no such file, a pattern matching nothing, a file that cannot be opened."""

    code = "E105"


class MalformedInput(ReadError):
    """The input is of a known format but broken: a bad JSONL line, a broken gzip file, HTML without text."""

    code = "E106"


class MissingInput(UnsupportedInput):
    """A path that does not exist, a broken symlink, or a pattern that matches nothing."""

    code = "E107"
    default_fix = "check the path"


class NotAFile(UnsupportedInput):
    """A path that is neither a regular file nor a folder: a FIFO, socket or device, or a symlink loop."""

    code = "E108"
    default_fix = "name regular files or folders"


class UnreadableInput(UnsupportedInput):
    """A file or folder that exists but cannot be opened or listed (permissions, I/O errors)."""

    code = "E109"
    default_fix = "check its permissions"


class StoreError(TidingsError):
    """The database cannot be opened, migrated or written."""

    code = "E201"


class SchemaVersionError(StoreError):
    """The database was written by a newer tidings than this one."""

    code = "E202"
    default_fix = "upgrade tidings to open this database"


class QueryError(StoreError):
    """A query or its parameters are refused: too long, too many terms, over its time budget, a bad limit or order."""

    code = "E203"


class KnowledgeError(TidingsError):
    """A knowledge or dictionary file is malformed."""

    code = "E301"


class ConfigError(TidingsError):
    """A bad option, setting or config file."""

    code = "E401"


class MissingExtra(ConfigError):
    """A feature needs an optional dependency that is not installed."""

    code = "E402"

    def __init__(self, feature: str, extra: str, package: str) -> None:
        super().__init__(
            f"{feature} needs the optional package {package!r}",
            fix=f"pip install 'tidings[{extra}]'",
        )


class PipelineError(TidingsError):
    """The NLP model cannot be loaded or run."""

    code = "E501"


class CodingError(PipelineError):
    """Coding one document failed; the batch goes on without it."""

    code = "E503"
    default_fix = "report the document and this message; the rest of the batch was coded"


class NotFound(TidingsError):
    """An id asked for does not exist."""

    code = "E502"


class EvalDataError(TidingsError):
    """Evaluation data is missing or unreadable."""

    code = "E601"
    default_fix = "pass --data PATH pointing at the data set"


class FetchError(TidingsError):
    """A URL could not be fetched, or what came back cannot be used; a watch logs it and goes on.

    ``transient`` tells whether trying again later may succeed (network
    faults, timeouts, 429 and 5xx answers, truncated bodies).
    """

    code = "E701"
    transient = True


class FetchTimeout(FetchError):
    """The server did not answer, or did not finish the body, in time."""

    code = "E702"
    default_fix = "the server is slow; raise --timeout or try later"


class HTTPStatusError(FetchError):
    """The server answered with an error status."""

    code = "E703"

    def __init__(self, status: int, *, path: Optional[str] = None, fix: Optional[str] = None) -> None:
        self.status = status
        self.transient = status in (408, 425, 429, 500, 502, 503, 504)
        super().__init__(f"HTTP {status}", path=path, fix=fix)


class RedirectError(FetchError):
    """Too many redirects, a redirect loop, or a redirect without a usable target."""

    code = "E704"
    transient = False


class ContentTypeError(FetchError):
    """The response is not of a content type this kind of URL may have."""

    code = "E705"
    transient = False


class ResponseTooLarge(FetchError):
    """The body (as sent, or once decompressed) is larger than the size cap."""

    code = "E706"
    transient = False
    default_fix = "raise the cap with --max-bytes if the page is genuine"


class TruncatedResponse(FetchError):
    """The connection closed before the whole body arrived."""

    code = "E707"


class RobotsDisallowed(FetchError):
    """The site's robots.txt does not allow this URL for our user agent."""

    code = "E708"
    transient = False


class FeedError(FetchError):
    """A feed, sitemap or URL list is malformed or unsafe to parse."""

    code = "E709"
    transient = False
