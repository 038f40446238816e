"""Exceptions that the command line turns into exit code 2 with a one-line message."""

from __future__ import annotations


class MtlintError(Exception):
    """Base of every error mtlint reports to the user."""

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class UsageError(MtlintError):
    """The command line was wrong."""


class InputError(MtlintError):
    """A file to lint could not be read or written."""


class ConfigError(MtlintError):
    """A configuration file is malformed; carries the offending key."""

    def __init__(self, message: str, path: str | None = None, key: str | None = None) -> None:
        super().__init__(f"{key}: {message}" if key else message, path)
        self.key = key


class PackError(ConfigError):
    """A rule pack is malformed; carries the offending key."""


class BackendError(MtlintError):
    """An outside checker (the LanguageTool server) could not be reached or answered badly."""
