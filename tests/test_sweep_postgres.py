"""Sweep workers on many machines share a study in a database: two workers against a
throwaway PostgreSQL server on a local socket (Debian's binaries), stopped afterwards. Skipped,
with the reason, where the binaries or psycopg are missing."""
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from designer.sweep.study import read_sweep, study_names
from tests.helpers import moons_doc

ROOT = Path(__file__).resolve().parent.parent
DOC = moons_doc(4)


def _binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _as_owner(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: as root, run it as the postgres user."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@pytest.fixture
def postgres():
    """A PostgreSQL server on a unix socket in a temporary folder (no TCP port): its URL."""
    pytest.importorskip("psycopg", reason="psycopg is not installed (the 'cluster' extra)")
    bin_dir = _binaries()
    if bin_dir is None:
        pytest.skip("no PostgreSQL binaries (/usr/lib/postgresql/*/bin; apt-get install "
                    "postgresql)")
    if os.geteuid() == 0 and (shutil.which("runuser") is None or _no_postgres_user()):
        pytest.skip("running as root without runuser or a postgres user to run the server")
    folder = Path(tempfile.mkdtemp(prefix="nd-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    data, log = folder / "data", folder / "server.log"
    run = {"check": True, "capture_output": True, "timeout": 60}
    subprocess.run(_as_owner([str(bin_dir / "initdb"), "-D", str(data), "-U", "sweep",
                              "--auth=trust", "-E", "UTF8"]), **run)
    options = f"-k {folder} -c listen_addresses='' -c fsync=off"
    subprocess.run(_as_owner([str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w",
                              "-o", options, "start"]), **run)
    try:
        yield f"postgresql+psycopg://sweep@/postgres?host={folder}"
    finally:
        subprocess.run(_as_owner([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast",
                                  "-w", "stop"]), capture_output=True, timeout=60)
        shutil.rmtree(folder, ignore_errors=True)


def _no_postgres_user() -> bool:
    import pwd

    try:
        pwd.getpwnam("postgres")
    except KeyError:
        return True
    return False


@pytest.mark.slow
def test_two_workers_share_a_study_in_postgresql(postgres, tmp_path):
    net = tmp_path / "tiny.json"
    net.write_text(json.dumps(DOC))
    command = [sys.executable, str(ROOT / "main.py"), "sweep", str(net), "--trials", "2",
               "--storage", postgres, "--study", "pg"]
    workers = [subprocess.Popen(command, cwd=ROOT, text=True, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE) for _ in range(2)]
    results = [w.communicate(timeout=120) for w in workers]
    assert all(w.returncode == 0 for w in workers), [err for _, err in results]
    summaries = [json.loads(out.strip().splitlines()[-1]) for out, _ in results]
    assert max(s["trials_in_study"] for s in summaries) == 4
    assert all("postgresql+psycopg://sweep@/postgres" in s["storage"] for s in summaries)
    assert study_names(postgres) == ["pg"]
    sweep = read_sweep(postgres)
    assert [t.number for t in sweep.trials] == [0, 1, 2, 3]
    assert all(t.state in ("complete", "pruned") and t.history for t in sweep.trials)
    assert sweep.network["name"] == "tiny" and sweep.metric == "val_loss"
    assert (tmp_path / "pg.trials").is_dir()  # beside the network: the study is in a database
