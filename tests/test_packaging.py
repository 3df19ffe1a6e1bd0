"""Packaging: the wheel carries every package and data file and works outside the repository."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import tomllib
import venv
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SKIP = {"tests", "bench", ".git", ".ci", "build", "dist"}


def pyproject() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text())


def package_folders() -> set[str]:
    """innograph.* names of every folder below the repo that holds an __init__.py."""
    found = {"innograph"}
    for init in REPO.rglob("__init__.py"):
        rel = init.parent.relative_to(REPO)
        if rel.parts and rel.parts[0] not in SKIP and not any(p.startswith(".") for p in rel.parts):
            found.add(".".join(("innograph", *rel.parts)))
    return found


def test_every_package_folder_is_listed_and_every_listed_package_exists() -> None:
    listed = set(pyproject()["tool"]["setuptools"]["packages"])
    assert listed == package_folders()


def test_every_folder_with_files_is_a_package() -> None:
    for top in ("ontology", "graph", "loaders", "shapes", "server"):
        for folder in [REPO / top, *(p for p in (REPO / top).rglob("*") if p.is_dir())]:
            if folder.name == "__pycache__":
                continue
            if any(f.is_file() for f in folder.iterdir()):
                assert (folder / "__init__.py").exists(), f"{folder} has files but no __init__.py"


def test_wheel_installs_in_a_fresh_environment_and_answers_a_query(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(dist), str(REPO)], check=True)
    wheel = next(dist.glob("innograph-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for expected in ("innograph/ontology/innograph.ttl", "innograph/shapes/shapes.ttl", "innograph/py.typed"):
        assert expected in names
    assert sum(n.startswith("innograph/loaders/corpus/") and n.endswith(".txt") for n in names) == 5

    env = tmp_path / "venv"
    venv.create(env, with_pip=True)
    bin_ = env / "bin"
    subprocess.run([bin_ / "pip", "install", "-q", "--no-deps", str(wheel)], check=True)
    # Only now (pip must not see another innograph) expose this interpreter's site-packages,
    # after the venv's own, for the dependencies: no network needed, innograph from the wheel.
    site = next((env / "lib").glob("python3*/site-packages"))
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    where = subprocess.run([bin_ / "python", "-c", "import innograph; print(innograph.__file__)"],
                           cwd=tmp_path, capture_output=True, text=True, check=True)
    assert where.stdout.startswith(str(env))
    assert "build" in subprocess.run([bin_ / "innograph", "--help"], cwd=tmp_path, capture_output=True,
                                     text=True, check=True).stdout
    store = tmp_path / "store"
    subprocess.run([bin_ / "innograph", "build", "--store", str(store)], cwd=tmp_path, check=True, capture_output=True)
    answer = subprocess.run(
        [bin_ / "innograph", "query", "--store", str(store), "--format", "csv",
         "SELECT (COUNT(?p) AS ?n) WHERE { ?p a <https://w3id.org/innograph/ontology#Project> }"],
        cwd=tmp_path, capture_output=True, text=True, check=True,
    )
    assert int(answer.stdout.split()[-1]) > 0
