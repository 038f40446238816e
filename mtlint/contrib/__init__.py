"""Integrations with other engines; each module imports its engine lazily."""
