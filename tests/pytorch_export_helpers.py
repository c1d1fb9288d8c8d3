"""Shared by the PyTorch-export tests: running an exported script as a real program, reading
the epochs it prints, running its main() in this process, and training as the app does."""
import contextlib
import gzip
import io
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import torch

from designer.export.pytorch_code import pytorch_code
from designer.training import Trainer

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "resources" / "examples"
# Runs a script as `python script.py ARGS`, then names the packages beyond torch and numpy
# that it imported: the script must stand alone.
STANDALONE = """import runpy, sys
script = sys.argv[1]
sys.argv = sys.argv[1:]
runpy.run_path(script, run_name="__main__")
print("imported:", sorted({m.split(".")[0] for m in sys.modules}
                           & {"designer", "widgets", "safetensors", "sklearn"}))
"""


def run_script(script: Path, *args: str) -> str:
    out = subprocess.run([sys.executable, "-c", STANDALONE, str(script), *args],
                         capture_output=True, text=True, cwd=script.parent, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    return out.stdout


def printed_epochs(stdout: str) -> list[dict]:
    """The numbers of each 'epoch k/n  loss ...' line."""
    rows = []
    for line in stdout.splitlines():
        if line.startswith("epoch "):
            rows.append({k: float(v) for k, v in re.findall(r"(\w+) (-?[\d.e+-]+)(?=\s|$)",
                                                               line.split("/", 1)[1])})
    return rows


def app_run(network, **overrides) -> Trainer:
    """Train headless as `main.py train` does."""
    trainer = Trainer(network, overrides, introspection=False)
    for _ in trainer.run():
        pass
    return trainer


def rel_close(a: float, b: float, rel: float) -> bool:
    return abs(a - b) <= rel * max(abs(a), abs(b))


def script_namespace(network) -> dict:
    namespace = {"__name__": "exported"}
    exec(compile(pytorch_code(network), "exported.py", "exec"), namespace)
    return namespace


def main_here(network, *args: str) -> str:
    """The script's main() in this process; its printing, with torch's state put back."""
    main = script_namespace(network)["main"]
    threads, out = torch.get_num_threads(), io.StringIO()
    try:
        with torch.random.fork_rng(), contextlib.redirect_stdout(out):
            main(list(args))
    finally:
        torch.set_num_threads(threads)
    return out.getvalue()


def write_idx(path: Path, array: np.ndarray) -> None:
    head = bytes([0, 0, 0x08, array.ndim]) + b"".join(int(d).to_bytes(4, "big")
                                                         for d in array.shape)
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "wb") as f:
        f.write(head + array.astype(np.uint8).tobytes())


def fashion_idx(folder: Path) -> Path:
    """Small IDX files in Fashion-MNIST's layout (images gzipped, labels not)."""
    rng = np.random.default_rng(0)
    folder.mkdir()
    for prefix, n in (("train", 80), ("t10k", 20)):
        write_idx(folder / f"{prefix}-images-idx3-ubyte.gz", rng.integers(0, 256, (n, 28, 28)))
        write_idx(folder / f"{prefix}-labels-idx1-ubyte", rng.integers(0, 10, n))
    return folder
