from collabdesk.cli import main

raise SystemExit(main())
