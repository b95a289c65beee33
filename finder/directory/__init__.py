"""The service directory: content files in, one SQLite file out, and the queries over it."""
