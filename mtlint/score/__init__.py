"""MQM-style quality scores: penalty points per 100 words of an article."""
