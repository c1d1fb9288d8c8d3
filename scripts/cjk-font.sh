#!/usr/bin/env bash
# Makes sure a font with Hangul is installed, so that the Korean interface never shows boxes:
# installs Debian/Ubuntu's fonts-nanum when run as root with apt-get, otherwise names it.
set -uo pipefail
[ "$(uname -s)" = Linux ] || exit 0
command -v fc-list >/dev/null || exit 0  # no fontconfig: Qt's own fallbacks decide
[ -n "$(fc-list :lang=ko family 2>/dev/null)" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing a Korean font (fonts-nanum) so that Hangul shows ..." >&2
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq fonts-nanum >/dev/null && exit 0
  echo "apt-get could not install fonts-nanum." >&2
fi
echo "No font with Hangul is installed: the Korean interface would show boxes." >&2
echo "Install one, e.g.: sudo apt-get install fonts-nanum" >&2
exit 0  # English still reads fine; the app starts anyway
