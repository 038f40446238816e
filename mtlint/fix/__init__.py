"""Edits, fixes, and applying them."""
