#pragma once

#include "core/BankError.h"

#include <QString>

namespace sb {

// A file an import refuses as a whole (not UTF-8, binary, too large, not our JSON, nested
// beyond reason). message() names the file and, where there is one, the byte offset or line.
class ImportError : public BankError {
public:
    ImportError(QString source, qint64 offset, const QString& message);

    const QString& source() const noexcept { return m_source; }
    qint64 offset() const noexcept { return m_offset; } // -1 when not tied to a place

private:
    QString m_source;
    qint64 m_offset;
};

} // namespace sb
