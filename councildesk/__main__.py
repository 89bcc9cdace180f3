from councildesk.launch import main

raise SystemExit(main())
