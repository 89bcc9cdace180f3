"""What the columns declare, enforced for every service before anything is written.

SQLite keeps a 100,000-character name in a String(200) column without complaint, and a date in
the year 1. So before each flush every new or changed record is checked: one-line text fields
lose control characters and bidi overrides (see rules/clean_text.py) and must fit their column;
dates must be from 1900 on. A breach is a ValidationError naming the field, which the forms show
beside it and the command line prints in one line; nothing is written.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Date, String, event, inspect
from sqlalchemy.orm import Session

from councildesk.errors import Problem, ValidationError
from councildesk.rules.clean_text import clean_line
from councildesk.rules.dates import EARLIEST_YEAR


def _label(key: str) -> str:
    return key.replace("_", " ").capitalize()


def check_record(record: object) -> list[Problem]:
    """Clean the record's one-line text in place and return what breaks its columns' limits."""
    problems: list[Problem] = []
    for attribute in inspect(record).mapper.column_attrs:
        column = attribute.columns[0]
        value = getattr(record, attribute.key, None)
        if isinstance(value, str) and isinstance(column.type, String) and column.type.length:
            cleaned = clean_line(value)
            if cleaned != value:
                setattr(record, attribute.key, cleaned)
            limit = column.type.length
            if len(cleaned) > limit:
                problems.append(
                    Problem(
                        attribute.key,
                        f"{_label(attribute.key)} can be at most {limit:,} characters; "
                        f"this one has {len(cleaned):,}.",
                    )
                )
        elif (
            isinstance(value, dt.date)
            and isinstance(column.type, Date)
            and value.year < EARLIEST_YEAR
        ):
            problems.append(
                Problem(
                    attribute.key,
                    f"{_label(attribute.key)} cannot be before {EARLIEST_YEAR} "
                    f"({value.strftime('%d/%m')}/{value.year:04d}); check the year.",
                )
            )
    return problems


@event.listens_for(Session, "before_flush")
def _enforce_limits(session: Session, _context: Any, _instances: Any) -> None:
    problems: list[Problem] = []
    for record in [*session.new, *session.dirty]:
        problems += check_record(record)
    if problems:
        raise ValidationError(problems)
