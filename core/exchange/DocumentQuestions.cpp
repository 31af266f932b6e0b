#include "core/exchange/DocumentQuestions.h"

#include "core/exchange/QuestionText.h"

namespace sb {

int DocumentQuestions::findOrAdd(const QString& text, int line, bool* isNew)
{
    if (isNew)
        *isNew = false;
    const QString key = normalisedQuestionText(text);
    if (key.isEmpty())
        return -1;
    const auto found = m_byText.constFind(key);
    if (found != m_byText.cend())
        return found.value();
    ImportedQuestion question;
    question.question.id = QuestionId(m_questions.size() + 1);
    question.question.text = text.trimmed();
    question.line = line;
    m_questions.append(question);
    const int index = int(m_questions.size()) - 1;
    m_byText.insert(key, index);
    if (isNew)
        *isNew = true;
    return index;
}

void DocumentQuestions::addVariants(int index, const QStringList& variants)
{
    for (const QString& variant : variants) {
        const QString trimmed = variant.trimmed();
        if (trimmed.isEmpty() || m_variantsSeen.contains({index, trimmed.toCaseFolded()}))
            continue;
        m_variantsSeen.insert({index, trimmed.toCaseFolded()});
        m_questions[index].question.variants.append(trimmed);
    }
}

void DocumentQuestions::addCategory(int index, const QString& category)
{
    if (category.isEmpty() || m_categoriesSeen.contains({index, category.toCaseFolded()}))
        return;
    m_categoriesSeen.insert({index, category.toCaseFolded()});
    m_questions[index].categoryNames.append(category);
}

void DocumentQuestions::setCategories(int index, const QStringList& categories)
{
    QStringList& names = m_questions[index].categoryNames;
    for (const QString& name : std::as_const(names))
        m_categoriesSeen.remove({index, name.toCaseFolded()});
    names.clear();
    for (const QString& category : categories)
        addCategory(index, category);
}

void DocumentQuestions::addNotes(int index, const QString& notes)
{
    if (notes.isEmpty())
        return;
    QString& existing = m_questions[index].question.notes;
    if (!existing.isEmpty())
        existing += QStringLiteral("\n\n");
    existing += notes;
}

} // namespace sb
