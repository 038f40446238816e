"""Reading rule packs, entity tables and house styles from TOML."""
