"""`python -m qingdao_viewer`: the same entry point as the `qingdao-viewer` command."""

import sys

from qingdao_viewer.cli import main

sys.exit(main())
