#pragma once

#include "core/model/BankChange.h"
#include "core/model/Question.h"
#include "core/model/QuestionSummary.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSet>

namespace sb {
class Bank;
}

namespace sb::gui {

// The bank's questions as a list, narrowed by search text (words of the question, its
// variants or notes), a category and "no story yet". Follows the bank's changes row by row;
// a new filter rebuilds it.
class QuestionListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { QuestionIdRole = Qt::UserRole + 1, CategoryRole };

    explicit QuestionListModel(Bank& bank, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    // The questions are read when a view first needs them or ensureLoaded() is called, not
    // when the model is made: the main window builds this list before anyone looks at it.
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void ensureLoaded();

    void setSearchText(const QString& text);
    // Only questions filed under this category (an invalid id: every question).
    void setCategoryFilter(CategoryId category);
    CategoryId categoryFilter() const { return m_category; }
    // Only questions no story answers yet.
    void setUnansweredOnly(bool only);
    bool unansweredOnly() const { return m_unansweredOnly; }
    QuestionId questionAt(const QModelIndex& index) const;
    QModelIndex indexOf(QuestionId id); // loads the questions first

private:
    struct Row {
        QuestionId id;
        QString text;
        CategoryId primary;
        QString category; // the primary category's name
    };
    Row rowFrom(const QuestionSummary& question) const;
    bool accepts(const QuestionSummary& question) const;
    static QuestionSummary summaryOf(const Question& question);
    void readCategoryNames();
    QList<Row> matchingRows();
    void rebuild();
    void renameCategories();
    void onBankChanged(const BankChange& change);
    int rowOf(QuestionId id) const;

    Bank& m_bank;
    QString m_searchText;
    CategoryId m_category;
    bool m_unansweredOnly = false;
    bool m_loaded = false; // until then, filters are only remembered
    QSet<QuestionId> m_answered; // read when the filter needs it
    QList<Row> m_rows;
    QHash<CategoryId, QString> m_categoryNames; // read once per rebuild, not once per row
};

} // namespace sb::gui
