"""Qingdao Viewer: read a WIPO Global Innovation Index S&T cluster profile."""

__version__ = "0.1.0"
APP_NAME = "Qingdao Viewer"
