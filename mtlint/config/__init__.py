"""Settings from ``[tool.mtlint]`` in pyproject.toml or from mtlint.toml."""
