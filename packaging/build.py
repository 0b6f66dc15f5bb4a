"""Build CollabDesk's one-folder bundle with PyInstaller and pack it for the current system.

    python packaging/build.py [--clean]

Linux:   dist/CollabDesk/ and dist/CollabDesk-<version>-linux-<machine>.tar.gz, which holds the folder
         with a .desktop file, the icon, install.sh (menu entry) and a short Korean README.
Windows: dist/CollabDesk/ only; packaging/windows/build.ps1 turns it into the Inno Setup installer.

`make dist` and packaging/windows/build.ps1 call this; it needs the `package` extra installed
(`pip install -e '.[package]'`) and the compiled translations (`make translations`).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import tarfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

import make_icon  # noqa: E402

SPEC = ROOT / "packaging" / "collabdesk.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
APP_FOLDER = "CollabDesk"  # collabdesk.paths.APP_NAME; the spec names the folder so
LINUX_FILES = ROOT / "packaging" / "linux"


def project_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def run_pyinstaller(clean: bool) -> Path:
    import PyInstaller.__main__

    args = [str(SPEC), "--noconfirm", "--distpath", str(DIST), "--workpath", str(WORK), "--log-level", "WARN"]
    if clean:
        args.append("--clean")
    PyInstaller.__main__.run(args)
    bundle = DIST / APP_FOLDER
    if not bundle.is_dir():
        raise SystemExit(f"PyInstaller made no {bundle}")
    return bundle


def add_linux_files(bundle: Path) -> None:
    """The desktop entry, icon, menu installer and README beside the program."""
    shutil.copy2(LINUX_FILES / "collabdesk.desktop", bundle / "collabdesk.desktop")
    shutil.copy2(LINUX_FILES / "install.sh", bundle / "install.sh")
    (bundle / "install.sh").chmod(0o755)
    shutil.copy2(LINUX_FILES / "README.txt", bundle / "README.txt")
    make_icon.write_png(bundle / "collabdesk.png")


def pack_tarball(bundle: Path, version: str) -> Path:
    machine = platform.machine().lower() or "unknown"
    target = DIST / f"{APP_FOLDER}-{version}-linux-{machine}.tar.gz"
    partial = target.with_name(target.name + ".partial")

    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        # Files belong to whoever unpacks them, not to the build machine's root.
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    with tarfile.open(partial, "w:gz", compresslevel=6) as archive:
        archive.add(bundle, arcname=APP_FOLDER, filter=normalise)
    os.replace(partial, target)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clean", action="store_true", help="PyInstaller's cache is emptied first")
    args = parser.parse_args()
    version = project_version()
    started = time.monotonic()
    bundle = run_pyinstaller(args.clean)
    print(f"bundle: {bundle} ({time.monotonic() - started:.0f} s)")
    if sys.platform.startswith("linux"):
        add_linux_files(bundle)
        tarball = pack_tarball(bundle, version)
        print(f"archive: {tarball} ({tarball.stat().st_size / 2**20:.0f} MiB)")
    print(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
