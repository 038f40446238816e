"""Data-driven rule kinds: the Python behind rules written as TOML."""
