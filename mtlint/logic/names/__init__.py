"""Family F, beyond the entity tables: one person's name spelled two ways in an article."""
