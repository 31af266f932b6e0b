#pragma once

#include "core/model/BankChange.h"

#include <QAbstractListModel>
#include <QColor>

namespace sb {
class Bank;
}

namespace sb::gui {

// The bank's tags, or its categories, each with how much uses it ("3 stories" or
// "8 questions · 2 stories") and its colour as a swatch. Follows the bank's changes row by row;
// counts are re-read when stories or questions change, which is cheap (one grouped query).
class LabelListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum class Kind { Tags, Categories };
    enum Role { LabelIdRole = Qt::UserRole + 1, ColourRole, UsageRole, StoryCountRole };

    LabelListModel(Bank& bank, Kind kind, QObject* parent = nullptr);

    Kind kind() const { return m_kind; }
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    int64_t labelAt(const QModelIndex& index) const;
    QModelIndex indexOf(int64_t id) const;

private:
    struct Row {
        int64_t id = 0;
        QString name;
        QColor colour;
        int stories = 0;
        int questions = 0;
    };
    QList<Row> readRows() const;
    void rebuild();
    void refreshCounts();
    void onBankChanged(const BankChange& change);

    Bank& m_bank;
    Kind m_kind;
    QList<Row> m_rows;
};

} // namespace sb::gui
