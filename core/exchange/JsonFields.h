#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace sb::jsonfields {

// What the exporter writes and the importer accepts; shared so the two cannot drift apart.
inline constexpr int kVersion = 1; // the newest format version this build reads and writes
QString formatName(); // the value of "format": "storybank"

// Times are ISO-8601 in UTC with milliseconds, as in the bank itself, so they survive a round
// trip to the millisecond; null when unset.
QJsonValue fromDateTime(const QDateTime& value);
// Days are "yyyy-MM-dd"; null when unset.
QJsonValue fromDate(const QDate& value);

// std::nullopt when the text is not such a time or day; an empty text is an unset value.
std::optional<QDateTime> toDateTime(const QString& text);
std::optional<QDate> toDate(const QString& text);

} // namespace sb::jsonfields
