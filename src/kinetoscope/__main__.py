"""`python -m kinetoscope ...` is the same as the `kinetoscope` command."""

from kinetoscope.cli import main

raise SystemExit(main())
