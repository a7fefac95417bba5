"""The bundle's entry script: the same main() as `qingdao-viewer` and `python -m qingdao_viewer`."""

import sys

from qingdao_viewer.cli import main

sys.exit(main())
