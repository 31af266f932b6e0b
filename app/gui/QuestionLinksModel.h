#pragma once

#include "app/gui/LinkTableModel.h"
#include "core/model/BankChange.h"

namespace sb::gui {

// The stories that answer one question, with fit and angle; follows the bank row by row, so a
// linked story renamed anywhere is renamed here too.
class QuestionLinksModel : public LinkTableModel {
    Q_OBJECT

public:
    static constexpr Column StoryColumn = TitleColumn;

    explicit QuestionLinksModel(BankDocument& document, QObject* parent = nullptr);

    void setQuestion(QuestionId question);
    QuestionId question() const { return m_question; }
    StoryId storyAt(int row) const { return linkAt(row).story; }

protected:
    QString titleOf(const StoryQuestionLink& link) const override;
    QString titleHeader() const override;
    QString titleToolTip() const override;

private:
    void reload();
    void onBankChanged(const BankChange& change);

    QuestionId m_question;
};

} // namespace sb::gui
