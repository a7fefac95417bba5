"""What the window shows and keeps, outside Qt: the profile shown, the comparison, the library, recent files.

The window observes a Session and paints what it holds; the operations (open a path, paste
text, compare with, stop comparing, keep, forget) live here, so they can be scripted and
tested with no display. An operation that cannot be done raises ProfileError (a file or
text that cannot be read) and changes nothing; one that succeeds tells every observer what
changed, once.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, Protocol

from qingdao_viewer.profile import ClusterProfile, ProfileError, load_profile, parse_any_profiles
from qingdao_viewer.tables import ProfileTables, build_tables
from qingdao_viewer.tables.comparison import ComparisonTables, build_comparison, check_count

if TYPE_CHECKING:  # the library is read after the first paint: its module is not loaded before
    from qingdao_viewer.library import LibraryEntry, LibraryListing, ProfileLibrary

MAX_RECENT = 10


class Change(enum.Flag):
    """What an operation changed, for observers to repaint only that."""

    SHOWN = enum.auto()  # the profile shown (and so every tab)
    COMPARISON = enum.auto()  # the cluster set beside it
    LIBRARY = enum.auto()  # the kept profiles
    RECENT = enum.auto()  # the recent files
    LANGUAGE = enum.auto()  # the tables' words


class RecentStore(Protocol):
    """Where recent files persist between runs (the UI's settings)."""

    def recent_profiles(self) -> list[str]: ...

    def set_recent_profiles(self, paths: list[str]) -> None: ...


class Shown(NamedTuple):
    """A profile, the file it was read from ("" for a pasted one not kept), and its tables."""

    profile: ClusterProfile
    path: str
    tables: ProfileTables


class Comparison(NamedTuple):
    """The clusters of compare mode set beside the one shown (1 to 9), and the tables of them all."""

    others: tuple[Shown, ...]
    both: ComparisonTables

    @property
    def other(self) -> Shown:
        """The first cluster beside the one shown (the only one when two are compared)."""
        return self.others[0]

    def profiles(self) -> list[ClusterProfile]:
        return [other.profile for other in self.others]


def _comparison(shown: ClusterProfile, others: Sequence[Shown]) -> Comparison:
    return Comparison(tuple(others), build_comparison([shown, *(other.profile for other in others)]))


class KeptPaste(NamedTuple):
    """One profile of a paste: the line its header is on, it, and where it is kept (or why it is not)."""

    line: int
    profile: ClusterProfile
    kept: Path | None
    keep_error: OSError | None


class Pasted(NamedTuple):
    """A paste: the first profile read, shown; ``keep_error`` says why it could not be kept, if it could not.

    A text holding several profiles gives each read one in ``profiles`` (the shown one first,
    all in the text's order) and each refused one's error, naming its line, in ``refused``.
    """

    profile: ClusterProfile
    kept: Path | None
    keep_error: OSError | None
    profiles: tuple[KeptPaste, ...] = ()
    refused: tuple[ProfileError, ...] = ()


class PasteRefused(ProfileError):
    """No profile of a paste could be read: its first refusal, with every refusal (by line) in ``refusals``."""

    def __init__(self, refusals: list[ProfileError]):
        first = refusals[0]
        super().__init__(first.path, first.message, first.line, first.column)
        self.refusals = tuple(refusals)


Observer = Callable[[Change], None]


def _shown(profile: ClusterProfile, path: str) -> Shown:
    return Shown(profile, path, build_tables(profile))


def chosen_path(path: str) -> str:
    """A path as chosen, made absolute and resolved now ("" stays ""): the same file from any folder later."""
    if not path:
        return ""
    try:
        return os.path.realpath(path)
    except (OSError, ValueError):
        return os.path.abspath(path)


class Session:
    """The state of one window, with the operations on it; Qt-free.

    ``library`` is made when first needed (listing it reads every kept file: the first
    paint does not wait for it). ``warn`` receives problems the user did not cause and
    need not act on now (a profile that could not be kept, broken files in the library:
    one line however many, and only when it says something new). ``read_budget`` (seconds)
    bounds each listing's reading of files not read before: the window's start never waits
    long for a library of thousands of new files; ``read_more`` goes on with the rest. Paths
    held (the one shown, the recent ones) are absolute, resolved when chosen.
    """

    def __init__(
        self,
        profile: ClusterProfile,
        path: str,
        library: Callable[[], ProfileLibrary],
        recent: RecentStore | None = None,
        warn: Callable[[str], object] = lambda message: None,
        read_budget: float | None = None,
    ):
        self.shown = _shown(profile, chosen_path(path))
        self.comparison: Comparison | None = None
        self._make_library = library
        self._library: ProfileLibrary | None = None
        self._listing: LibraryListing | None = None
        self._recent = recent
        self._warn = warn
        self._warned: str | None = None  # the last summary of the library's problems told
        self._read_budget = read_budget
        self._observers: list[Observer] = []

    # -- observing ------------------------------------------------------------------------

    def observe(self, observer: Observer) -> None:
        self._observers.append(observer)

    def _changed(self, change: Change) -> None:
        for observer in list(self._observers):
            observer(change)

    # -- what is held ---------------------------------------------------------------------

    @property
    def profile(self) -> ClusterProfile:
        return self.shown.profile

    @property
    def path(self) -> str:
        return self.shown.path

    @property
    def tables(self) -> ProfileTables:
        return self.shown.tables

    @property
    def library(self) -> ProfileLibrary:
        if self._library is None:
            self._library = self._make_library()
        return self._library

    def listing(self) -> LibraryListing:
        """The library's profiles, read once and again after each change to the library."""
        if self._listing is None:
            self._listing = self._told(self.library.listing(budget=self._read_budget))
        return self._listing

    def read_more(self) -> bool:
        """Go on reading a library left partly unread (by the budget); True if some is still unread."""
        if self._listing is None or not self._listing.unread:
            return False
        self._listing = self._told(self.library.listing(budget=self._read_budget, resume=True))
        self._changed(Change.LIBRARY)
        return self._listing.unread > 0

    def _told(self, listing: LibraryListing) -> LibraryListing:
        """Once the whole library is read, tell what could not be (once, and only if it is news)."""
        from qingdao_viewer.library import problem_summary

        if not listing.unread:
            summary = problem_summary(listing.problems)
            if summary is not None and summary != self._warned:
                self._warn(summary)
            self._warned = summary
        return listing

    @property
    def listed(self) -> bool:
        return self._listing is not None

    def recent(self) -> list[str]:
        return self._recent.recent_profiles()[:MAX_RECENT] if self._recent is not None else []

    def entry_shown(self) -> LibraryEntry | None:
        """The library's entry of the profile shown, if it is one of the library's."""
        entries = self.listing().entries
        for entry in entries:
            if str(entry.path) == self.path:
                return entry
        profile = self.profile
        shown = (profile.cluster, profile.economy, profile.year)
        return next(
            (entry for entry in entries if (entry.cluster, entry.economy, entry.year) == shown and not entry.shipped),
            None,
        )

    # -- operations -----------------------------------------------------------------------

    def open(self, path: str) -> ClusterProfile:
        """Show the profile at path, keeping it in the library if it came from elsewhere."""
        profile = load_profile(path)
        path = chosen_path(path)
        change = self._remember(profile, path)
        self._show(_shown(profile, path), change)
        return profile

    def paste(self, text: str) -> Pasted:
        """Keep every profile read from pasted text and show the first (raises ProfileError if none is read).

        The text is either form, told by its structure as a file's is: the published text (with
        whatever a browser copied around it, and any number of profiles), or a YAML profile
        copied from a file. Each profile read is kept; each refused one is returned with its
        line, the others kept all the same. When none can be read, PasteRefused (a
        ProfileError) holds every refusal and nothing changes.
        """
        if not text.strip():
            raise ProfileError("clipboard", "holds no text: copy a cluster profile's text first")
        found = parse_any_profiles(text, "clipboard")
        refused = [item.error for item in found if item.error is not None]
        readable = [(item.line, item.profile) for item in found if item.profile is not None]
        if not readable:
            raise PasteRefused(refused)
        profiles = [self._keep_pasted(line, profile) for line, profile in readable]
        for item in reversed(profiles):  # the recent list's newest is the first profile, the one shown
            if item.kept is not None:
                self._add_recent(str(item.kept))
        first = profiles[0]
        self._listing = None
        self._show(_shown(first.profile, str(first.kept) if first.kept else ""), Change.LIBRARY | Change.RECENT)
        return Pasted(first.profile, first.kept, first.keep_error, tuple(profiles), tuple(refused))

    def _keep_pasted(self, line: int, profile: ClusterProfile) -> KeptPaste:
        try:
            kept = self.library.keep(profile, origin="text pasted from the clipboard")
        except OSError as error:
            return KeptPaste(line, profile, None, error)
        return KeptPaste(line, profile, kept, None)

    def compare_with(self, paths: str | Sequence[str]) -> list[ClusterProfile]:
        """Enter (or change) compare mode with the profile at each path, in their order, beside the one shown.

        One path or several (1 to 9: ValueError otherwise, and nothing changes); every one is read
        before any is kept, so a ProfileError for one changes nothing.
        """
        chosen = [paths] if isinstance(paths, str) else list(paths)
        check_count(len(chosen) + 1)
        others = [load_profile(path) for path in chosen]
        change = Change.COMPARISON
        shown = []
        for other, path in zip(others, chosen, strict=True):
            path = chosen_path(path)
            change |= self._remember(other, path)
            shown.append(_shown(other, path))
        self.comparison = _comparison(self.profile, shown)
        self._changed(change)
        return others

    def stop_comparing(self) -> None:
        if self.comparison is not None:
            self.comparison = None
            self._changed(Change.COMPARISON)

    def open_recent(self, path: str) -> ClusterProfile:
        """Open a recent profile; one that can no longer be read leaves the list (and the error is raised)."""
        try:
            return self.open(path)
        except ProfileError:
            self.set_recent([item for item in self.recent() if item != path])
            raise

    def set_recent(self, paths: list[str]) -> None:
        if self._recent is not None:
            self._recent.set_recent_profiles(paths[:MAX_RECENT])
            self._changed(Change.RECENT)

    def keep(self, profile: ClusterProfile, origin: str) -> Path:
        """Keep a profile in the library (raises OSError when it cannot be written)."""
        path = self.library.keep(profile, origin=origin)
        self._listing = None
        self._changed(Change.LIBRARY)
        return path

    def forget(self, entry: LibraryEntry) -> None:
        """Remove a kept profile from the library and the recent list (raises OSError; ValueError for a shipped one).

        A profile shown (or compared) from that file stays shown, as one not kept (its path is "").
        """
        self.library.remove(entry)
        self._listing = None
        removed = {str(entry.path), chosen_path(str(entry.path))}  # as listed, and as opened
        if self.path in removed:
            self.shown = self.shown._replace(path="")
        if self.comparison is not None and any(other.path in removed for other in self.comparison.others):
            others = tuple(
                other._replace(path="") if other.path in removed else other for other in self.comparison.others
            )
            self.comparison = self.comparison._replace(others=others)
        change = Change.LIBRARY
        if removed & set(self.recent()):
            change |= Change.RECENT
            if self._recent is not None:
                self._recent.set_recent_profiles([item for item in self.recent() if item not in removed])
        self._changed(change)

    def relist(self) -> None:
        """Read the library again on next use (files may have changed behind the app's back)."""
        self._listing = None
        self._changed(Change.LIBRARY)

    def retranslate(self) -> None:
        """Build every table again in the language now installed."""
        self.shown = _shown(self.profile, self.path)
        if self.comparison is not None:
            others = [_shown(other.profile, other.path) for other in self.comparison.others]
            self.comparison = _comparison(self.profile, others)
        self._changed(Change.LANGUAGE | Change.SHOWN)

    # -- one cluster across editions -------------------------------------------------------

    def editions(self) -> list[ClusterProfile]:
        """The profile shown and the library's other editions of its cluster, one per edition, oldest first.

        Entries are matched by tables.editions.cluster_key on the listing's cluster and economy
        (the listing reads the library if it is not read yet), so only the matching files are
        read; a file that no longer reads, or no longer holds that cluster and edition, is left
        out (no error). Of two files of one edition, the profile shown wins over any file of
        its own edition; of two others, a kept one before a shipped one (a user's copy before
        the one shipped), then the listing's order, the next one read if the first does not.
        """
        from qingdao_viewer.tables.editions import cluster_key

        shown = self.profile
        key = cluster_key(shown.cluster, shown.economy)
        candidates: dict[int, list[LibraryEntry]] = {}
        for entry in sorted(self.listing().entries, key=lambda entry: entry.shipped):  # stable: kept first
            if entry.year != shown.year and cluster_key(entry.cluster, entry.economy) == key:
                candidates.setdefault(entry.year, []).append(entry)
        by_year = {shown.year: shown}
        for year, entries in candidates.items():
            for entry in entries:
                try:
                    profile = load_profile(entry.path)
                except ProfileError:
                    continue
                if profile.year == year and cluster_key(profile.cluster, profile.economy) == key:
                    by_year[year] = profile
                    break
        return [by_year[year] for year in sorted(by_year)]

    # -- inside ---------------------------------------------------------------------------

    def _show(self, shown: Shown, change: Change) -> None:
        self.shown = shown
        if self.comparison is not None:  # the comparison follows the profile shown
            self.comparison = _comparison(shown.profile, self.comparison.others)
        self._changed(change | Change.SHOWN)

    def _remember(self, profile: ClusterProfile, path: str) -> Change:
        """A profile from outside the library is kept in it; every one goes on the recent list."""
        change = Change.RECENT
        self._add_recent(path)
        if not self.library.contains(path):
            try:
                self.library.keep(profile, origin=Path(path).name)
            except OSError as error:
                self._warn(f"{path}: could not be kept in the library {self.library.kept}: {error.strerror or error}")
            self._listing = None
            change |= Change.LIBRARY
        return change

    def _add_recent(self, path: str) -> None:
        if self._recent is not None:
            recent = [path] + [item for item in self.recent() if item != path]
            self._recent.set_recent_profiles(recent[:MAX_RECENT])
