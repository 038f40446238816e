"""The command line: parsing, commands, and exit codes."""
