"""What an export calls a network: its class name in code and its default file name."""
from __future__ import annotations

import re

# Names the app gives a network nobody has named yet (any language): the file's name is better.
PLACEHOLDERS = {"", "network", "untitled", "제목 없음"}


def network_title(network) -> str:
    """The network's own name, or its file's name when it has only a placeholder."""
    name = (network.name or "").strip()
    if name.lower() in PLACEHOLDERS and network.source is not None:
        return network.source.stem
    return name or "network"


def class_name(network) -> str:
    """A Python class name from the title: 'deep_moons' -> 'DeepMoons', '2d net' -> 'Net2dNet'."""
    words = re.findall(r"[A-Za-z0-9]+", network_title(network))
    title = "".join(w[:1].upper() + w[1:] for w in words) or "Network"
    return title if title[0].isalpha() else f"Net{title}"


def file_stem(network) -> str:
    """A file name (without suffix) for exports: the source file's stem, else the title."""
    if network.source is not None:
        return network.source.stem
    stem = re.sub(r"[^\w\-]+", "_", network_title(network)).strip("_")
    return stem or "network"
