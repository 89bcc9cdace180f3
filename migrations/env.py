"""Alembic environment. CouncilDesk runs migrations itself at open (councildesk/db/migrate.py):
the connection arrives in ``config.attributes['connection']`` already inside the one transaction
the whole upgrade runs in, and the caller commits it. Running the ``alembic`` command by hand also
works, with ``-x db=PATH``."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import Connection, Engine, create_engine

from councildesk.db.fts import is_search_index
from councildesk.db.models import Base

config = context.config
target_metadata = Base.metadata


def _engine() -> Engine:
    db_path = context.get_x_argument(as_dictionary=True).get("db", "councildesk.sqlite")
    return create_engine(f"sqlite:///{db_path}")


def include_object(
    item: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Leave the FTS5 indexes out of autogenerate: the models do not describe them."""
    return not (type_ == "table" and name is not None and is_search_index(name))


def run_migrations_offline() -> None:
    context.configure(
        url="sqlite://",
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    given: Connection | None = config.attributes.get("connection")
    if given is not None:
        # render_as_batch: SQLite cannot ALTER most things, so Alembic copies the table instead.
        context.configure(connection=given, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    with _engine().connect() as connection:
        # render_as_batch: SQLite cannot ALTER most things, so Alembic copies the table instead.
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            include_object=include_object,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
