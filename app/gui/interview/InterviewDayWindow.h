#pragma once

#include "core/model/BankChange.h"
#include "core/model/Id.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace sb::gui {

class BankDocument;
class CheatSheetWindow;

// Everything for the day of one interview on one screen, to read before walking in: the
// pitch, the expected questions with their planned stories and cues, values, questions to
// ask. Read-only; it follows the bank as the interview is edited. F11 fills the screen.
class InterviewDayWindow : public QWidget {
    Q_OBJECT

public:
    InterviewDayWindow(BankDocument& document, InterviewId id, QWidget* parent = nullptr);

    InterviewId interview() const { return m_id; }
    QTextBrowser* page() const { return m_page; }
    QPushButton* cheatSheetButton() const { return m_sheetButton; }
    // Reads the interview again and redraws (bank changes do this after a short pause).
    void refresh();
    // Opens the one-page cheat sheet for this interview (one per day window).
    CheatSheetWindow* showCheatSheet();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onBankChanged(const BankChange& change);
    // Keeps the text in a centred column of reading width, however wide the window.
    void fitColumn();

    BankDocument& m_document;
    InterviewId m_id;
    QTextBrowser* m_page = nullptr;
    QPushButton* m_sheetButton = nullptr;
    QTimer m_refreshTimer;
    bool m_showNotes = false;
    QPointer<CheatSheetWindow> m_sheet;
};

} // namespace sb::gui
