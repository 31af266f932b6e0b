#include "app/gui/interview/InterviewDayWindow.h"

#include "app/gui/BankDocument.h"
#include "app/gui/Icons.h"
#include "app/gui/interview/InterviewDayPage.h"
#include "app/gui/interview/InterviewText.h"
#include "app/gui/practice/FullWindowMode.h"
#include "app/gui/sheet/CheatSheetWindow.h"

#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QTextBrowser>
#include <QTextFrame>

#include <algorithm>

namespace sb::gui {

namespace {

// Edits arrive in bursts (a planned story is several writes): redraw once they settle.
constexpr int kRefreshDelayMs = 100;
// About 90 characters of body text: read at a glance, even on a full screen.
constexpr int kReadableEms = 64;
constexpr int kSideMargin = 24;

} // namespace

InterviewDayWindow::InterviewDayWindow(BankDocument& document, InterviewId id, QWidget* parent)
    : QWidget(parent, Qt::Window), m_document(document), m_id(id)
{
    m_page = new QTextBrowser;
    m_page->setAccessibleName(tr("Interview day"));
    m_page->setOpenLinks(false);
    m_page->setFrameShape(QFrame::NoFrame);
    m_page->viewport()->installEventFilter(this);
    connect(m_page, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.toString() == InterviewDayPage::notesToggleLink()) {
            m_showNotes = !m_showNotes;
            refresh();
        }
    });

    m_sheetButton =
        new QPushButton(themedIcon(QStringLiteral("document-print")), tr("&Cheat Sheet…"));
    connect(m_sheetButton, &QPushButton::clicked, this, &InterviewDayWindow::showCheatSheet);
    auto* hint = new QLabel(tr("F11: full screen"));
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto* closeButton = new QPushButton(tr("Close"));
    connect(closeButton, &QPushButton::clicked, this, &QWidget::close);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_sheetButton);
    buttons->addStretch();
    buttons->addWidget(hint);
    buttons->addWidget(closeButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_page, 1);
    layout->addLayout(buttons);

    connect(new QShortcut(QKeySequence(Qt::Key_Escape), this), &QShortcut::activated, this, [this] {
        if (isFullScreen())
            showNormal();
        else
            close();
    });
    addFullWindowToggle(this);
    resize(860, 820);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &InterviewDayWindow::refresh);
    connect(&m_document.bank(), &Bank::changed, this, &InterviewDayWindow::onBankChanged);
    refresh();
}

void InterviewDayWindow::refresh()
{
    m_refreshTimer.stop();
    const std::optional<Interview> interview = m_document.bank().interview(m_id);
    m_sheetButton->setEnabled(interview.has_value());
    if (!interview) {
        setWindowTitle(tr("Interview – StoryBank"));
        m_page->setPlainText(tr("This interview is no longer in the bank."));
        return;
    }
    setWindowTitle(tr("%1 – StoryBank").arg(interviewtext::title(*interview)));
    // Where the reader is stays put as the page is drawn again.
    const int scrolled = m_page->verticalScrollBar()->value();
    m_page->setHtml(InterviewDayPage::html(m_document.bank(), *interview,
        InterviewDayPage::Colours::from(m_page->palette()), m_showNotes));
    fitColumn();
    m_page->verticalScrollBar()->setValue(scrolled);
}

void InterviewDayWindow::fitColumn()
{
    // The page fills the window (one background from edge to edge), its text does not.
    const int readable = m_page->fontMetrics().horizontalAdvance(QLatin1Char('M')) * kReadableEms;
    const int side = std::max(kSideMargin, (m_page->viewport()->width() - readable) / 2);
    QTextFrame* root = m_page->document()->rootFrame();
    QTextFrameFormat format = root->frameFormat();
    if (int(format.leftMargin()) == side && int(format.rightMargin()) == side)
        return;
    format.setLeftMargin(side);
    format.setRightMargin(side);
    format.setTopMargin(kSideMargin);
    format.setBottomMargin(kSideMargin);
    root->setFrameFormat(format);
}

bool InterviewDayWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_page->viewport() && event->type() == QEvent::Resize)
        fitColumn();
    return QWidget::eventFilter(watched, event);
}

CheatSheetWindow* InterviewDayWindow::showCheatSheet()
{
    if (!m_sheet) {
        m_sheet = new CheatSheetWindow(m_document.bank(), this);
        m_sheet->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_sheet->setInterview(m_id);
    m_sheet->show();
    m_sheet->raise();
    m_sheet->activateWindow();
    return m_sheet;
}

void InterviewDayWindow::changeEvent(QEvent* event)
{
    // The page's colours are the palette's, written into the HTML: a new palette (the
    // desktop switched to dark) needs the page drawn again.
    if (event->type() == QEvent::PaletteChange)
        m_refreshTimer.start();
    QWidget::changeEvent(event);
}

void InterviewDayWindow::onBankChanged(const BankChange& change)
{
    // Practice and the journal never show here; anything else may.
    if (change.entity == BankChange::Entity::Practice
        || change.entity == BankChange::Entity::Journal)
        return;
    m_refreshTimer.start();
}

} // namespace sb::gui
