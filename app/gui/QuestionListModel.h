#pragma once

#include "core/model/BankChange.h"
#include "core/model/Question.h"

#include <QAbstractListModel>

namespace sb {
class Bank;
}

namespace sb::gui {

// The bank's questions as a list, narrowed by search text (words of the question, its
// variants or notes). Follows the bank's changes row by row; a new filter rebuilds it.
class QuestionListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { QuestionIdRole = Qt::UserRole + 1, CategoryRole };

    explicit QuestionListModel(Bank& bank, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    void setSearchText(const QString& text);
    QuestionId questionAt(const QModelIndex& index) const;

private:
    struct Row {
        QuestionId id;
        QString text;
        QString category;
    };
    Row rowFrom(const Question& question) const;
    void rebuild();
    void onBankChanged(const BankChange& change);
    int rowOf(QuestionId id) const;

    Bank& m_bank;
    QString m_searchText;
    QList<Row> m_rows;
};

} // namespace sb::gui
