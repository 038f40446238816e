"""Helpers for testing rules and packs, reusable by pack authors."""
