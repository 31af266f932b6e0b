#include "core/StarterCatalog.h"

#include "core/BankError.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sb {

namespace {

QStringList stringsOf(const QJsonValue& value)
{
    QStringList result;
    for (const QJsonValue& item : value.toArray())
        result.append(item.toString());
    return result;
}

} // namespace

StarterCatalog StarterCatalog::load()
{
    QFile file(QStringLiteral(":/storybank/catalog/starter-catalog.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw BankError(BankError::Code::Internal,
            QCoreApplication::translate(
                "sb::StarterCatalog", "The starter catalog is missing from this build."));
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError
        || root.value(QLatin1String("format")).toString() != QLatin1String("storybank-catalog"))
        throw BankError(BankError::Code::Internal,
            QCoreApplication::translate(
                "sb::StarterCatalog", "The starter catalog in this build is not valid: %1")
                .arg(parseError.errorString()));

    StarterCatalog catalog;
    int position = 0;
    for (const QJsonValue& value : root.value(QLatin1String("categories")).toArray()) {
        const QJsonObject object = value.toObject();
        Category category;
        category.name = object.value(QLatin1String("name")).toString();
        category.description = object.value(QLatin1String("description")).toString();
        category.colour = object.value(QLatin1String("colour")).toString();
        category.position = position++;
        catalog.categories.append(category);
    }
    for (const QJsonValue& value : root.value(QLatin1String("questions")).toArray()) {
        const QJsonObject object = value.toObject();
        Entry entry;
        entry.question.text = object.value(QLatin1String("text")).toString();
        entry.question.kind = questionKindFromKey(object.value(QLatin1String("kind")).toString())
                                  .value_or(QuestionKind::Behavioral);
        entry.question.variants = stringsOf(object.value(QLatin1String("variants")));
        entry.question.notes = object.value(QLatin1String("notes")).toString();
        entry.question.source = QStringLiteral("StoryBank starter catalog");
        entry.categoryNames = stringsOf(object.value(QLatin1String("categories")));
        catalog.questions.append(entry);
    }
    return catalog;
}

} // namespace sb
