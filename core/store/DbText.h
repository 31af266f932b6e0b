#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <cstdint>

#include <optional>

namespace sb::dbtext {

// How dates and times are written in the bank: ISO-8601, UTC, milliseconds.
QString now();
std::optional<QString> fromDateTime(const QDateTime& value); // nullopt (NULL) when invalid
QDateTime toDateTime(const QString& text);
std::optional<QString> fromDate(const QDate& value);
QDate toDate(const QString& text);

// An optional reference: NULL when the id is not set.
template<typename IdT> std::optional<int64_t> fromId(IdT id)
{
    return id.isValid() ? std::optional<int64_t>(id.value) : std::nullopt;
}

} // namespace sb::dbtext
