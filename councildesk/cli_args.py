"""What every command's arguments share: dates read the UK way, and mistakes in one line.

argparse answers a mistake with its usage block and an "error:" line; a clerk needs one line
that says what was wrong and how to write it, as every other failure of the command line does.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from councildesk.rules.dates import parse_date

USAGE_ERROR = 2  # argparse's own exit code for a command typed wrongly


class OneLineParser(argparse.ArgumentParser):
    """An ArgumentParser whose mistakes are one line on stderr, naming the command."""

    def error(self, message: str) -> NoReturn:
        # argparse says "argument --from: ..."; the option's name alone reads better.
        message = message.removeprefix("argument ")
        # Our own messages are sentences that say what to do; argparse's need the pointer.
        advice = "" if message.endswith(".") else f" (see '{self.prog} --help')"
        print(f"{self.prog}: {message}{advice}", file=sys.stderr)
        raise SystemExit(USAGE_ERROR)


DATE_HELP = "YYYY-MM-DD or dd/mm/yyyy"


def print_json(value: Any) -> None:
    """Every --json output: one JSON document on stdout, in the clerk's own letters."""
    json.dump(value, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def date_arg(text: str) -> dt.date:
    """A date given as YYYY-MM-DD or dd/mm/yyyy; the error says both forms."""
    try:
        return parse_date(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def output_file(*suffixes: str, example: str = "printout") -> Callable[[str], Path]:
    """An --out FILE argument that must end in one of ``suffixes`` (the first is the default).

    A name without a suffix gets the default one; another suffix is refused, since a PDF saved
    as x.txt opens in nothing. A folder that does not exist, or a folder given for the file, is
    refused before any work is done.
    """

    def check(text: str) -> Path:
        path = Path(text).expanduser()
        if path.is_dir():
            suggestion = path / f"{example}{suffixes[0]}"
            raise argparse.ArgumentTypeError(
                f"{path} is a folder. Give a file name in it, e.g. {suggestion}."
            )
        if not path.suffix:
            path = path.with_name(path.name + suffixes[0])
        elif path.suffix.lower() not in suffixes:
            wanted = " or ".join(suffixes)
            why = (
                "(the ending chooses the format)"
                if len(suffixes) > 1
                else f"but this is saved as {wanted}"
            )
            raise argparse.ArgumentTypeError(
                f"{path.name} does not end in {wanted}, {why}. "
                f"Give a name such as {path.with_suffix(suffixes[0]).name}."
            )
        folder = path.parent
        if not folder.is_dir():
            raise argparse.ArgumentTypeError(
                f"There is no folder {folder.absolute()}. Create it first, or save elsewhere."
            )
        return path

    return check
