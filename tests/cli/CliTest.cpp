#include "tests/cli/CliTest.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace sb::test {

CliResult CliTest::cli(const QStringList& arguments, const QString& workingDir) const
{
    return m_runner.run(arguments, workingDir);
}

CliResult CliTest::cliOn(const QString& db, const QStringList& arguments) const
{
    return m_runner.run(QStringList {QStringLiteral("--db"), db} + arguments);
}

void CliTest::initBank(bool empty)
{
    QStringList arguments {QStringLiteral("init")};
    if (empty)
        arguments << QStringLiteral("--empty");
    const CliResult result = cliOnBank(arguments);
    ASSERT_EQ(result.exitCode, 0) << testing::PrintToString(result);
}

std::optional<qint64> CliTest::add(const QString& what, const QStringList& options)
{
    const CliResult result = cliOnBank(QStringList {QStringLiteral("add"), what} + options);
    static const QRegularExpression idLine(QStringLiteral("\\A([1-9][0-9]*)\\n\\z"));
    const QRegularExpressionMatch match = idLine.match(result.out);
    if (result.exitCode != 0 || !result.err.isEmpty() || !match.hasMatch()) {
        ADD_FAILURE() << "add " << what.toStdString()
                      << " did not print an id alone: " << testing::PrintToString(result);
        return std::nullopt;
    }
    return match.captured(1).toLongLong();
}

QJsonValue CliTest::json(const QStringList& arguments)
{
    const CliResult result = cliOnBank(arguments);
    if (result.exitCode != 0 || !result.err.isEmpty()) {
        ADD_FAILURE() << arguments.join(u' ').toStdString()
                      << " failed: " << testing::PrintToString(result);
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        ADD_FAILURE() << arguments.join(u' ').toStdString() << " printed no valid JSON ("
                      << error.errorString().toStdString() << "): " << result.out.toStdString();
        return {};
    }
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

QJsonObject CliTest::statsJson()
{
    const QJsonValue value = json({QStringLiteral("stats"), QStringLiteral("--json")});
    EXPECT_TRUE(value.isObject()) << "stats --json did not print an object";
    return value.toObject();
}

QJsonArray CliTest::listJson(const QString& what)
{
    const QJsonValue value = json({QStringLiteral("list"), what, QStringLiteral("--json")});
    EXPECT_TRUE(value.isArray()) << "list " << what.toStdString()
                                 << " --json did not print an array";
    return value.toArray();
}

QJsonArray CliTest::searchJson(const QStringList& words)
{
    const QJsonValue value = json(
        QStringList {QStringLiteral("search")} + words + QStringList {QStringLiteral("--json")});
    EXPECT_TRUE(value.isArray()) << "search --json did not print an array";
    return value.toArray();
}

QJsonObject CliTest::withId(const QJsonArray& array, qint64 id)
{
    for (const QJsonValue& value : array) {
        if (value.toObject().value(QStringLiteral("id")).toInteger(-1) == id)
            return value.toObject();
    }
    return {};
}

QStringList CliTest::strings(const QJsonValue& array)
{
    QStringList list;
    for (const QJsonValue& value : array.toArray())
        list.append(value.toString());
    return list;
}

} // namespace sb::test
