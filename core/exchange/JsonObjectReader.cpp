#include "core/exchange/JsonObjectReader.h"

#include "core/exchange/ImportError.h"
#include "core/exchange/JsonFields.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace sb {

namespace {

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::JsonImporter)
};

// Integers up to 2^53 are exact in a JSON number (a double); beyond that a file id could not
// be told apart from its neighbour.
constexpr double kLargestExactInteger = 9007199254740992.0;

bool isWhole(const QJsonValue& v, double lowest, double highest)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && std::trunc(d) == d && d >= lowest && d <= highest;
}

} // namespace

JsonObjectReader::JsonObjectReader(QJsonObject object, QString source, QString where)
    : m_object(std::move(object)), m_source(std::move(source)), m_where(std::move(where))
{
}

QList<JsonObjectReader> JsonObjectReader::items(const char* key) const
{
    QList<JsonObjectReader> out;
    const QJsonArray list = array(key);
    for (qsizetype i = 0; i < list.size(); ++i) {
        QString where = Text::tr("item %1 of \"%2\"").arg(i + 1).arg(QLatin1String(key));
        if (m_nested)
            where = Text::tr("%1 in %2").arg(where, m_where);
        if (!list.at(i).isObject())
            fail(Text::tr("%1 should be an object ({…}).").arg(where));
        JsonObjectReader item(list.at(i).toObject(), m_source, where);
        item.m_nested = true;
        out.append(item);
    }
    return out;
}

std::optional<JsonObjectReader> JsonObjectReader::object(const char* key) const
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isObject())
        wrongType(key, Text::tr("an object ({…})"));
    JsonObjectReader inner(
        v.toObject(), m_source, Text::tr("\"%1\" in %2").arg(QLatin1String(key), m_where));
    inner.m_nested = true;
    return inner;
}

QString JsonObjectReader::text(const char* key) const
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString())
        wrongType(key, Text::tr("text"));
    return checkedText(key, v.toString());
}

QString JsonObjectReader::checkedText(const char* key, const QString& text) const
{
    // "\u0000" and its kind are valid JSON but never text a person wrote.
    for (const QChar c : text) {
        if (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
            fail(Text::tr("in %1, \"%2\" holds a control character (U+%3).")
                     .arg(m_where, QLatin1String(key))
                     .arg(c.unicode(), 4, 16, QLatin1Char('0')));
    }
    return text;
}

QStringList JsonObjectReader::texts(const char* key) const
{
    QStringList out;
    for (const QJsonValue& v : array(key)) {
        if (!v.isString())
            wrongType(key, Text::tr("a list of texts"));
        out.append(checkedText(key, v.toString()));
    }
    return out;
}

int JsonObjectReader::integer(const char* key, int fallback) const
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!isWhole(v, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()))
        wrongType(key, Text::tr("a whole number"));
    return int(v.toDouble());
}

double JsonObjectReader::number(const char* key, double fallback) const
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        wrongType(key, Text::tr("a number"));
    return v.toDouble();
}

std::optional<int64_t> JsonObjectReader::id(const char* key) const
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!isWhole(v, 1, kLargestExactInteger))
        wrongType(key, Text::tr("a whole number from 1"));
    return int64_t(v.toDouble());
}

QList<int64_t> JsonObjectReader::ids(const char* key) const
{
    QList<int64_t> out;
    for (const QJsonValue& v : array(key)) {
        if (!isWhole(v, 1, kLargestExactInteger))
            wrongType(key, Text::tr("a list of whole numbers from 1"));
        out.append(int64_t(v.toDouble()));
    }
    return out;
}

QDateTime JsonObjectReader::dateTime(const char* key) const
{
    const std::optional<QDateTime> parsed = jsonfields::toDateTime(text(key));
    if (!parsed)
        wrongType(key, Text::tr("a date and time such as 2026-03-14T09:30:00.000Z"));
    return *parsed;
}

QDate JsonObjectReader::date(const char* key) const
{
    const std::optional<QDate> parsed = jsonfields::toDate(text(key));
    if (!parsed)
        wrongType(key, Text::tr("a date such as 2026-03-14"));
    return *parsed;
}

void JsonObjectReader::fail(const QString& message) const
{
    throw ImportError(m_source, -1, Text::tr("%1: %2").arg(m_source, message));
}

QJsonValue JsonObjectReader::value(const char* key) const
{
    return m_object.value(QLatin1String(key));
}

QJsonArray JsonObjectReader::array(const char* key) const
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray())
        wrongType(key, Text::tr("a list ([…])"));
    return v.toArray();
}

void JsonObjectReader::wrongType(const char* key, const QString& expected) const
{
    fail(Text::tr("in %1, \"%2\" should be %3.").arg(m_where, QLatin1String(key), expected));
}

void JsonObjectReader::unknownKey(const char* key, const QString& spelt) const
{
    fail(Text::tr("in %1, \"%2\" is \"%3\", which StoryBank does not know.")
             .arg(m_where, QLatin1String(key), spelt));
}

} // namespace sb
