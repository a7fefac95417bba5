"""Qingdao Viewer: read a WIPO Global Innovation Index S&T cluster profile."""

__version__ = "0.1.0"
APP_NAME = "Qingdao Viewer"
# Qt's organization and application names: QSettings and QStandardPaths name the app's folders
# after them (~/.config/qingdao-viewer/qingdao-viewer.conf, ~/.local/share/qingdao-viewer/qingdao-viewer/).
ORGANIZATION = "qingdao-viewer"
APPLICATION = "qingdao-viewer"
