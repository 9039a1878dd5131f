"""Errors a user can act on: one line naming the file, the line and what to do."""

from __future__ import annotations


class IgfgraphError(Exception):
    """Base class of every error igfgraph reports to users as one line."""


class InputError(IgfgraphError):
    """A file cannot be read or parsed as a report."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.message = message
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str, int | None]]:
        """Rebuilt from its parts: a worker process hands its errors to the parent."""
        return InputError, (self.path, self.message, self.line)


class StoreError(IgfgraphError):
    """The store cannot be opened, read or written."""


class QueryError(IgfgraphError):
    """A named query is unknown, or its parameters are wrong."""
