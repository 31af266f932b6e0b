#!/usr/bin/env bash
# The developer entry point: each command installs what is missing, builds, then acts.
#   ./dev.sh start   build a release and open your default bank (created on first run)
#   ./dev.sh test    build with warnings as errors and run the whole test suite
#   ./dev.sh asan    the same tests under AddressSanitizer and UndefinedBehaviorSanitizer
set -euo pipefail
cd "$(dirname "$0")"

usage() {
    sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

jobs=$(nproc 2>/dev/null || echo 2)

build_and_test() {
    local preset=$1
    packaging/install-deps.sh
    cmake --preset "$preset" -DSTORYBANK_WERROR=ON >/dev/null
    cmake --build --preset "$preset" -j "$jobs"
    ctest --preset "$preset" -j "$jobs"
}

case "${1:-}" in
    start)
        packaging/install-deps.sh
        cmake --preset release >/dev/null
        cmake --build --preset release -j "$jobs" --target storybank-cli
        cli=build/release/app/cli/storybank-cli
        # Until the editor exists, "start" shows what the default bank holds.
        bank=$("$cli" path)
        [ -e "$bank" ] || "$cli" init
        "$cli" stats
        ;;
    test) build_and_test debug ;;
    asan) build_and_test asan ;;
    *) usage ;;
esac
