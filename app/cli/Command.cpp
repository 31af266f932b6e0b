#include "app/cli/Command.h"

#include "core/Bank.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sb::cli {

std::unique_ptr<Bank> CommandContext::openBank() const
{
    return Bank::open(dbPath);
}

void CommandContext::printJson(const QJsonValue& value) const
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out.flush();
}

int64_t parseId(const QString& text, const QString& what)
{
    bool ok = false;
    const qlonglong id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError {
            QCoreApplication::translate("sb::cli", "%1 must be a positive number, not “%2”.")
                .arg(what, text)};
    return id;
}

QDate parseDate(const QString& text, const QString& what)
{
    // Strictly the ISO form: "3/6/26" means different days in different countries.
    const QDate date = QDate::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        throw UsageError {QCoreApplication::translate(
            "sb::cli", "%1 must be a day written YYYY-MM-DD, such as 2026-06-03, not “%2”.")
                              .arg(what, text)};
    return date;
}

QTime parseTime(const QString& text, const QString& what)
{
    const QTime time = QTime::fromString(text.trimmed(), QStringLiteral("HH:mm"));
    if (!time.isValid())
        throw UsageError {QCoreApplication::translate(
            "sb::cli", "%1 must be a time written HH:MM, such as 14:30, not “%2”.")
                              .arg(what, text)};
    return time;
}

int parseCount(const QString& text, const QString& what)
{
    constexpr int kMost = 10000;
    bool ok = false;
    const int count = text.toInt(&ok);
    if (!ok || count < 1 || count > kMost)
        throw UsageError {
            QCoreApplication::translate("sb::cli", "%1 must be a number from 1 to %2, not “%3”.")
                .arg(what)
                .arg(kMost)
                .arg(text)};
    return count;
}

QStringList requirePositionals(const QCommandLineParser& parser, int count, const QString& names)
{
    const QStringList positionals = parser.positionalArguments();
    if (positionals.size() != count)
        throw UsageError {QCoreApplication::translate("sb::cli", "Expected %1.").arg(names)};
    return positionals;
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"),
        QCoreApplication::translate("sb::cli", "Print JSON instead of text."));
}

} // namespace sb::cli
