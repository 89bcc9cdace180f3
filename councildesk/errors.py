"""Errors a clerk can act on. The CLI prints their message on one line; the GUI shows it."""

from __future__ import annotations

from dataclasses import dataclass


class CouncilDeskError(Exception):
    """An expected failure, with a message written for the clerk."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with what was entered, and the field it belongs to."""

    field: str
    message: str


class ValidationError(CouncilDeskError):
    """What the clerk entered cannot be saved; nothing was saved."""

    def __init__(self, problems: list[Problem] | Problem) -> None:
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        super().__init__(" ".join(p.message for p in self.problems))

    def for_field(self, field: str) -> str | None:
        for problem in self.problems:
            if problem.field == field:
                return problem.message
        return None


class NotFoundError(CouncilDeskError):
    """The thing asked for does not exist."""
