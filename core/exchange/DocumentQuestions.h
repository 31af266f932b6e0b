#pragma once

#include "core/exchange/ImportDocument.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <utility>

namespace sb {

// The questions one document brings, one per normalised text (normalisedQuestionText), keyed
// 1, 2, … in the order they first appear: the same question written twice in a file is one
// question whose phrasings, categories and notes add up.
class DocumentQuestions {
public:
    // The index of the question with that text, adding it when new; -1 for text that
    // normalises to nothing. isNew tells which.
    int findOrAdd(const QString& text, int line, bool* isNew = nullptr);

    ImportedQuestion& at(int index) { return m_questions[index]; }
    const ImportedQuestion& at(int index) const { return m_questions.at(index); }
    QuestionId keyOf(int index) const { return m_questions.at(index).question.id; }

    void addVariants(int index, const QStringList& variants);
    void addCategory(int index, const QString& category);
    void setCategories(int index, const QStringList& categories); // "Categories:" names all
    void addNotes(int index, const QString& notes); // after an empty line when some exist

    const QList<ImportedQuestion>& list() const { return m_questions; }

private:
    QList<ImportedQuestion> m_questions;
    QHash<QString, int> m_byText; // normalised text -> index
    // (index, folded name) pairs already in a question's lists: a question repeated under
    // thousands of headings stays linear.
    QSet<std::pair<int, QString>> m_variantsSeen;
    QSet<std::pair<int, QString>> m_categoriesSeen;
};

} // namespace sb
