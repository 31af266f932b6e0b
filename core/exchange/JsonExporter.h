#pragma once

#include <QByteArray>

namespace sb {

class Bank;

// Writes the whole bank in the JSON exchange format. Ids in the file are renumbered 1, 2, … in
// bank order, so exporting, importing into an empty bank and exporting again gives the same
// bytes.
class JsonExporter {
public:
    static QByteArray write(const Bank& bank);
};

} // namespace sb
