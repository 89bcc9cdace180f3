"""The use cases. Each function takes a Session and plain arguments; GUI and CLI both call these,
and nothing else writes to the database."""
