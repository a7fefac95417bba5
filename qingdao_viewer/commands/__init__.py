"""The commands that run with no window: ``--check``, ``--export DIR`` and ``--report OUT.pdf``.

Each command has a module of its own, and no module here imports Qt when imported: ``--check``
(check.py) never needs it, and --export (export.py) and --report (report.py) start it headless
(headless.py) only once their profile has loaded. The exit statuses they return are in status.py.
"""
