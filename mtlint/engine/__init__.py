"""Rules, their registry, selection, and running them over a document."""
