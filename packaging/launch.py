"""Entry point for desktop bundles: with no arguments, open the window."""

from councildesk.cli import main

raise SystemExit(main())
