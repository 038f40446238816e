"""Rendering findings for people and machines."""
