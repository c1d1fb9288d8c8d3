"""Saving survives a kill at any moment: a process that saves a network of a few MB over and
over, alternating two versions, is killed with SIGKILL at random moments; after every kill the
file loads as exactly the old or the new version, and the next save removes the temporary file
the killed writer left behind."""
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from designer.graph import Layer, NetworkGraph
from designer.network import Network
from designer.serialization import load, save

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")

KILLS = 40
NAMES = ("version-a", "version-b")

# Imports the designer once, then forks one saving child per "fork <how>" line (so that each
# kill costs a fork, not an interpreter start); "reap <pid>" waits for a killed child. A "save"
# child runs the whole of save() (mostly building the zip); a "write" child writes the same two
# bundles, built once, with atomic_write(), so that its kills land inside the write and rename.
FORK_SERVER = r"""
import os, sys
sys.path[:0] = [sys.argv[1], sys.argv[2]]
from pathlib import Path
from test_save_kills import version
from designer.atomic_files import atomic_write
from designer.serialization import _bundle_bytes, save
path, versions = Path(sys.argv[3]), [version(0), version(1)]
bundles = [_bundle_bytes(v) for v in versions]
steps = {"save": lambda k: save(versions[k], path),
         "write": lambda k: atomic_write(path, bundles[k])}
for line in sys.stdin:
    word, _, arg = line.strip().partition(" ")
    if word == "fork":
        pid = os.fork()
        if pid == 0:
            k = 0
            while True:
                steps[arg](k % 2)
                os.write(1, f"saved {os.getpid()}\n".encode())
                k += 1
        print("pid", pid, flush=True)
    elif word == "reap":
        os.waitpid(int(arg), 0)
        print("reaped", flush=True)
"""


def version(k: int) -> Network:
    """Version k of a network with about 1.1 million weights (4.3 MB)."""
    graph = NetworkGraph()
    for layer_id, type_name, params in (("in", "Input", {"shape": [64]}),
                                        ("h", "Dense", {"units": 1000}),
                                        ("h2", "Dense", {"units": 1000}),
                                        ("out", "Dense", {"units": 10})):
        graph.add_layer(Layer.create(type_name, layer_id, **params))
    for a, b in (("in", "h"), ("h", "h2"), ("h2", "out")):
        graph.connect(a, b)
    rng = np.random.default_rng(k)
    shapes = {"h": (1000, 64), "h2": (1000, 1000), "out": (10, 1000)}
    weights = {}
    for layer_id, shape in shapes.items():
        weights[f"{layer_id}.core.weight"] = rng.standard_normal(shape).astype(np.float32)
        weights[f"{layer_id}.core.bias"] = rng.standard_normal(shape[0]).astype(np.float32)
    return Network(graph=graph, name=NAMES[k], weights=weights,
                   history={"runs": [{"name": "run 1", "loss": [float(k), 0.5]}]})


def _which(path: Path, versions) -> int:
    """Which version the file holds, exactly; fails on anything else."""
    loaded = load(path)
    k = NAMES.index(loaded.name)
    want = versions[k]
    assert loaded.weights.keys() == want.weights.keys()
    for key, array in want.weights.items():
        np.testing.assert_array_equal(loaded.weights[key], array)
    assert loaded.history == want.history
    return k


def _temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


class _ForkServer:
    def __init__(self, path: Path):
        here = Path(__file__).resolve().parent
        self.proc = subprocess.Popen(
            [sys.executable, "-c", FORK_SERVER, str(here), str(here.parent), str(path)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)

    def ask(self, line: str, answer: str) -> str:
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        return self.wait_for(answer)

    def wait_for(self, start: str) -> str:
        while True:
            line = self.proc.stdout.readline()
            assert line, f"the fork server ended (exit {self.proc.poll()})"
            if line.startswith(start):
                return line.strip()

    def close(self):
        self.proc.stdin.close()
        self.proc.wait(10)
        self.proc.stdout.close()


def test_a_killed_save_leaves_the_old_or_the_new_file_and_no_temporary(tmp_path):
    versions = [version(0), version(1)]
    path = tmp_path / "big.nnd"
    save(versions[0], path)
    started = time.perf_counter()
    server = _ForkServer(path)
    seen, killed, left_behind, most = [], set(), 0, 0
    rng = random.Random(1)
    try:
        for kill in range(KILLS):
            how = ("save", "write")[kill % 2]
            pid = int(server.ask(f"fork {how}", "pid").split()[1])
            if kill % 4 > 1:  # half the children save once first, so that kills land later too
                server.wait_for(f"saved {pid}")
            time.sleep(rng.uniform(0.0, 0.3 if how == "save" else 0.03))
            os.kill(pid, signal.SIGKILL)
            server.ask(f"reap {pid}", "reaped")
            killed.add(pid)
            seen.append(_which(path, versions))  # old or new, never broken
            stale = _temporaries(tmp_path)
            assert {int(name.split(".")[3].split("-")[0]) for name in stale} <= killed
            left_behind += any(f".{pid}-" in name for name in stale)
            most = max(most, len(stale))
    finally:
        server.close()
    save(versions[seen[-1]], path)
    assert _temporaries(tmp_path) == []  # the next save removed the killed writer's file
    assert _which(path, versions) == seen[-1]
    elapsed = time.perf_counter() - started
    print(f"{KILLS} kills in {elapsed:.1f} s: versions {seen.count(0)} a / {seen.count(1)} b, "
          f"{left_behind} killed mid-write left a temporary file, at most {most} at once")
    assert most < 4  # each child's first save swept the earlier ones away
    assert 0 < seen.count(0) < KILLS  # the kills saw both versions: they hit between saves
    assert left_behind > 0  # and some hit inside a save


def test_only_the_temporaries_of_writers_that_are_gone_are_removed(tmp_path):
    from designer.atomic_files import _writer_tag

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    host = _writer_tag().split("-", 1)[1]
    names = {"dead": f".x.nnd.{dead.pid}-{host}.abc.tmp",
             "alive": f".x.nnd.{os.getppid()}-{host}.abc.tmp",  # a running writer's
             "other machine": f".x.nnd.{dead.pid}-00000000.abc.tmp",
             "other file": f".y.nnd.{dead.pid}-{host}.abc.tmp",
             "not ours": ".x.nnd.notes.tmp"}
    for name in names.values():
        (tmp_path / name).write_bytes(b"partial")
    save(version(0), tmp_path / "x.nnd")
    assert _temporaries(tmp_path) == sorted(v for k, v in names.items() if k != "dead")
