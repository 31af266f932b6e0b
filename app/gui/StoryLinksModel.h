#pragma once

#include "app/gui/LinkTableModel.h"
#include "core/model/BankChange.h"

namespace sb::gui {

// The questions one story answers, with fit and angle; follows the bank row by row.
class StoryLinksModel : public LinkTableModel {
    Q_OBJECT

public:
    static constexpr Column QuestionColumn = TitleColumn;

    explicit StoryLinksModel(BankDocument& document, QObject* parent = nullptr);

    void setStory(StoryId story);
    StoryId story() const { return m_story; }
    QuestionId questionAt(int row) const { return linkAt(row).question; }

protected:
    QString titleOf(const StoryQuestionLink& link) const override;
    QString titleHeader() const override;

private:
    void reload();
    void onBankChanged(const BankChange& change);

    StoryId m_story;
};

} // namespace sb::gui
