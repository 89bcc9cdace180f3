"""Entry point of the desktop bundles: the same as the `councildesk` console script, so that with
no arguments it opens the window, and with arguments it is the command line."""

from councildesk.launch import main

raise SystemExit(main())
