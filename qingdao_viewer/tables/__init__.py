"""Tables: what every view and export of a profile reads (no Qt)."""

from qingdao_viewer.tables.profile_tables import ProfileTables, attribution_text, build_tables
from qingdao_viewer.tables.table import (
    Column,
    Kind,
    Subject,
    Table,
    Value,
    display_text,
    display_texts,
    ordinal,
    share_rows,
    subject_columns,
    tidy,
)

__all__ = [
    "Column",
    "Kind",
    "ProfileTables",
    "Subject",
    "Table",
    "Value",
    "attribution_text",
    "build_tables",
    "display_text",
    "display_texts",
    "ordinal",
    "share_rows",
    "subject_columns",
    "tidy",
]
