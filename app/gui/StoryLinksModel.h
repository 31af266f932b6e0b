#pragma once

#include "core/model/BankChange.h"
#include "core/model/StoryQuestionLink.h"

#include <QAbstractTableModel>

namespace sb::gui {

class BankDocument;

// The questions one story answers: question text, fit and angle. Fit and angle are editable;
// setData() pushes an undo command rather than writing itself.
class StoryLinksModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { QuestionColumn, FitColumn, AngleColumn, ColumnCount };
    enum Role { QuestionIdRole = Qt::UserRole + 1 };

    explicit StoryLinksModel(BankDocument& document, QObject* parent = nullptr);

    void setStory(StoryId story);
    StoryId story() const { return m_story; }
    QuestionId questionAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

private:
    struct Row {
        StoryQuestionLink link;
        QString question;
    };
    void reload();
    void onBankChanged(const BankChange& change);
    int rowOf(QuestionId question) const;

    BankDocument& m_document;
    StoryId m_story;
    QList<Row> m_rows;
};

} // namespace sb::gui
