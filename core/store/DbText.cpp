#include "core/store/DbText.h"

namespace sb::dbtext {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

std::optional<QString> fromDateTime(const QDateTime& value)
{
    if (!value.isValid())
        return std::nullopt;
    return value.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime toDateTime(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

std::optional<QString> fromDate(const QDate& value)
{
    if (!value.isValid())
        return std::nullopt;
    return value.toString(Qt::ISODate);
}

QDate toDate(const QString& text)
{
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace sb::dbtext
