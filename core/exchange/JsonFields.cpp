#include "core/exchange/JsonFields.h"

namespace sb::jsonfields {

QString formatName()
{
    return QStringLiteral("storybank");
}

QJsonValue fromDateTime(const QDateTime& value)
{
    if (!value.isValid())
        return QJsonValue::Null;
    return value.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue fromDate(const QDate& value)
{
    if (!value.isValid())
        return QJsonValue::Null;
    return value.toString(Qt::ISODate);
}

std::optional<QDateTime> toDateTime(const QString& text)
{
    if (text.isEmpty())
        return QDateTime();
    // A time without a zone is read as UTC: that is what the exporter means, and it keeps a
    // hand-edited file from shifting with the importing machine's time zone.
    QDateTime value = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!value.isValid())
        return std::nullopt;
    if (value.timeSpec() == Qt::LocalTime)
        value.setTimeSpec(Qt::UTC);
    return value.toUTC();
}

std::optional<QDate> toDate(const QString& text)
{
    if (text.isEmpty())
        return QDate();
    const QDate value = QDate::fromString(text, Qt::ISODate);
    if (!value.isValid())
        return std::nullopt;
    return value;
}

} // namespace sb::jsonfields
