from councildesk.cli import main

raise SystemExit(main())
