"""CouncilDesk: the clerk's desk for a small council in England and Wales."""

__version__ = "0.1.0"
APP_NAME = "CouncilDesk"
