"""A small HTTP client for LanguageTool's ``/v2/check`` API (standard library only)."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

from mtlint.errors import BackendError, UsageError

#: seconds to wait for the first answer; a server's first English check loads its models
PROBE_TIMEOUT = 60.0
#: seconds to wait for one batch of paragraphs
CHECK_TIMEOUT = 120.0


def server_root(url: str) -> str:
    """``url`` without a trailing ``/v2`` or slash; only http and https are accepted."""
    parsed = urllib.parse.urlsplit(url.strip())
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise UsageError(f"--languagetool expects 'local' or an http(s) URL such as "
                         f"http://127.0.0.1:8081, not '{url}'")
    path = parsed.path.rstrip("/")
    path = path.removesuffix("/v2")
    return urllib.parse.urlunsplit((parsed.scheme, parsed.netloc, path, "", ""))


class LanguageToolClient:
    """Posts check requests to one LanguageTool server and returns its parsed answers."""

    def __init__(self, url: str) -> None:
        self.root = server_root(url)

    def check(self, params: dict[str, str], timeout: float = CHECK_TIMEOUT) -> dict[str, Any]:
        """The JSON answer of ``/v2/check`` for form fields ``params``."""
        body = urllib.parse.urlencode(params).encode("utf-8")
        request = urllib.request.Request(f"{self.root}/v2/check", data=body, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                answer = json.loads(response.read().decode("utf-8"))
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace").strip().splitlines()
            raise BackendError(f"LanguageTool at {self.root} answered HTTP {exc.code}"
                               + (f": {detail[0][:200]}" if detail else "")) from exc
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise BackendError(f"LanguageTool at {self.root} is unreachable ({reason})") from exc
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise BackendError(f"LanguageTool at {self.root} did not answer JSON") from exc
        if not isinstance(answer, dict):
            raise BackendError(f"LanguageTool at {self.root} did not answer a JSON object")
        return answer

    def version(self, language: str) -> str:
        """The server's LanguageTool version and build, from a tiny check (fails fast)."""
        answer = self.check({"language": language, "text": "."}, timeout=PROBE_TIMEOUT)
        software = answer.get("software")
        if not isinstance(software, dict) or "version" not in software:
            raise BackendError(f"{self.root} does not look like a LanguageTool server")
        return f"{software['version']} {software.get('buildDate', '')}".strip()
