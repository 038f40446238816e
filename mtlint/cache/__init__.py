"""The lint-result cache: findings of unchanged files are reused, not recomputed."""
