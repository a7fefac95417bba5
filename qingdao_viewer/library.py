"""The profiles the app knows: those shipped in data/ and those the user opened or imported (no Qt).

A profile opened from elsewhere, or imported from its published text, is kept in the
user's library folder as `gii-cluster-profile/1` YAML, one file per cluster, economy and
edition (its *identity*), so it stays at hand after the original is moved or the clipboard
is gone.

A kept file's name is a readable part (the cluster and economy, lower case, letters and
digits of any script, cut to ``SLUG_BYTES`` bytes at a character's end), the year, and the
first ``HASH_CHARS`` hex digits of a SHA-256 of the identity exactly as given, case and
punctuation included: "Qing-dao", "Qing dao" and "QINGDAO" get three files, one identity
always the same file, and no name is over ``MAX_NAME_BYTES`` bytes in any script.

Keeping the same profile again changes nothing (the file is not rewritten); keeping a
different profile of an identity already kept (a corrected re-import) replaces that
identity's file, so the library never lists two entries of one name. What is written is
read back first, by the same reader the listing uses: a profile that would not read back
is refused, never kept.

Listing is cheap whatever the folder holds: only ``*.yaml`` files that are not hidden are
considered; a symbolic link, a folder, a FIFO, a file over the profile size limit, or one
without the format's name in it is refused before it is parsed; and what each file gave
(its entry or its error) is remembered beside the files (``.listing-cache.json``, keyed by
each file's size, times and inode), so a broken file is parsed once, not at every start.
A listing may be given a time budget: the files it has no time to read are left for the
next listing, which goes on where it stopped (the window reads them in turns of its event
loop after it is ready). A folder that cannot be read (missing rights, a symbolic-link
loop, a file in its place) is a problem of the listing, never an exception.
"""

from __future__ import annotations

import contextlib
import enum
import errno
import hashlib
import json
import os
import re
import stat
import sys
import time
from pathlib import Path
from typing import NamedTuple

from qingdao_viewer import APPLICATION, ORGANIZATION, __version__
from qingdao_viewer.files import write_atomically
from qingdao_viewer.profile import FORMAT, ClusterProfile, ProfileError, parse_any_profile, text_rules
from qingdao_viewer.profile.profile_yaml import profile_to_yaml
from qingdao_viewer.tables.summary import SUMMARY_TYPES, Summary, summary_of

SLUG_BYTES = 100  # the readable part of a kept file's name, at most
HASH_CHARS = 12  # hex digits of the identity's SHA-256: 48 bits
SUFFIX = ".yaml"
# The longest kept name: slug, "-", a year of 4 digits, "-", the hash, ".yaml". Far below the
# 255 bytes of a file name on Linux, macOS and Windows (and eCryptfs' 143), with room for the
# temporary name an atomic write uses beside it (".NAME.qingdao-viewer-PID-RANDOM.part").
MAX_NAME_BYTES = SLUG_BYTES + 1 + 4 + 1 + HASH_CHARS + len(SUFFIX)
CACHE_NAME = ".listing-cache.json"
CACHE_FORMAT = "qingdao-viewer-library-cache/2"  # /2: each profile's Summary too
_CACHE_MAX_BYTES = 16 * 1024 * 1024
_FORMAT_MARK = FORMAT.encode("ascii")
_NOT_WORD = re.compile(r"[\W_]+")


def data_folder() -> Path:
    """The app's data folder, where QStandardPaths' AppLocalDataLocation is, computed without Qt.

    Qt's answer (organization and application names both "qingdao-viewer"): on Linux and other
    Unix systems $XDG_DATA_HOME if it is an absolute path, else ~/.local/share, then
    ``qingdao-viewer/qingdao-viewer``; on macOS ~/Library/Application Support/...; on Windows
    %LOCALAPPDATA%\\... A test checks it equals QStandardPaths' on the platform it runs on.
    """
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or os.path.join(_home(), "AppData", "Local")
    elif sys.platform == "darwin":
        base = os.path.join(_home(), "Library", "Application Support")
    else:
        xdg = os.environ.get("XDG_DATA_HOME", "")
        base = xdg if os.path.isabs(xdg) else os.path.join(_home(), ".local", "share")
    return Path(base, ORGANIZATION, APPLICATION)


def _home() -> str:
    """The home folder as Qt finds it: $HOME (%USERPROFILE% on Windows), else the root."""
    if sys.platform == "win32":
        return os.environ.get("USERPROFILE") or os.path.expanduser("~")
    return os.environ.get("HOME") or "/"


def library_folder() -> Path:
    """The user's library folder: profiles opened from elsewhere, imported or pasted."""
    return data_folder() / "profiles"


def default_library() -> ProfileLibrary:
    """The shipped profiles and the user's library folder."""
    from qingdao_viewer.package_data import data_dir

    return ProfileLibrary(data_dir(), library_folder())


def _summary_from_json(value: object) -> Summary | None:
    if type(value) is not list or len(value) != len(SUMMARY_TYPES):
        return None
    for item, kind in zip(value, SUMMARY_TYPES, strict=True):
        if type(item) is bool or not isinstance(item, kind):
            return None
    return Summary(*value)


class LibraryEntry(NamedTuple):
    """One profile in the library, with what a picker and the library's table show of it."""

    path: Path
    cluster: str
    economy: str
    year: int
    shipped: bool
    summary: Summary | None = None

    @property
    def label(self) -> str:
        return f"{self.cluster}, {self.economy} — GII {self.year}"


class LibraryListing(NamedTuple):
    entries: list[LibraryEntry]
    problems: list[ProfileError]  # files in the folders (or folders) that cannot be read: listed, not shown
    unread: int = 0  # kept files not read yet: the listing's budget was spent (see ProfileLibrary.listing)


class KeepStatus(enum.Enum):
    ADDED = "added"  # no file of this identity was kept: now one is
    REPLACED = "replaced"  # a different profile of this identity was kept: this one is in its place
    UNCHANGED = "unchanged"  # this very profile was kept already: nothing was written


class Kept(NamedTuple):
    path: Path
    status: KeepStatus


def _cut(text: str, budget: int) -> str:
    """Text cut to at most budget bytes of UTF-8, at the end of a character."""
    return text.encode("utf-8")[:budget].decode("utf-8", "ignore")


def _slug(text: str) -> str:
    return _NOT_WORD.sub("-", text.casefold()).strip("-")


def file_stem(profile: ClusterProfile) -> str:
    """A name to propose for a file made from a profile (a saved YAML, a report): readable, at most 120 bytes."""
    words = _slug(f"{profile.cluster} {profile.economy} {profile.year}")
    return _cut(words, 120).strip("-") or f"cluster-{profile.year}"


def identity_hash(cluster: str, economy: str, year: int) -> str:
    """The first HASH_CHARS hex digits of a SHA-256 of the identity, every character of it significant."""
    key = json.dumps([cluster, economy, year], ensure_ascii=True)  # unambiguous, and any string encodes
    return hashlib.sha256(key.encode("ascii")).hexdigest()[:HASH_CHARS]


def kept_file_name(profile: ClusterProfile) -> str:
    """The kept file's name for a profile's identity: one identity, one name; two identities, two names."""
    slug = _cut(_slug(f"{profile.cluster} {profile.economy}"), SLUG_BYTES).strip("-") or "cluster"
    return f"{slug}-{profile.year}-{identity_hash(profile.cluster, profile.economy, profile.year)}{SUFFIX}"


def _legacy_name(profile: ClusterProfile) -> str:
    """The name earlier versions gave a kept file (punctuation folded, 120 characters): such a file is replaced."""
    words = _slug(f"{profile.cluster} {profile.economy} {profile.year}")
    return f"{words[:120] or f'cluster-{profile.year}'}{SUFFIX}"


def problem_summary(problems: list[ProfileError]) -> str | None:
    """One line for the log saying what could not be read: how many, and the first (None if nothing)."""
    if not problems:
        return None
    if len(problems) == 1:
        return f"library: 1 file could not be read: {problems[0]}"
    return f"library: {len(problems):,} files could not be read (first: {problems[0]})"


# -- reading one file cheaply -------------------------------------------------------------------------


_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
_OPEN_FLAGS |= getattr(os, "O_BINARY", 0)


def _read_bytes(path: Path, follow: bool = False) -> bytes:
    """A regular file's bytes, at most the profile size limit; never blocks, never follows a symbolic link unless told.

    Raises ProfileError saying why the file is not read.
    """
    name = str(path)
    limit = text_rules.MAX_PROFILE_BYTES
    try:
        descriptor = os.open(path, _OPEN_FLAGS & ~getattr(os, "O_NOFOLLOW", 0) if follow else _OPEN_FLAGS)
    except OSError as error:
        if error.errno == errno.ELOOP and not follow:
            raise ProfileError(name, "is a symbolic link; the library reads only files of its own") from None
        raise ProfileError(name, f"cannot be read: {error.strerror or error}") from None
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise ProfileError(name, "is not a regular file")
        text_rules.check_size(info.st_size, name)
        chunks = []
        left = limit + 1
        while left > 0:
            chunk = os.read(descriptor, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as error:
        raise ProfileError(name, f"cannot be read: {error.strerror or error}") from None
    finally:
        os.close(descriptor)
    data = b"".join(chunks)
    if len(data) > limit:
        raise ProfileError(name, f"is over {limit:,} bytes, the most a profile may be")
    return data


def read_entry(path: Path, shipped: bool) -> LibraryEntry:
    """A library file's entry, or ProfileError: cheap checks first, then the profile reader.

    A shipped file may be a symbolic link (a distribution's package may make it one); a kept one may not.
    """
    data = _read_bytes(path, follow=shipped)
    if _FORMAT_MARK not in data:
        raise ProfileError(str(path), f"is not a {FORMAT} profile (it does not name the format)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        message = f"is not UTF-8 text: byte 0x{data[error.start]:02X} cannot be decoded"
        raise ProfileError(str(path), message, line) from None
    profile = parse_any_profile(text.removeprefix("\ufeff"), str(path))
    return LibraryEntry(path, profile.cluster, profile.economy, profile.year, shipped, summary_of(profile))


# -- what each kept file gave, remembered ------------------------------------------------------------

_Key = tuple[int, int, int, int]  # size, mtime_ns, ctime_ns, inode
# (cluster, economy, year, summary) or (message, line)
_Result = tuple[str, str, int, Summary] | tuple[str, int | None]
_SAVE_EVERY = 2.0  # seconds: a listing read in turns writes what it learnt at most this often, and at its end


def _key(info: os.stat_result) -> _Key:
    return (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)


def _result_from_json(value: object) -> tuple[_Key, _Result] | None:
    """One remembered file from the cache's JSON, or None if it is not exactly the shape written."""
    if type(value) is not list or len(value) not in (6, 8):
        return None
    size, mtime, ctime, inode, *rest = value
    if not (type(size) is int and type(mtime) is int and type(ctime) is int and type(inode) is int):
        return None
    key = (size, mtime, ctime, inode)
    if len(rest) == 4:
        cluster, economy, year, figures = rest
        summary = _summary_from_json(figures)
        if type(cluster) is str and type(economy) is str and type(year) is int and summary is not None:
            return key, (cluster, economy, year, summary)
        return None
    message, line = rest
    if type(message) is str and (line is None or type(line) is int):
        return key, (message, line)
    return None


class _Remembered:
    """What the kept folder's files gave at their last reading, by name and stat key: a hint for the listing only."""

    def __init__(self, folder: Path):
        self.path = folder / CACHE_NAME
        self.results: dict[str, tuple[_Key, _Result]] = {}
        self.changed = False
        self._loaded = False
        self._saved_at = 0.0

    def load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        self._saved_at = time.monotonic()
        try:
            raw = _read_cache_bytes(self.path)
            document = json.loads(raw) if raw else None
        except (OSError, ValueError, RecursionError):
            return
        if not isinstance(document, dict):
            return
        if (document.get("format"), document.get("app")) != (CACHE_FORMAT, __version__):
            return  # another version's reader may have read the files otherwise: read them again
        files = document.get("files")
        if isinstance(files, dict):
            for name, value in files.items():
                found = _result_from_json(value)
                if found is not None:
                    self.results[name] = found

    def keep_only(self, names: set[str]) -> None:
        """Forget files no longer there."""
        if any(name not in names for name in self.results):
            self.results = {name: value for name, value in self.results.items() if name in names}
            self.changed = True

    def remember(self, name: str, key: _Key, result: _Result) -> None:
        self.results[name] = (key, result)
        self.changed = True

    def save(self, finished: bool) -> None:
        """Write what changed (quietly: it is a hint; losing it costs a re-read); mid-listing, not too often."""
        if not self.changed or (not finished and time.monotonic() - self._saved_at < _SAVE_EVERY):
            return
        document = {
            "format": CACHE_FORMAT,
            "app": __version__,
            "files": {name: [*key, *_json_result(result)] for name, (key, result) in sorted(self.results.items())},
        }
        data = json.dumps(document, ensure_ascii=True, separators=(",", ":")).encode("ascii")
        self._saved_at = time.monotonic()
        try:
            write_atomically(self.path, data)  # its temporary file is named as every other's
        except OSError:
            return
        self.changed = False


def _json_result(result: _Result) -> list[object]:
    return [*result[:3], list(result[3])] if len(result) == 4 else list(result)


def _read_cache_bytes(path: Path) -> bytes:
    descriptor = os.open(path, _OPEN_FLAGS)
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode) or info.st_size > _CACHE_MAX_BYTES:
            return b""
        return os.read(descriptor, _CACHE_MAX_BYTES)
    finally:
        os.close(descriptor)


class _Pass:
    """A listing under way: what is known so far, and the kept files (name, stat key) still to read."""

    def __init__(self) -> None:
        self.entries: list[LibraryEntry] = []
        self.problems: list[ProfileError] = []
        self.pending: list[tuple[str, _Key]] = []
        self.next = 0  # pending[next:] are still to read

    def listing(self) -> LibraryListing:
        entries = sorted(self.entries, key=lambda entry: (entry.label.casefold(), not entry.shipped, str(entry.path)))
        problems = sorted(self.problems, key=lambda problem: problem.path)
        return LibraryListing(entries, problems, len(self.pending) - self.next)


def _scan(folder: Path, problems: list[ProfileError]) -> list[os.DirEntry[str]]:
    """The ``*.yaml`` files of a folder that are not hidden, by name; a folder that cannot be read is a problem."""
    try:
        with os.scandir(folder) as scan:
            found = [item for item in scan if item.name.endswith(SUFFIX) and not item.name.startswith(".")]
    except FileNotFoundError:
        return []  # nothing kept yet
    except NotADirectoryError:
        problems.append(ProfileError(str(folder), "is not a folder: the library cannot be read or written"))
        return []
    except (OSError, ValueError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        problems.append(ProfileError(str(folder), f"the library folder cannot be read: {reason}"))
        return []
    found.sort(key=lambda item: item.name)
    return found


def _kept_key(item: os.DirEntry[str], path: str) -> _Key:
    """A kept file's stat key, or ProfileError if it is refused unread (a link, not a regular file, too big)."""
    try:
        if item.is_symlink():
            raise ProfileError(path, "is a symbolic link; the library reads only files of its own")
        info = item.stat(follow_symlinks=False)
    except OSError as error:
        raise ProfileError(path, f"cannot be read: {error.strerror or error}") from None
    if not stat.S_ISREG(info.st_mode):
        raise ProfileError(path, "is not a regular file")
    text_rules.check_size(info.st_size, path)
    return _key(info)


# -- the library ----------------------------------------------------------------------------------------


class ProfileLibrary:
    """Shipped profiles (read only) and the user's kept profiles, listed by cluster and edition."""

    def __init__(self, shipped: Path, kept: Path):
        self.shipped = shipped
        self.kept = kept
        self._remembered = _Remembered(kept)
        self._pass: _Pass | None = None  # a listing left partly unread by its budget

    # -- listing ------------------------------------------------------------------------------------

    def listing(self, budget: float | None = None, resume: bool = False) -> LibraryListing:
        """Every profile of both folders, and what could not be read.

        Files refused unread (see the module's docstring) and files remembered cost no reading.
        With a ``budget`` (seconds), the kept files left are read only until it is spent (one at
        least); those not read yet are counted in ``unread``, and a listing with ``resume`` goes on
        with them where this one stopped, without looking at the folders again. Without a budget
        every file is read.
        """
        if not resume or self._pass is None:
            self._pass = self._start()
        work = self._pass
        self._read(work, None if budget is None else time.monotonic() + budget)
        finished = work.next == len(work.pending)
        self._remembered.save(finished)
        if finished:
            self._pass = None
        return work.listing()

    def _start(self) -> _Pass:
        """A new listing: the folders looked at, every file refused, remembered or left to read."""
        work = _Pass()
        for item in _scan(self.shipped, work.problems):
            try:
                work.entries.append(read_entry(self.shipped / item.name, shipped=True))
            except ProfileError as error:
                work.problems.append(error)
        found = _scan(self.kept, work.problems)
        remembered = self._remembered
        remembered.load()
        folder = str(self.kept)
        for item in found:
            path = os.path.join(folder, item.name)
            try:
                key = _kept_key(item, path)
            except ProfileError as error:
                work.problems.append(error)
                continue
            known = remembered.results.get(item.name)
            if known is None or known[0] != key:
                work.pending.append((item.name, key))
                continue
            result = known[1]
            if len(result) == 4:
                work.entries.append(LibraryEntry(Path(path), result[0], result[1], result[2], False, result[3]))
            else:
                work.problems.append(ProfileError(path, result[0], result[1]))
        remembered.keep_only({item.name for item in found})
        return work

    def _read(self, work: _Pass, deadline: float | None) -> None:
        """Read the files left, until the deadline (one at least), remembering what each gave."""
        started = work.next
        while work.next < len(work.pending):
            if deadline is not None and work.next > started and time.monotonic() > deadline:
                return
            name, key = work.pending[work.next]
            work.next += 1
            path = self.kept / name
            try:
                entry = read_entry(path, shipped=False)
            except ProfileError as error:
                self._remembered.remember(name, key, (error.message, error.line))
                work.problems.append(error)
            else:
                assert entry.summary is not None  # read_entry gives one
                self._remembered.remember(name, key, (entry.cluster, entry.economy, entry.year, entry.summary))
                work.entries.append(entry)

    # -- what is whose -------------------------------------------------------------------------------

    def owner(self, path: str | os.PathLike[str]) -> str | None:
        """The library's folder a file is in ("shipped" or "kept"), or None; never raises.

        Both sides are resolved without raising (a symbolic-link loop is left as it is).
        """
        try:
            folder = os.path.dirname(os.path.realpath(path))
            for own, name in ((self.kept, "kept"), (self.shipped, "shipped")):
                if folder == os.path.realpath(own):
                    return name
        except (OSError, ValueError, RuntimeError):
            pass
        return None

    def contains(self, path: str | os.PathLike[str]) -> bool:
        """Whether a file is one of the library's own (shipped or kept); never raises."""
        return self.owner(path) is not None

    # -- keeping and removing ------------------------------------------------------------------------

    def keep(self, profile: ClusterProfile, origin: str) -> Path:
        """Keep a profile (see ``store``); the kept file's path."""
        return self.store(profile, origin).path

    def store(self, profile: ClusterProfile, origin: str) -> Kept:
        """Write the profile into the kept folder (atomically), unless this very profile is kept already.

        Raises OSError, the profile not kept, when the folder cannot be made or written; (EFBIG)
        when the profile as YAML is over the size a profile file may be (profile text is denser
        than YAML, so a paste under the limit can make such a profile); (EINVAL) when the YAML
        would not read back as this profile.
        """
        data = profile_to_yaml(profile, origin=origin).encode("utf-8")
        limit = text_rules.MAX_PROFILE_BYTES
        if len(data) > limit:
            raise OSError(
                errno.EFBIG, f"the profile as YAML is {len(data):,} bytes; a profile may be at most {limit:,} bytes"
            )
        path = self.kept / kept_file_name(profile)
        _check_reads_back(data, profile, path)
        self.kept.mkdir(parents=True, exist_ok=True)
        status = KeepStatus.ADDED
        try:
            earlier: bytes | None = _read_bytes(path)
        except ProfileError:
            earlier = None
        if earlier is not None:
            # The same bytes, or the same profile from another origin or version: the file stays as it is.
            if earlier == data or _parsed(earlier, path) == profile:
                return Kept(path, KeepStatus.UNCHANGED)
            status = KeepStatus.REPLACED
        elif path.is_symlink() or path.exists():
            status = KeepStatus.REPLACED  # something unreadable of this name
        write_atomically(path, data)
        self._retire_legacy(profile, path)
        return Kept(path, status)

    def _retire_legacy(self, profile: ClusterProfile, path: Path) -> None:
        """Remove the file an earlier version kept this identity in, if it holds this identity."""
        legacy = self.kept / _legacy_name(profile)
        if legacy == path:
            return
        try:
            earlier = _parsed(_read_bytes(legacy), legacy)
        except ProfileError:
            return
        if earlier is not None and (earlier.cluster, earlier.economy, earlier.year) == _identity(profile):
            with contextlib.suppress(OSError):
                legacy.unlink()

    def remove(self, entry: LibraryEntry) -> None:
        """Forget a kept profile; shipped ones cannot be removed (ValueError). Raises OSError."""
        if entry.shipped or not self.contains(entry.path):
            raise ValueError(f"{entry.path}: not a kept profile of this library: it cannot be removed")
        entry.path.unlink(missing_ok=True)


def _parsed(data: bytes, path: Path) -> ClusterProfile | None:
    """The profile in a kept file's bytes, or None if they are not one."""
    try:
        return parse_any_profile(data.decode("utf-8"), str(path))
    except (ProfileError, UnicodeDecodeError):
        return None


def _identity(profile: ClusterProfile) -> tuple[str, str, int]:
    return (profile.cluster, profile.economy, profile.year)


def _check_reads_back(data: bytes, profile: ClusterProfile, path: Path) -> None:
    """Refuse (OSError EINVAL) YAML that the reader would refuse, or read as another profile."""
    try:
        again = parse_any_profile(data.decode("utf-8"), str(path))
    except ProfileError as error:
        where = f"line {error.line}: " if error.line is not None else ""
        raise OSError(errno.EINVAL, f"the profile as YAML would not read back ({where}{error.message})") from None
    if again != profile:
        raise OSError(errno.EINVAL, "the profile as YAML would read back as a different profile")
