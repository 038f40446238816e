"""Rule kinds that need logic beyond a pattern or a table."""
