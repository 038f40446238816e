"""Finding and validating the configuration file."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from mtlint.config.schema import BY_KEY
from mtlint.config.settings import Settings
from mtlint.errors import ConfigError


def find_config(start: Path) -> Path | None:
    """The nearest ``mtlint.toml``, or ``pyproject.toml`` with ``[tool.mtlint]``, upward."""
    folder = Path(os.path.realpath(start))  # Path.resolve raises on a symlink loop
    if not folder.is_dir():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        own = candidate / "mtlint.toml"
        if own.is_file():
            return own
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file() and _has_tool_table(_read(pyproject)):
            return pyproject
    return None


def _has_tool_table(data: dict[str, Any]) -> bool:
    """Whether a file has a ``[tool.mtlint]`` table (even an empty one)."""
    tool = data.get("tool")
    return isinstance(tool, dict) and "mtlint" in tool


def load_settings(path: Path | None) -> tuple[Settings, list[str]]:
    """Settings from ``path`` (defaults when None) and warnings about unknown keys.

    A ``pyproject.toml`` without ``[tool.mtlint]`` is an error: discovery passes such files
    over, so only one named with ``--config`` gets here, and that names the wrong file.
    """
    if path is None:
        return Settings(), []
    data = _read(path)
    if path.name != "pyproject.toml":
        _refuse_tool_table(data, path)
        table = data
    elif _has_tool_table(data):
        table = data["tool"]["mtlint"]
    else:
        raise ConfigError("no [tool.mtlint] table, so it configures nothing; add one, or "
                          "name an mtlint.toml", str(path))
    if not isinstance(table, dict):
        raise ConfigError("must be a table", str(path), "tool.mtlint")
    return settings_from_table(table, path)


def _refuse_tool_table(data: dict[str, Any], path: Path) -> None:
    """``mtlint.toml`` (or any ``--config`` file but ``pyproject.toml``) holds the options as
    top-level keys, as ``ruff.toml`` does; a ``[tool.mtlint]`` table there would otherwise
    be one unknown option, ``tool``, and every setting in it silently dropped."""
    if _has_tool_table(data):
        raise ConfigError(f"[tool.mtlint] is for pyproject.toml; in {path.name} write the "
                          "options as top-level keys, without that header (select = [...]; "
                          "[tool.mtlint.score-weights] becomes [score-weights])", str(path))


def settings_from_table(table: dict[str, Any], path: Path) -> tuple[Settings, list[str]]:
    """Validate a ``[tool.mtlint]``-style table; relative paths are taken from ``path``'s folder."""
    warnings: list[str] = []
    values: dict[str, Any] = {}
    for key, value in table.items():
        option = BY_KEY.get(key)
        if option is None:
            import difflib  # only for this hint: a valid configuration never imports it

            hint = difflib.get_close_matches(key, BY_KEY, n=1)
            warnings.append(f"{path}: unknown option '{key}'"
                            + (f"; did you mean '{hint[0]}'?" if hint else ""))
            continue
        values[key.replace("-", "_")] = _validated(path, key, value)
    if "rule_packs" in values:
        values["rule_packs"] = tuple(path.parent / p for p in values["rule_packs"])
    return Settings(source=path, **values), warnings


def _validated(path: Path, key: str, value: Any) -> Any:
    option = BY_KEY[key]
    if option.parse is not None:
        try:
            return option.parse(value)
        except ValueError as exc:
            raise ConfigError(f"{exc}, e.g. {option.example}", str(path), key) from exc
    if option.kind is list:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"must be a list of strings, e.g. {option.example}", str(path), key)
        return tuple(value)
    if not isinstance(value, option.kind):
        raise ConfigError(f"must be a {option.kind.__name__}, e.g. {option.example}",
                          str(path), key)
    if option.choices and value not in option.choices:
        raise ConfigError(f"must be one of {', '.join(option.choices)}", str(path), key)
    return value


def _read(path: Path) -> dict[str, Any]:
    import tomllib  # 1.2 ms to import: only a run with a configuration file

    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML: {exc}", str(path)) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read: {exc}", str(path)) from exc
