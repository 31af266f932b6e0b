#pragma once

#include "app/print/SheetStyle.h"
#include "core/model/BankChange.h"
#include "core/sheet/CheatSheet.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace sb {
class Bank;
}

namespace sb::gui {

// The choices of a cheat sheet: which stories, which blocks, what paper. Says when any of them
// changes, so the preview can follow.
class SheetOptionsPanel : public QWidget {
    Q_OBJECT

public:
    explicit SheetOptionsPanel(const Bank& bank, QWidget* parent = nullptr);

    SheetRequest request() const;
    print::SheetStyle style() const;
    int pages() const;
    // The interview the sheet is for (its questions, stories, pitch and asks), or none.
    std::optional<InterviewId> interview() const;
    void setInterview(std::optional<InterviewId> interview);

    QListWidget* categoryList() const { return m_categories; }
    QListWidget* tagList() const { return m_tags; }
    QCheckBox* readyOnly() const { return m_readyOnly; }
    QSpinBox* pageCount() const { return m_pages; }
    QComboBox* interviewChooser() const { return m_interview; }

signals:
    void changed();

private:
    QListWidget* labelList(const QString& name);
    void listInterviews();

    const Bank& m_bank;
    QComboBox* m_interview = nullptr;

    QLineEdit* m_title = nullptr;
    QCheckBox* m_readyOnly = nullptr;
    QSpinBox* m_perCategory = nullptr;
    QListWidget* m_categories = nullptr;
    QListWidget* m_tags = nullptr;
    QCheckBox* m_pitch = nullptr;
    QCheckBox* m_answers = nullptr;
    QCheckBox* m_toAsk = nullptr;
    QComboBox* m_paper = nullptr;
    QComboBox* m_columns = nullptr;
    QSpinBox* m_pages = nullptr;
};

} // namespace sb::gui
