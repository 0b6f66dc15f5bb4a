"""Download every wheel CollabDesk needs for one platform into wheelhouse/<platform>/, for an
installation with no internet access:

    python packaging/wheelhouse.py --platform win_amd64 [--python-version 3.11]
    python packaging/wheelhouse.py --platform manylinux --check

--platform is a pip platform tag (win_amd64, manylinux_2_36_x86_64, ...) or `manylinux`, meaning
x86_64 Linux with this machine's glibc. The folder holds CollabDesk's own wheel, the pinned
dependencies with everything they need, and PyInstaller (the `package` extra), so that
packaging/windows/build.ps1 can build the installer offline too. It then installs with:

    pip install --no-index --find-links wheelhouse/<platform> collabdesk

pip evaluates environment markers for the machine it runs on, not for --platform (pypa/pip#11664):
downloading for Windows on Linux would leave out `tzdata; sys_platform == "win32"` (psycopg),
`pefile` and `pywin32-ctypes` (PyInstaller). So after pip's download this script reads every
wheel's requirements, evaluates their markers for the target platform, downloads what is missing
(pinned to the versions already there) until nothing is, and refuses a wheelhouse in which a
requirement is not met.

--check (only for the platform and Python of this machine) installs from the folder into a fresh
virtual environment under a path with Korean characters, with pip's configuration, the index and
(as root) the network shut off, then runs `collabdesk --version`, `sample-data` and `members list`.
"""

from __future__ import annotations

import argparse
import email.parser
import os
import platform
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import tomllib
import zipfile
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name, parse_wheel_filename
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
EXTRAS = ["package"]


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def linux_platforms(machine: str = "x86_64") -> list[str]:
    """This machine's glibc and every older manylinux tag, spelled out for pip."""
    libc, version = platform.libc_ver()
    if libc != "glibc":
        raise SystemExit("`manylinux` needs a glibc Linux to read the glibc version from; give a full tag")
    major, minor = (int(part) for part in version.split(".")[:2])
    tags = [f"manylinux_{major}_{m}_{machine}" for m in range(minor, 16, -1)]
    return tags + [f"manylinux2014_{machine}"]


def target_environment(platform_tag: str, python_version: str) -> dict[str, str]:
    """PEP 508 marker values of the target (those that the wheels in use look at)."""
    if platform_tag.startswith("win"):
        system = {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt"}
        machine = "AMD64" if platform_tag.endswith("amd64") else "ARM64" if "arm64" in platform_tag else "x86"
    elif "linux" in platform_tag:
        system = {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix"}
        machine = "x86_64" if platform_tag.endswith("x86_64") else platform_tag.rsplit("_", 1)[-1]
    else:
        raise SystemExit(f"unsupported platform {platform_tag}: use win_amd64 or a manylinux tag")
    return {
        **system,
        "platform_machine": machine,
        "python_version": python_version,
        "python_full_version": f"{python_version}.0",
        "implementation_name": "cpython",
        "platform_python_implementation": "CPython",
        "platform_release": "",
        "platform_version": "",
        "implementation_version": f"{python_version}.0",
    }


def applies(requirement: Requirement, environment: dict[str, str], extras: set[str]) -> bool:
    if requirement.marker is None:
        return True
    return any(requirement.marker.evaluate({**environment, "extra": extra}) for extra in (extras or {""}))


def wheel_requirements(wheel: Path) -> list[Requirement]:
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA") and n.count("/") == 1)
        metadata = email.parser.Parser().parsestr(archive.read(name).decode("utf-8"))
    return [Requirement(text) for text in metadata.get_all("Requires-Dist") or []]


def wheels_by_name(folder: Path) -> dict[str, tuple[Version, Path]]:
    found = {}
    for wheel in folder.glob("*.whl"):
        name, version, _build, _tags = parse_wheel_filename(wheel.name)
        found[canonicalize_name(name)] = (version, wheel)
    return found


def unmet(folder: Path, environment: dict[str, str]) -> tuple[list[Requirement], list[str]]:
    """Requirements (markers evaluated for the target) that no wheel in the folder provides, and
    those provided in a version that does not satisfy them."""
    wheels = wheels_by_name(folder)
    root = Requirement(f"collabdesk[{','.join(EXTRAS)}]")
    missing: dict[str, Requirement] = {}
    conflicts: list[str] = []
    seen: set[tuple[str, frozenset[str]]] = set()
    todo: list[tuple[Requirement, str]] = [(root, "wheelhouse")]
    while todo:
        requirement, wanted_by = todo.pop()
        name = canonicalize_name(requirement.name)
        if name not in wheels:
            missing.setdefault(name, requirement)
            continue
        version, wheel = wheels[name]
        if requirement.specifier and not requirement.specifier.contains(version, prereleases=True):
            conflicts.append(f"{wanted_by} needs {requirement}, the wheelhouse has {wheel.name}")
        key = (name, frozenset(requirement.extras))
        if key in seen:
            continue
        seen.add(key)
        for dependency in wheel_requirements(wheel):
            if applies(dependency, environment, set(requirement.extras)):
                dependency.marker = None
                todo.append((dependency, wheel.name))
    return list(missing.values()), conflicts


def pip(*args: str, env: dict[str, str] | None = None) -> None:
    command = [sys.executable, "-m", "pip", *args]
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True, env=env)


def download(folder: Path, platforms: list[str], python_version: str, requirements: list[str]) -> None:
    platform_args = [arg for tag in platforms for arg in ("--platform", tag)]
    pip(
        "download", "--only-binary=:all:", *platform_args, "--python-version", python_version,
        "--implementation", "cp", "--dest", str(folder), "--find-links", str(folder),
        "--progress-bar", "off", "--quiet", *requirements,
    )  # fmt: skip


def build_wheelhouse(platform_arg: str, python_version: str) -> Path:
    platforms = linux_platforms() if platform_arg == "manylinux" else [platform_arg]
    folder = ROOT / "wheelhouse" / platforms[0]
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    version = pyproject()["version"]
    # CollabDesk's own wheel (pure Python, the same for every platform) first, so that the download
    # resolves `collabdesk` from the folder and its pinned dependencies from PyPI.
    pip("wheel", "--no-deps", "--quiet", "--wheel-dir", str(folder), str(ROOT))
    download(folder, platforms, python_version, [f"collabdesk[{','.join(EXTRAS)}]=={version}"])
    environment = target_environment(platforms[0], python_version)
    for _round in range(5):
        missing, conflicts = unmet(folder, environment)
        if conflicts:
            raise SystemExit("wheelhouse conflicts:\n  " + "\n  ".join(conflicts))
        if not missing:
            break
        print("only for the target platform:", ", ".join(str(r) for r in missing), flush=True)
        pins = [f"{name}=={version}" for name, (version, _) in wheels_by_name(folder).items()]
        download(folder, platforms, python_version, [str(r) for r in missing] + pins)
    else:
        raise SystemExit(f"wheelhouse still incomplete: {missing}")
    wheels = sorted(p.name for p in folder.glob("*.whl"))
    size = sum(p.stat().st_size for p in folder.glob("*.whl"))
    print(f"{folder}: {len(wheels)} wheels, {size / 2**20:.0f} MiB")
    for name in wheels:
        print("  " + name)
    print(f"install: pip install --no-index --find-links {folder.relative_to(ROOT)} collabdesk")
    return folder


def check(folder: Path, python_version: str) -> None:
    """Install from the folder alone into a fresh venv and run the installed program."""
    here = f"{sys.version_info.major}.{sys.version_info.minor}"
    if here != python_version or not sysconfig.get_platform().startswith("linux"):
        raise SystemExit(
            f"--check needs Python {python_version} on Linux; this is {here} {sysconfig.get_platform()}"
        )
    work = Path(tempfile.mkdtemp(prefix="collabdesk-wheelhouse."))
    try:
        venv = work / "사무국 설치" / "venv"
        data = work / "사무국 설치" / "데이터"
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        # Nothing but the folder: no pip configuration files, no PIP_* variables, no index, and as
        # root no network at all.
        env = {
            "PATH": f"{venv / 'bin'}:/usr/bin:/bin",
            "HOME": str(work),
            "PIP_CONFIG_FILE": os.devnull,
            "PIP_DISABLE_PIP_VERSION_CHECK": "1",
            "LANG": "C.UTF-8",
        }
        offline = ["unshare", "--net"] if os.geteuid() == 0 and shutil.which("unshare") else []
        if not offline:
            print("WARNING: not root: the install runs with --no-index but the network is not cut off")
        install = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--no-index"]
        install += ["--find-links", str(folder), "collabdesk"]
        print("+", " ".join(offline + install), flush=True)
        subprocess.run(offline + install, check=True, env=env)
        run_env = {**env, "COLLABDESK_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}
        program = str(venv / "bin" / "collabdesk")
        outputs = []
        for args in (["--version"], ["sample-data"], ["members", "list", "--format", "csv"]):
            result = subprocess.run(
                offline + [program, *args], env=run_env, capture_output=True, text=True, check=True
            )
            outputs.append(result.stdout)
            print("+ collabdesk", " ".join(args), "→", result.stdout.strip().splitlines()[0])
        if outputs[0].strip() != f"CollabDesk {pyproject()['version']}":
            raise SystemExit(f"--version said {outputs[0]!r}")
        if "12곳" not in outputs[1] or len(outputs[2].strip().splitlines()) != 13:
            raise SystemExit(f"sample data not as expected: {outputs[1]!r}")
        print(f"wheelhouse check passed: offline install into {venv} runs")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--platform", default="win_amd64", help="pip platform tag, or `manylinux` (default win_amd64)"
    )
    parser.add_argument("--python-version", default="3.11", help="target Python, e.g. 3.11 (default)")
    parser.add_argument(
        "--check", action="store_true", help="then install from it offline and run the program"
    )
    args = parser.parse_args()
    folder = build_wheelhouse(args.platform, args.python_version)
    if args.check:
        check(folder, args.python_version)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
