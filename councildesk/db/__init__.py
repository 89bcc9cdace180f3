"""The database: engine and session, ORM models, migrations at open, the one-instance lock."""
