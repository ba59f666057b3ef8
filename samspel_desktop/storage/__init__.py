"""Storage: the only package that imports ``sqlite_utils``. Repositories return domain objects."""
