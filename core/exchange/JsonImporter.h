#pragma once

#include "core/exchange/ImportDocument.h"

#include <QByteArray>
#include <QString>

namespace sb {

// Reads the JSON exchange format (DESIGN.md, "JSON exchange format") into an ImportDocument.
class JsonImporter {
public:
    // Throws ImportError when the bytes are not JSON, not our format, a newer version, or a
    // reference points nowhere.
    static ImportDocument parse(const QByteArray& bytes, const QString& source);
};

} // namespace sb
