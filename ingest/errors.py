"""Exceptions of the ingest library. The CLI turns each into a one-line `Error: ...` with a hint."""


class UnkgError(Exception):
    """Base of every error unkg reports to a user; the message says how to fix the input."""


class UnreadableDocument(UnkgError):
    """A file could not be read as a document (unknown format, undetectable encoding, no text)."""


class UnknownFormat(UnkgError):
    """No reader is registered for a file's extension."""


class NoSymbol(UnreadableDocument):
    """A document whose text prints no UN symbol and whose manifest entry gives none."""
