"""The window's actions and menus, declared once as data.

Each action is made once, with its shortcut; the menus only arrange them. A language
change calls ``retranslate``, which sets every text again in place: nothing is rebuilt,
so connections, checked states and shortcuts stay as they were.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import NamedTuple

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from qingdao_viewer import APP_NAME
from qingdao_viewer.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate
from qingdao_viewer.ui.theme import THEMES

Shortcut = QKeySequence.StandardKey | str | None


class ActionSpec(NamedTuple):
    name: str
    text: str  # the English source text; shown through translate("MainWindow", text)
    shortcut: Shortcut = None
    # The tables and charts own Ctrl+C (so it acts where the user is); the menu's Copy shows
    # the key but only fires from the menu, so the two never compete for it.
    widget_shortcut: bool = False


TAB_TITLES = (
    QT_TRANSLATE_NOOP("MainWindow", "&Overview"),
    QT_TRANSLATE_NOOP("MainWindow", "&Patents"),
    QT_TRANSLATE_NOOP("MainWindow", "P&ublications"),
    QT_TRANSLATE_NOOP("MainWindow", "&Collaboration"),
)

COMPARE = QT_TRANSLATE_NOOP("MainWindow", "Co&mpare with…")
COMPARE_ANOTHER = QT_TRANSLATE_NOOP("MainWindow", "Co&mpare with another…")

ACTIONS = (
    ActionSpec("open", QT_TRANSLATE_NOOP("MainWindow", "&Open profile…"), QKeySequence.StandardKey.Open),
    ActionSpec("import_profiles", QT_TRANSLATE_NOOP("MainWindow", "Import profi&les…")),
    ActionSpec("save_yaml", QT_TRANSLATE_NOOP("MainWindow", "&Save profile as YAML…")),
    ActionSpec("remove_kept", QT_TRANSLATE_NOOP("MainWindow", "Re&move from library…")),
    ActionSpec("show_library", QT_TRANSLATE_NOOP("MainWindow", "Show library &folder")),
    ActionSpec("export_table", QT_TRANSLATE_NOOP("MainWindow", "Export table as CS&V…")),
    ActionSpec("export_workbook", QT_TRANSLATE_NOOP("MainWindow", "Export &workbook (XLSX)…")),
    ActionSpec("export_chart", QT_TRANSLATE_NOOP("MainWindow", "Export chart as P&NG or SVG…")),
    ActionSpec("export_all", QT_TRANSLATE_NOOP("MainWindow", "Export &all to folder…")),
    ActionSpec("export_report", QT_TRANSLATE_NOOP("MainWindow", "Export &report (PDF)…")),
    ActionSpec("print", QT_TRANSLATE_NOOP("MainWindow", "Pr&int report…"), QKeySequence.StandardKey.Print),
    ActionSpec("quit", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), QKeySequence.StandardKey.Quit),
    ActionSpec("copy", QT_TRANSLATE_NOOP("MainWindow", "&Copy"), QKeySequence.StandardKey.Copy, widget_shortcut=True),
    ActionSpec("copy_table", QT_TRANSLATE_NOOP("MainWindow", "Copy &table")),
    ActionSpec("copy_chart", QT_TRANSLATE_NOOP("MainWindow", "Copy c&hart")),
    ActionSpec("paste_profile", QT_TRANSLATE_NOOP("MainWindow", "&Paste profile text"), "Ctrl+Shift+V"),
    *(ActionSpec(f"tab_{index}", title, f"Ctrl+{index + 1}") for index, title in enumerate(TAB_TITLES)),
    ActionSpec("compare", COMPARE),
    ActionSpec("stop_compare", QT_TRANSLATE_NOOP("MainWindow", "&Stop comparing")),
    ActionSpec("library", QT_TRANSLATE_NOOP("MainWindow", "Li&brary…"), "Ctrl+L"),
    ActionSpec("show_derived", QT_TRANSLATE_NOOP("MainWindow", "Show &derived estimates")),
    ActionSpec("previous_tab", QT_TRANSLATE_NOOP("MainWindow", "P&revious tab"), "Ctrl+PgUp"),
    ActionSpec("next_tab", QT_TRANSLATE_NOOP("MainWindow", "Ne&xt tab"), "Ctrl+PgDown"),
    ActionSpec("reset_settings", QT_TRANSLATE_NOOP("MainWindow", "R&eset settings…")),
    ActionSpec("about", QT_TRANSLATE_NOOP("MainWindow", "&About {app}")),
)

# Each menu: its title and its items, by name; None is a separator, "@name" a submenu. Within a
# menu no two items share an accelerator (tests/ui/test_library_commands.py checks).
# The Cluster box's context menu: what is done with the library there.
PICKER_MENU = ("remove_kept", "show_library")
FILE_MENU = (
    "open",
    "@recent",
    "import_profiles",
    "save_yaml",
    None,
    "remove_kept",
    "show_library",
    None,
    "export_table",
    "export_workbook",
    "export_chart",
    "export_all",
    "export_report",
    "print",
)
VIEW_MENU = (
    "tab_0",
    "tab_1",
    "tab_2",
    "tab_3",
    None,
    "library",
    "compare",
    "stop_compare",
    None,
    "previous_tab",
    "next_tab",
    None,
    "show_derived",
)
MENUS = (
    (QT_TRANSLATE_NOOP("MainWindow", "&File"), (*FILE_MENU, None, "quit")),
    (QT_TRANSLATE_NOOP("MainWindow", "&Edit"), ("copy", "copy_table", "copy_chart", None, "paste_profile")),
    (QT_TRANSLATE_NOOP("MainWindow", "&View"), (*VIEW_MENU, None, "@language", "@theme", None, "reset_settings")),
    (QT_TRANSLATE_NOOP("MainWindow", "&Help"), ("about",)),
)

SUBMENUS = {
    "recent": QT_TRANSLATE_NOOP("MainWindow", "Open rec&ent"),
    "language": QT_TRANSLATE_NOOP("MainWindow", "&Language"),
    "theme": QT_TRANSLATE_NOOP("MainWindow", "&Theme"),
}

SYSTEM_LANGUAGE = QT_TRANSLATE_NOOP("MainWindow", "&System default")


def _text(source: str) -> str:
    return translate("MainWindow", source).format(app=APP_NAME)


class WindowActions(QObject):
    """Every action of the window by name, the menus over them, and the radio choices."""

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.actions: dict[str, QAction] = {}
        self._sources: dict[QAction | QMenu, str] = {}
        for spec in ACTIONS:
            action = QAction(self)
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            if spec.widget_shortcut:
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.actions[spec.name] = action
            self._sources[action] = spec.text
        self.menus: dict[str, QMenu] = {}
        self.choices: dict[str, dict[str, QAction]] = {}
        languages = [("", SYSTEM_LANGUAGE), *LANGUAGES.items()]
        self._choice_group("language", languages)
        self._choice_group("theme", list(THEMES.items()))

    def __getitem__(self, name: str) -> QAction:
        return self.actions[name]

    def _choice_group(self, name: str, choices: list[tuple[str, str]]) -> None:
        group = QActionGroup(self)
        self.choices[name] = {}
        for code, label in choices:
            action = QAction(self)
            action.setCheckable(True)
            group.addAction(action)
            self.choices[name][code] = action
            # Language names are written in their own language (English, 简体中文): never translated.
            self._sources[action] = label if name != "language" or not code else ""
            if name == "language" and code:
                action.setText(label)

    def build_menus(self, bar: QMenuBar) -> None:
        """Arrange the actions in the menu bar (once)."""
        for title, items in MENUS:
            menu = bar.addMenu("")
            self._sources[menu] = title
            for item in items:
                if item is None:
                    menu.addSeparator()
                elif item.startswith("@"):
                    submenu = menu.addMenu("")
                    self._sources[submenu] = SUBMENUS[item[1:]]
                    self.menus[item[1:]] = submenu
                else:
                    menu.addAction(self.actions[item])
        for name, choices in self.choices.items():
            self.menus[name].addActions(list(choices.values()))
        self.retranslate()

    def connect_slots(self, slots: Mapping[str, Callable[[], object]]) -> None:
        """Connect each named action to what it does."""
        for name, slot in slots.items():
            self.actions[name].triggered.connect(lambda _=False, do=slot: do())

    def connect_toggle(self, name: str, toggled: Callable[[bool], object], checked: bool) -> None:
        """Make the named action a check box, checked or not, telling toggled when it changes."""
        action = self.actions[name]
        action.setCheckable(True)
        action.setChecked(checked)
        action.toggled.connect(toggled)

    def connect_choices(self, name: str, choose: Callable[[str], object]) -> None:
        for code, action in self.choices[name].items():
            action.triggered.connect(lambda _=False, c=code: choose(c))

    def check(self, name: str, code: str) -> None:
        for choice, action in self.choices[name].items():
            action.setChecked(choice == code)

    def set_source_text(self, name: str, source: str) -> None:
        """Give an action other words (still translated at every language change)."""
        action = self.actions[name]
        self._sources[action] = source
        action.setText(_text(source))

    def retranslate(self) -> None:
        """Every action's and menu's text in the language now installed."""
        for item, source in self._sources.items():
            if source:
                if isinstance(item, QMenu):
                    item.setTitle(_text(source))
                else:
                    item.setText(_text(source))
