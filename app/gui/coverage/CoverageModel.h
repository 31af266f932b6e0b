#pragma once

#include "core/analysis/CoverageReport.h"
#include "core/model/StorySummary.h"

#include <QAbstractTableModel>
#include <QSet>

namespace sb {
class Bank;
}

namespace sb::gui {

// The coverage heat map: a row per category with its totals, then a column per story whose
// cell is the story's strength for that category (strong, partial, or empty).
class CoverageModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Strong, Partial, Questions, Unanswered, FirstStory };

    explicit CoverageModel(const Bank& bank, QObject* parent = nullptr);

    // Reads the bank again (a handful of bulk reads; see Coverage).
    void refresh();
    const CoverageReport& report() const { return m_report; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    CategoryId categoryAt(int row) const;
    StoryId storyAt(int column) const; // invalid for the totals columns
    Strength strengthAt(const QModelIndex& index) const;

private:
    QVariant storyCell(const CategoryCoverage& row, const StorySummary& story, int role) const;
    QVariant totalCell(const CategoryCoverage& row, int column, int role) const;

    const Bank& m_bank;
    CoverageReport m_report;
    QList<StorySummary> m_stories;
    QSet<CategoryId> m_thin;
};

} // namespace sb::gui
