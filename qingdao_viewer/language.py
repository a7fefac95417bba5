"""Which language the window speaks: the system's, or the one chosen, loaded from Qt's .qm files.

The app's words come from resources/translations/qingdao_viewer_<lang>.qm (built from the
.ts files by `make translations`); Qt's own words (dialog buttons, context menus) from
the qtbase_<lang>.qm that ships with Qt. English is the source language and needs neither.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from qingdao_viewer import i18n
from qingdao_viewer.app_log import log_warning
from qingdao_viewer.package_data import resources_dir

_installed: list[QTranslator] = []


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def system_language() -> str:
    """The language of the system's locale, if the app has it; else English."""
    name = QLocale.system().name()
    for code in i18n.LANGUAGES:
        if name == code or name.split("_")[0] == code.split("_")[0]:
            return code
    return i18n.SOURCE_LANGUAGE


def apply_language(code: str | None) -> str:
    """Speak a language (None: the system's); returns the one in use, English if the choice cannot load."""
    app = QCoreApplication.instance()
    wanted = code if code in i18n.LANGUAGES else system_language()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    if wanted != i18n.SOURCE_LANGUAGE:
        ours = QTranslator()
        if not ours.load(f"qingdao_viewer_{wanted}", translations_dir()):
            log_warning(f"no translation for {wanted} in {translations_dir()} (run `make translations`); using English")
            wanted = i18n.SOURCE_LANGUAGE
        else:
            qt = QTranslator()
            if qt.load(f"qtbase_{wanted}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                _installed.append(qt)
            _installed.append(ours)
    if app is not None:
        for translator in _installed:
            app.installTranslator(translator)
    locale = QLocale(wanted)
    QLocale.setDefault(locale)
    i18n.install(QCoreApplication.translate if wanted != i18n.SOURCE_LANGUAGE else None, wanted)
    install_number_format(locale)
    return wanted


def install_number_format(locale: QLocale) -> None:
    """Write counts and percentages as this locale does."""
    i18n.install_number_format(locale.groupSeparator(), locale.percent())
