"""Data tables shared by several rules: house styles and entity names."""
