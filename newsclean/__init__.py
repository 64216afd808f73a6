"""newsclean: turn scraped news into a clean, deduplicated corpus."""

__version__ = "0.1.0"
