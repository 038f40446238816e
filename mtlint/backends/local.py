"""``--languagetool local``: language-tool-python starts a LanguageTool server of its own.

This is the only module that imports language-tool-python (GPL-3.0-only, in
the ``grammar`` extra), and it does so only when a local server is asked for.
language-tool-python (3.4) looks for ``LanguageTool-VERSION/`` under
``LTP_PATH`` (default ``~/.cache/language_tool_python``) and downloads it from
the internet when it is missing; with ``LTP_JAR_DIR_PATH`` set it skips the
download but still looks under ``LTP_PATH``. ``scripts/languagetool-server
--prepare`` lays out such a folder from Maven Central: point ``LTP_PATH`` at
the folder it prints.
"""

from __future__ import annotations

from typing import Any

from mtlint.errors import BackendError

_INSTALL_HINT = "pip install 'mtlint[grammar]'"


class LocalServer:
    """A LanguageTool server that lives as long as this object (or the process)."""

    def __init__(self, tool: Any) -> None:
        self._tool = tool
        self.url: str = tool.url

    def close(self) -> None:
        """Stop the server."""
        self._tool.close()


def start_local_server(language: str) -> LocalServer:
    """Start a server through language-tool-python; any failure is a BackendError."""
    try:
        import language_tool_python
        from language_tool_python.exceptions import LanguageToolError
    except ImportError as exc:
        raise BackendError(f"--languagetool local needs language-tool-python: {_INSTALL_HINT}") \
            from exc
    try:
        return LocalServer(language_tool_python.LanguageTool(language))
    except (LanguageToolError, OSError, SystemError, ImportError, ValueError) as exc:
        raise BackendError(f"language-tool-python could not start LanguageTool ({exc}); set "
                           "LTP_PATH to the folder 'scripts/languagetool-server --prepare' "
                           "prints, or pass --languagetool URL") from exc
