"""Run mtlint as ``python -m mtlint``."""

from mtlint.cli.main import entry

entry()
