#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace sb {

// Typed reads of one object in an imported JSON file. A field that is missing or null gives
// the default; a field of the wrong type throws ImportError naming the file, the place in it
// ("item 3 of "stories"") and the field, so the user can find and fix it.
class JsonObjectReader {
public:
    JsonObjectReader(QJsonObject object, QString source, QString where);

    // The objects of the list under key, each with its place for messages ("item 2 of
    // "questions" in item 3 of "stories"").
    QList<JsonObjectReader> items(const char* key) const;
    // The object under key ("pitch"), placed as "pitch" in this one's place; std::nullopt when
    // missing or null.
    std::optional<JsonObjectReader> object(const char* key) const;

    QString text(const char* key) const;
    QStringList texts(const char* key) const;
    int integer(const char* key, int fallback = 0) const;
    double number(const char* key, double fallback) const;
    // A reference or a row's own id: a whole number from 1; std::nullopt when missing or null.
    std::optional<int64_t> id(const char* key) const;
    // A list of such ids (references to rows of another list); no null in it.
    QList<int64_t> ids(const char* key) const;
    QDateTime dateTime(const char* key) const;
    QDate date(const char* key) const;
    // An enum spelt as its key (Enums.h); fallback when missing or empty.
    template<typename E>
    E choice(const char* key, std::optional<E> (*fromKey)(const QString&), E fallback) const
    {
        const QString spelt = text(key);
        if (spelt.isEmpty())
            return fallback;
        const std::optional<E> value = fromKey(spelt);
        if (!value)
            unknownKey(key, spelt);
        return *value;
    }

    [[noreturn]] void fail(const QString& message) const;
    const QString& where() const { return m_where; }

private:
    QJsonValue value(const char* key) const;
    QJsonArray array(const char* key) const;
    [[noreturn]] void wrongType(const char* key, const QString& expected) const;
    // text, refused when it holds a control character other than tab and line breaks.
    QString checkedText(const char* key, const QString& text) const;
    [[noreturn]] void unknownKey(const char* key, const QString& spelt) const;

    QJsonObject m_object;
    QString m_source;
    QString m_where;
    bool m_nested = false; // an item of a list: its own place goes into its items' places
};

} // namespace sb
