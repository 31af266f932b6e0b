#pragma once

#include <QString>

#include <cstdint>

namespace sb {

// The fields of a file's 100-byte SQLite header that decide whether it can be opened as a bank.
// It is read with plain file I/O, so a file we refuse is never handed to SQLite, which might
// write to it (rolling back a journal, switching journal mode, …).
struct BankFileHeader {
    uint32_t pageSize = 0;
    uint32_t pageCount = 0; // 0 when the header's count is not known to be current
    uint32_t applicationId = 0;
    uint32_t userVersion = 0;
    bool walMode = false; // the file is in write-ahead-log mode (format versions 2)

    // Throws BankError (NoSuchFile, EmptyFile, NotSqlite, Truncated, Io) for a file that cannot
    // be an SQLite database.
    static BankFileHeader read(const QString& path);

    // Throws BankError (ForeignFile, NewerSchema) unless the header is that of a bank this
    // version reads.
    void requireBank(const QString& path, int latestSchemaVersion) const;
};

// True when the file is in WAL mode and the write-ahead log beside it holds frames: committed
// pages the file itself does not have yet, so the header read from the file may be out of date.
bool hasPendingWal(const QString& path, const BankFileHeader& header);

} // namespace sb
