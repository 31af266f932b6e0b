#pragma once

#include <QString>

#include <ostream>

// GoogleTest shows a QString that failed a comparison as its text, not as UTF-16 code units.
inline void PrintTo(const QString& text, std::ostream* os)
{
    *os << '"' << text.toStdString() << '"';
}
