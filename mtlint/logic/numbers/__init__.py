"""Family M: numbers, currency amounts and times written the source-locale way."""
