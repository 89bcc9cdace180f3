"""The `councildesk` command's entry point.

`councildesk reminders` runs at every log-in, so it goes straight to the light reminder agent
instead of loading every command (and with them reportlab and the importers) first.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def command_word(args: Sequence[str]) -> str | None:
    """The command named (`gui`, `protocol`, ...), or None before an option such as --help."""
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg == "--db":
            skip = True
        elif arg.startswith("--db="):
            continue
        elif arg.startswith("-"):
            return None  # --help, --version and the like: the full command line answers
        else:
            return arg
    return None


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if command_word(args) == "reminders" and not {"-h", "--help"} & set(args):
        from councildesk import reminder_agent

        return reminder_agent.main(args)
    from councildesk.cli import main as full_main

    return full_main(args)
