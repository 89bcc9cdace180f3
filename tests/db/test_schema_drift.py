"""The migrations build exactly the schema the models describe: no drift between the two."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from councildesk.db.fts import SEARCH_INDEXES, is_search_index
from councildesk.db.models import Base
from councildesk.db.open import open_database


def _include(item: object, name: str | None, type_: str, reflected: bool, other: object) -> bool:
    return not (type_ == "table" and name is not None and is_search_index(name))


def test_models_and_migrations_describe_the_same_schema(tmp_path: Path) -> None:
    db = open_database(tmp_path / "drift.sqlite", create=True)
    try:
        with db.engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"include_object": _include, "compare_type": True}
            )
            differences = compare_metadata(context, Base.metadata)
    finally:
        db.close()
    assert differences == []


def test_the_search_indexes_are_left_to_the_migrations(tmp_path: Path) -> None:
    db = open_database(tmp_path / "fts.sqlite", create=True)
    try:
        tables = inspect(db.engine).get_table_names()
    finally:
        db.close()
    indexes = [t for t in tables if is_search_index(t)]
    assert set(SEARCH_INDEXES) <= set(indexes)
    assert not any(is_search_index(t) for t in Base.metadata.tables)
