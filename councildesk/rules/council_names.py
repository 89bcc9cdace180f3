"""How a council's name is printed, and what is said when there is none."""

from __future__ import annotations

from typing import Final

# Keyed by the stored kind, which the models' CouncilKind values are.
KIND_LABELS: Final = {
    "parish": "Parish Council",
    "town": "Town Council",
    "community": "Community Council",
}

# What the clerk is told when a file holds no council, wherever it is read.
NO_COUNCIL: Final = "This database has no council yet. Run 'councildesk init' first."


def display_name(name: str, kind: str) -> str:
    """The name as a clerk writes it: 'Ambridge' becomes 'Ambridge Parish Council'."""
    if "council" in name.lower():
        return name
    return f"{name} {KIND_LABELS[kind]}"
