#!/usr/bin/env bash
# Fashion-MNIST for the examples that use it (the Keras template): installs Debian's
# dataset-fashion-mnist (31 MB) when run as root with apt-get, otherwise says how to get it.
# Never fails the start: every other example works without it.
set -uo pipefail
[ -d /usr/share/datasets/fashion-mnist ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Fashion-MNIST (Debian's dataset-fashion-mnist, 31 MB) for the examples ..." >&2
  { apt-get install -y -qq dataset-fashion-mnist >/dev/null 2>&1 \
    || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq dataset-fashion-mnist >/dev/null 2>&1; }; } \
    && exit 0
fi
echo "Note: Fashion-MNIST is not installed; the Keras template example needs it" \
     "(sudo apt-get install dataset-fashion-mnist, or put the IDX files in" \
     "~/.keras/datasets/fashion-mnist). Every other example works without it." >&2
exit 0
