#!/usr/bin/env bash
# The developer entry point: each command installs what is missing, builds, then acts.
#   ./dev.sh start   build a release and open StoryBank on your default bank
#   ./dev.sh test    build with warnings as errors, run the whole test suite, the
#                    benchmark suite's smoke run (1k bank: proves it runs, judges no timing),
#                    fuzz the Markdown importer for FUZZ_SECONDS (60; 0 skips it), and
#                    package the build as a .deb and check it installs and runs
#   ./dev.sh asan    the same tests under AddressSanitizer and UndefinedBehaviorSanitizer
set -euo pipefail
cd "$(dirname "$0")"

usage() {
    sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//' >&2
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
        cmake --build --preset release -j "$jobs" --target storybank storybank-cli
        if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
            exec build/release/app/gui/storybank
        fi
        # No screen (a server, an SSH session): show the default bank on the command line.
        echo "No display found, so here is your bank from the command line:"
        cli=build/release/app/cli/storybank-cli
        bank=$("$cli" path)
        [ -e "$bank" ] || "$cli" init
        "$cli" stats
        ;;
    test)
        build_and_test debug
        tests/bench/run --preset=debug --smoke
        if [ "${FUZZ_SECONDS:-60}" != 0 ]; then
            FUZZ_SECONDS=${FUZZ_SECONDS:-60} FUZZ_JOBS=$jobs tests/fuzz/run
        fi
        PRESET=debug JOBS=$jobs packaging/check-install
        ;;
    asan) build_and_test asan ;;
    *) usage ;;
esac
