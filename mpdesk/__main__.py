from mpdesk.cli import main

raise SystemExit(main())
