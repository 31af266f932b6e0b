#!/usr/bin/env bash
# Installs the Debian 12 packages StoryBank needs to build and test. Safe to run again and
# again: it checks first, and prints nothing when everything is already there.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev
    qt6-l10n-tools qt6-tools-dev # lupdate and lrelease, and the CMake package that runs them
    qt6-translations-l10n # Qt's own texts (buttons, --help) in the languages StoryBank speaks
    libqt6svg6 # the SVG icon engine that draws the bundled icons at run time
    qt6-multimedia-dev # recording practice answers (the build goes on without it)
    gstreamer1.0-plugins-base gstreamer1.0-plugins-good # its backend: Ogg/Opus, microphone
    libsqlite3-dev
    libmd4c-dev # the Markdown parser behind the importer
    libgtest-dev
    libbenchmark-dev # Google Benchmark, for the benchmark suite in tests/bench
    libhunspell-dev hunspell-en-us
    fonts-dejavu-core
    poppler-utils # pdfinfo and pdftotext: the tests read back the cheat sheet PDFs
    xvfb xauth # an X server for the benchmark suite's window pairs (tests/bench/run)
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
else
    echo "install-deps: these packages are missing and I cannot become root to install them:" >&2
    echo "  ${missing[*]}" >&2
    echo "Ask an administrator to run: apt-get install ${missing[*]}" >&2
    exit 1
fi

echo "install-deps: installing ${missing[*]}"
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
