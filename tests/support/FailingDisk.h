#pragma once

namespace sb::test {

// A disk that fills up or turns read-only on request, for tests of what that does to the
// user's work. While it exists it is SQLite's default VFS: every bank opened afterwards in this
// process reads and writes the real files through it. The way SQLite's own test suite
// simulates a full disk, without a small filesystem or root (and root ignores permissions).
class FailingDisk {
public:
    enum class State {
        Working,
        Full, // every write and growth fails as ENOSPC makes SQLite fail: SQLITE_FULL
        ReadOnly, // every write fails as EROFS does (a medium remounted read-only)
    };

    FailingDisk();
    ~FailingDisk(); // banks opened through it must be closed first
    FailingDisk(const FailingDisk&) = delete;
    FailingDisk& operator=(const FailingDisk&) = delete;

    void setState(State state);
    // Writes refused since construction; proves a test's write really met the failing disk.
    int refusedWrites() const;
};

} // namespace sb::test
