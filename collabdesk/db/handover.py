"""A handover package for moving CollabDesk to a new PC: one zip with the database and files.

The zip holds `manifest.json` (app version, schema revision, time, and every file with its SHA-256
and size), `database/collabdesk.sqlite3` (a checked backup, never the live file) and under
`files/` the user's files from the data folder (the seal image, assets). Importing checks every
file against the manifest before anything is written, so a damaged or altered package changes
nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import shutil
import tempfile
import zipfile
import zlib
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO

from collabdesk import __version__
from collabdesk.db.backup import (
    BEFORE_HANDOVER,
    MANUAL,
    create_backup,
    preserve_current,
    record_counts,
    replace_database,
    require_sqlite,
    verify_backup,
)
from collabdesk.db.engine import Database
from collabdesk.errors import StorageError, UserError
from collabdesk.paths import data_dir

log = logging.getLogger(__name__)

FORMAT = 1
MANIFEST = "manifest.json"
DATABASE_ENTRY = "database/collabdesk.sqlite3"
FILES_PREFIX = "files/"
_CHUNK = 1 << 20


@dataclass(frozen=True)
class ManifestFile:
    name: str  # path inside the zip, '/'-separated
    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    app_version: str
    schema_revision: str | None
    created: str  # ISO 8601, local time
    files: list[ManifestFile] = field(default_factory=list)
    format: int = FORMAT
    # Records per kind (backup.COUNT_KINDS) when the package was made, shown before an import
    # replaces a database; empty for packages made before CollabDesk 0.1 recorded them.
    counts: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        data = json.loads(text)
        if not isinstance(data, dict) or not isinstance(data.get("files"), list):
            raise ValueError("manifest without a file list")
        files = [
            ManifestFile(str(f["name"]), str(f["sha256"]).lower(), int(f["size"]))
            for f in data["files"]
            if isinstance(f, dict)
        ]
        return cls(
            app_version=str(data.get("app_version", "")),
            schema_revision=data.get("schema_revision"),
            created=str(data.get("created", "")),
            files=files,
            format=int(data.get("format", 0)),
            counts=_counts(data.get("counts")),
        )


def _counts(value: object) -> dict[str, int]:
    if not isinstance(value, dict):
        return {}
    return {str(k): v for k, v in value.items() if isinstance(v, int) and not isinstance(v, bool)}


def default_extra_files() -> list[Path]:
    """The user's files in the data folder that go with the database: seal images and assets/."""
    folder = data_dir()
    found = sorted(p for p in folder.glob("seal*.png") if p.is_file())
    assets = folder / "assets"
    if assets.is_dir():
        found += sorted(p for p in assets.rglob("*") if p.is_file())
    return found


def _entry_name(path: Path) -> str:
    """Where an extra file goes in the zip: its place under the data folder, else its name."""
    try:
        relative = path.resolve().relative_to(data_dir().resolve())
    except ValueError:
        relative = Path(path.name)
    return FILES_PREFIX + relative.as_posix()


def _digest(stream: IO[bytes], limit: int | None = None, sink: IO[bytes] | None = None) -> tuple[str, int]:
    """SHA-256 and size of a stream, optionally copied to `sink`; stops after `limit` + 1 bytes."""
    sha = hashlib.sha256()
    size = 0
    while chunk := stream.read(_CHUNK):
        sha.update(chunk)
        size += len(chunk)
        if sink is not None:
            sink.write(chunk)
        if limit is not None and size > limit:
            break
    return sha.hexdigest(), size


def export_handover(db: Database, zip_path: Path, extra_files: list[Path] | None = None) -> Manifest:
    """Write the handover zip; `extra_files` None means default_extra_files()."""
    from collabdesk.db.migrate import current_revision

    require_sqlite(db)
    zip_path = Path(zip_path)
    extra = default_extra_files() if extra_files is None else [Path(p) for p in extra_files]
    for path in extra:
        if not path.is_file():
            raise UserError(f"인수인계 파일에 넣을 파일이 없습니다: {path}")
    names = [_entry_name(p) for p in extra]
    if len(set(names)) != len(names):
        raise UserError("인수인계 파일에 같은 이름의 파일을 두 번 넣을 수 없습니다.")
    revision = current_revision(db)
    if not zip_path.parent.is_dir():
        raise UserError(f"인수인계 파일을 저장할 폴더가 없습니다: {zip_path.parent}")
    with tempfile.TemporaryDirectory(prefix="collabdesk-handover-") as tmp:
        database = create_backup(db, MANUAL, Path(tmp)).path
        sources = [(DATABASE_ENTRY, database), *zip(names, extra, strict=True)]
        partial = zip_path.with_name(f".{zip_path.name}.part")
        try:
            entries = []
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                for name, path in sources:
                    info = zipfile.ZipInfo.from_file(path, name)
                    info.compress_type = zipfile.ZIP_DEFLATED
                    with path.open("rb") as source, archive.open(info, "w", force_zip64=True) as target:
                        sha, size = _digest(source, sink=target)
                    entries.append(ManifestFile(name, sha, size))
                manifest = Manifest(
                    app_version=__version__,
                    schema_revision=revision,
                    created=dt.datetime.now().replace(microsecond=0).isoformat(),
                    files=entries,
                    counts=record_counts(database),
                )
                archive.writestr(MANIFEST, manifest.to_json())
            with partial.open("r+b") as written:  # Windows refuses fsync on a read-only handle
                os.fsync(written.fileno())
            os.replace(partial, zip_path)
        except OSError as exc:
            raise StorageError(
                f"인수인계 파일을 쓰지 못했습니다: {zip_path} ({exc.strerror or exc})"
            ) from exc
        finally:
            partial.unlink(missing_ok=True)
    log.info("handover package written to %s (%d files)", zip_path, len(entries))
    return manifest


_WINDOWS_RESERVED = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{n}" for n in range(10)),
    *(f"lpt{n}" for n in range(10)),
}


def _safe_entry(name: str) -> bool:
    """A zip entry that stays inside the folder it is unpacked into (no zip-slip), on Windows too:
    no drive letters or streams (':') anywhere, no reserved device names, no trailing dots or spaces."""
    if not name or "\\" in name or "\x00" in name or name.startswith("/"):
        return False
    parts = name.removesuffix("/").split("/")  # a folder entry ends with '/'
    return not any(
        part in ("", ".", "..")
        or ":" in part
        or part.rstrip(" .") != part
        or part.split(".")[0].lower() in _WINDOWS_RESERVED
        for part in parts
    )


def _allowed_file(name: str) -> bool:
    """Only the files a handover carries may be placed: seal images and assets/. Anything else
    (a database, settings, backups) would overwrite what the data folder holds."""
    inner = name[len(FILES_PREFIX) :]
    return (inner.startswith("seal") and inner.endswith(".png") and "/" not in inner) or inner.startswith(
        "assets/"
    )


def _refuse(zip_path: Path, why: str) -> UserError:
    return UserError(
        f"인수인계 파일을 가져올 수 없습니다({zip_path.name}): {why} 아무것도 바꾸지 않았습니다."
    )


def read_manifest(zip_path: Path) -> Manifest:
    """The manifest of a handover zip, after checking every file in it against it."""
    zip_path = Path(zip_path)
    if not zip_path.is_file():
        raise UserError(f"인수인계 파일이 없습니다: {zip_path}")
    try:
        with zipfile.ZipFile(zip_path) as archive:
            return _checked_manifest(zip_path, archive)
    except zipfile.BadZipFile as exc:
        raise _refuse(zip_path, "zip 파일이 아니거나 손상되었습니다.") from exc
    except OSError as exc:
        raise _refuse(zip_path, f"파일을 읽을 수 없습니다 ({exc.strerror or exc}).") from exc


def _checked_manifest(zip_path: Path, archive: zipfile.ZipFile) -> Manifest:
    infos = archive.infolist()
    for info in infos:
        if not _safe_entry(info.filename):
            raise _refuse(zip_path, f"허용되지 않는 경로의 파일이 들어 있습니다: {info.filename}")
    by_name = {info.filename: info for info in infos if not info.is_dir()}
    if MANIFEST not in by_name:
        raise _refuse(zip_path, "CollabDesk 인수인계 파일이 아닙니다(manifest.json 없음).")
    try:
        manifest = Manifest.from_json(archive.read(MANIFEST).decode("utf-8"))
    except (ValueError, KeyError, TypeError) as exc:
        raise _refuse(zip_path, "manifest.json을 읽을 수 없습니다.") from exc
    if manifest.format != FORMAT:
        raise _refuse(zip_path, f"이 버전이 모르는 인수인계 형식입니다(형식 {manifest.format}).")
    listed = {f.name for f in manifest.files}
    for entry in manifest.files:
        if not _safe_entry(entry.name):
            raise _refuse(zip_path, f"허용되지 않는 경로의 파일이 들어 있습니다: {entry.name}")
    if DATABASE_ENTRY not in listed:
        raise _refuse(zip_path, "데이터베이스가 들어 있지 않습니다.")
    extra = sorted(set(by_name) - listed - {MANIFEST})
    if extra:
        raise _refuse(zip_path, f"목록(manifest)에 없는 파일이 들어 있습니다: {extra[0]}")
    for entry in manifest.files:
        if entry.name != DATABASE_ENTRY and not (
            entry.name.startswith(FILES_PREFIX) and _allowed_file(entry.name)
        ):
            raise _refuse(zip_path, f"허용되지 않는 경로의 파일이 들어 있습니다: {entry.name}")
        _verify_entry(zip_path, archive, by_name, entry)
    return manifest


def _damaged(zip_path: Path, name: str, why: str) -> UserError:
    return _refuse(zip_path, f"{name} 파일이 손상되었거나 바뀌었습니다({why}).")


def _verify_entry(
    zip_path: Path,
    archive: zipfile.ZipFile,
    by_name: dict[str, zipfile.ZipInfo],
    entry: ManifestFile,
    sink: IO[bytes] | None = None,
) -> None:
    info = by_name.get(entry.name)
    if info is None:
        raise _damaged(zip_path, entry.name, "zip 안에 없음")
    # The size is compared before unpacking, so an entry that would unpack huge is refused unread.
    if info.file_size != entry.size:
        raise _damaged(zip_path, entry.name, "크기가 목록과 다름")
    try:
        with archive.open(info) as stream:
            sha, size = _digest(stream, limit=entry.size, sink=sink)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:  # a bad CRC, a broken deflate stream
        raise _damaged(zip_path, entry.name, "압축을 풀 수 없음") from exc
    if size != entry.size or sha != entry.sha256:
        raise _damaged(zip_path, entry.name, "검사값(SHA-256)이 맞지 않음")


def _place_file(source: Path, destination: Path) -> None:
    partial = destination.with_name(f".{destination.name}.part")
    try:
        with source.open("rb") as data, partial.open("wb") as out:
            while chunk := data.read(_CHUNK):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, destination)
    finally:
        partial.unlink(missing_ok=True)


def import_handover(zip_path: Path, target_db_path: Path) -> Manifest:
    """Place a handover package: the database at `target_db_path`, its files in the data folder.

    Every file is checked against the manifest and the database with verify_backup() before
    anything is written. An existing database at the target is backed up first (before-handover;
    a damaged one is kept as a raw copy). Files are written to a temporary name and renamed. The
    caller runs prepare_database on the target afterwards (an older database gets migrated)."""
    zip_path, target = Path(zip_path), Path(target_db_path)
    manifest = read_manifest(zip_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    files_root = data_dir()
    try:
        with (
            zipfile.ZipFile(zip_path) as archive,
            tempfile.TemporaryDirectory(prefix=".collabdesk-handover-", dir=target.parent) as tmp,
        ):
            by_name = {info.filename: info for info in archive.infolist()}
            # Unpack everything into a temporary folder first, checking each file again as it is written.
            unpacked: dict[str, Path] = {}
            for entry in manifest.files:
                local = Path(tmp) / f"{len(unpacked)}.part"
                with local.open("wb") as sink:
                    _verify_entry(zip_path, archive, by_name, entry, sink=sink)
                unpacked[entry.name] = local
            try:
                verify_backup(unpacked[DATABASE_ENTRY])
            except StorageError as exc:
                raise _refuse(zip_path, str(exc)) from exc

            before = preserve_current(target, BEFORE_HANDOVER)
            if before is not None:
                log.info("database at %s backed up to %s before the handover import", target, before.path)
            replace_database(unpacked[DATABASE_ENTRY], target)
            for entry in manifest.files:
                if entry.name == DATABASE_ENTRY:
                    continue
                destination = files_root.joinpath(*PurePosixPath(entry.name[len(FILES_PREFIX) :]).parts)
                if not destination.resolve().is_relative_to(files_root.resolve()):
                    raise _refuse(zip_path, f"허용되지 않는 경로의 파일이 들어 있습니다: {entry.name}")
                destination.parent.mkdir(parents=True, exist_ok=True)
                if destination.exists() and destination.read_bytes() != unpacked[entry.name].read_bytes():
                    # A seal or asset already on this PC is kept beside, not lost.
                    kept = destination.with_name(
                        f"{destination.stem}-이전-{dt.datetime.now():%Y%m%d-%H%M%S}{destination.suffix}"
                    )
                    shutil.copy2(destination, kept)
                _place_file(unpacked[entry.name], destination)
    except zipfile.BadZipFile as exc:
        raise _refuse(zip_path, "zip 파일이 아니거나 손상되었습니다.") from exc
    except OSError as exc:
        raise StorageError(
            f"인수인계 파일의 내용을 쓰지 못했습니다: {exc.filename or target} ({exc.strerror or exc})"
        ) from exc
    log.info("handover package %s placed at %s", zip_path, target)
    return manifest
