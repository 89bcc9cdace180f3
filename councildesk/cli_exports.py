"""`councildesk export NAME --out FILE`: any register to an Excel workbook or a CSV file."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from councildesk import paths
from councildesk.cli_args import output_file
from councildesk.services import exports
from councildesk.services.database import open_database


def cmd_export(args: argparse.Namespace) -> int:
    # Read-only: an export changes nothing, and the complaints register needs no passphrase
    # because it holds only the casebook's clear fields.
    db = open_database(paths.database_path(args.db), readonly=True)
    try:
        with db.session() as session:
            table = exports.export(session, args.name, args.out, dt.date.today())
    finally:
        db.close()
    count = len(table.rows)
    print(f"Exported {table.title} ({count} row{'s' if count != 1 else ''}) to {args.out}")
    return 0


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    names = exports.names()
    parser = sub.add_parser(
        "export", help="save a register as an Excel workbook or a CSV file", parents=[common]
    )
    parser.set_defaults(handler=cmd_export)
    parser.add_argument("name", choices=names, metavar="NAME", help=", ".join(names))
    parser.add_argument(
        "--out",
        required=True,
        metavar="FILE.xlsx|FILE.csv",
        type=output_file(*exports.SUFFIXES, example="register"),
        help="the file to write; its ending (.xlsx or .csv) decides the format",
    )
