"""The one declarative Base every model shares, so they share one registry and one metadata:
relationship strings resolve across the modules, and Alembic compares one schema."""

from __future__ import annotations

import enum

from sqlalchemy import Enum, MetaData
from sqlalchemy.orm import DeclarativeBase

# Named constraints so Alembic's batch mode on SQLite can find them again later.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def stored_enum(kind: type[enum.Enum]) -> Enum:
    """A column of one of our enums, stored as its value ("draft"), not its name ("DRAFT"), in
    plain text: no database enum type for a migration to keep in step."""
    return Enum(kind, native_enum=False, length=20, values_callable=lambda e: [m.value for m in e])
