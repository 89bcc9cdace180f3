"""The one error an importer raises: what is wrong with the file, and what the clerk can do."""

from __future__ import annotations

import os
from pathlib import PurePath

from councildesk.errors import CouncilDeskError


class ImportProblem(CouncilDeskError):
    """A file that cannot be imported. The message names the file and says what to do."""

    def __init__(self, path: str | os.PathLike[str], problem: str, advice: str) -> None:
        self.path = os.fspath(path)
        self.problem = problem
        self.advice = advice
        name = PurePath(self.path).name or self.path
        super().__init__(f"Cannot import ‘{name}’: {problem}. {advice}")
