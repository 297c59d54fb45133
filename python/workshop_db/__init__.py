"""Workshop DB: thin, typed Python access to the workshop's PostgreSQL schema."""

__version__ = "0.1.0"
