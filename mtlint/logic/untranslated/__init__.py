"""Family J: text left untranslated, by script (J101) and by source-language words (J102)."""
