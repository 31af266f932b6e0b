#pragma once

#include "core/model/StoryQuestionLink.h"

#include <QAbstractTableModel>

namespace sb::gui {

class BankDocument;

// Story–question links seen from one side: the title of the other side, the fit and the angle.
// Fit and angle are editable; setData() pushes a LinkCommand rather than writing itself.
// StoryLinksModel and QuestionLinksModel choose the side and follow the bank's changes.
class LinkTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TitleColumn, FitColumn, AngleColumn, ColumnCount };
    enum Role { StoryIdRole = Qt::UserRole + 1, QuestionIdRole };

    static QString fitName(LinkFit fit);

    StoryQuestionLink linkAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

protected:
    LinkTableModel(BankDocument& document, QObject* parent);

    // What the first column shows for a link, and what its header says.
    virtual QString titleOf(const StoryQuestionLink& link) const = 0;
    virtual QString titleHeader() const = 0;
    virtual QString titleToolTip() const { return {}; }

    void resetRows(const QList<StoryQuestionLink>& links);
    // The row of this pair; an invalid id on one side matches any (this side is fixed anyway).
    int rowOf(StoryId story, QuestionId question) const;
    // Brings the row of this pair in line with the bank: added, changed or removed.
    void syncLink(StoryId story, QuestionId question);
    void removeRowAt(int row);
    void refreshTitle(int row);

    BankDocument& m_document;

private:
    struct Row {
        StoryQuestionLink link;
        QString title;
    };
    QList<Row> m_rows;
};

} // namespace sb::gui
