#include "app/gui/interview/ExpectedQuestionsPanel.h"

#include "app/gui/BankDocument.h"
#include "app/gui/Icons.h"
#include "app/gui/QuestionPicker.h"
#include "app/gui/StoryPicker.h"
#include "app/gui/interview/InterviewEditor.h"
#include "app/gui/interview/InterviewText.h"
#include "app/gui/undo/QuestionCommands.h"
#include "app/gui/undo/UndoMacro.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sb::gui {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kKindRole = Qt::UserRole + 1;

QString shortened(const QString& text)
{
    constexpr int kLength = 40;
    const QString simple = text.simplified();
    return simple.size() <= kLength ? simple : simple.left(kLength - 1) + QChar(0x2026);
}

} // namespace

ExpectedQuestionsPanel::ExpectedQuestionsPanel(
    BankDocument& document, InterviewEditor& editor, QWidget* parent)
    : QWidget(parent), m_document(document), m_editor(editor)
{
    m_tree = new QTreeWidget;
    m_tree->setAccessibleName(tr("Expected questions and planned stories"));
    m_tree->setHeaderHidden(true);
    m_tree->setWordWrap(true);
    m_tree->setMinimumHeight(fontMetrics().lineSpacing() * 20);

    m_fromBank = new QPushButton(themedIcon(QStringLiteral("list-add")), tr("&Add from Bank…"));
    m_fromBank->setToolTip(tr("Expect a question from your bank"));
    m_write = new QPushButton(tr("&Write New…"));
    m_write->setToolTip(tr("Write a question that is not in your bank yet; it is added there too"));
    m_plan = new QPushButton(tr("&Plan a Story…"));
    m_plan->setToolTip(tr("Choose a story to tell for the selected question"));
    m_up = new QPushButton(tr("Move Up"));
    m_down = new QPushButton(tr("Move Down"));
    m_remove = new QPushButton(themedIcon(QStringLiteral("list-remove")), tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected question, or the selected planned story"));
    auto* buttons = new QGridLayout;
    buttons->addWidget(m_fromBank, 0, 0);
    buttons->addWidget(m_write, 0, 1);
    buttons->addWidget(m_plan, 0, 2);
    buttons->addWidget(m_up, 1, 0);
    buttons->addWidget(m_down, 1, 1);
    buttons->addWidget(m_remove, 1, 2);
    buttons->setColumnStretch(3, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    layout->addLayout(buttons);

    connect(m_fromBank, &QPushButton::clicked, this, [this] {
        m_editor.commitPending();
        QuestionPicker picker(m_document.bank(), this);
        picker.setWindowTitle(tr("Expect a Question"));
        if (picker.exec() == QDialog::Accepted && picker.chosen().isValid())
            addQuestion(picker.chosen());
    });
    connect(m_write, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Write a New Question"),
            tr("The question as the interviewer would ask it:"), QLineEdit::Normal, QString(), &ok);
        if (ok && !text.trimmed().isEmpty())
            writeQuestion(text.trimmed());
    });
    connect(m_plan, &QPushButton::clicked, this, [this] {
        const QuestionId question = currentQuestion();
        if (!question.isValid())
            return;
        m_editor.commitPending();
        StoryPicker picker(m_document.bank(), this);
        picker.setWindowTitle(tr("Plan a Story"));
        if (picker.exec() == QDialog::Accepted && picker.chosen().isValid())
            planStory(question, picker.chosen());
    });
    connect(m_up, &QPushButton::clicked, this, [this] { moveQuestion(currentQuestion(), -1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveQuestion(currentQuestion(), 1); });
    connect(m_remove, &QPushButton::clicked, this, &ExpectedQuestionsPanel::removeCurrent);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ExpectedQuestionsPanel::updateButtons);
    updateButtons();
}

void ExpectedQuestionsPanel::showInterview(
    const Interview& interview, const QHash<StoryId, QList<EarlierTelling>>& toldAtCompany)
{
    // Rebuilt whole: a handful of questions. The selection is kept by what it shows.
    QTreeWidgetItem* current = m_tree->currentItem();
    const int64_t currentId = current ? current->data(0, kIdRole).toLongLong() : 0;
    const int64_t currentParent =
        current && current->parent() ? current->parent()->data(0, kIdRole).toLongLong() : 0;
    const int scrolled = m_tree->verticalScrollBar()->value();
    m_tree->clear();
    Bank& bank = m_document.bank();
    const QDate today = QDate::currentDate();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    QTreeWidgetItem* reselect = nullptr;
    for (QuestionId questionId : interview.questions) {
        const auto question = bank.question(questionId);
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(0, question ? question->text.simplified() : QString());
        item->setData(0, kIdRole, qlonglong(questionId.value));
        item->setData(0, kKindRole, int(ItemKind::Question));
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        if (currentId == questionId.value && currentParent == 0)
            reselect = item;
        bool planned = false;
        for (const PlannedStory& plan : interview.plan) {
            if (plan.question != questionId)
                continue;
            planned = true;
            const auto story = bank.story(plan.story);
            auto* storyItem = new QTreeWidgetItem(item);
            storyItem->setText(0, story ? story->title : QString());
            storyItem->setData(0, kIdRole, qlonglong(plan.story.value));
            storyItem->setData(0, kKindRole, int(ItemKind::Story));
            if (currentId == plan.story.value && currentParent == questionId.value)
                reselect = storyItem;
            if (const auto told = toldAtCompany.value(plan.story); !told.isEmpty()) {
                const QString text = interviewtext::toldBefore(told, today);
                storyItem->setIcon(0, warning);
                storyItem->setToolTip(0,
                    tr("Told to this company before: they may notice a repeat. Consider "
                       "another story."));
                auto* flag = new QTreeWidgetItem(storyItem);
                flag->setIcon(0, warning);
                flag->setText(0, text);
                flag->setData(0, kKindRole, int(ItemKind::Detail));
                flag->setFlags(Qt::ItemIsEnabled);
            }
            for (const QString& cue : story ? story->cues : QStringList()) {
                auto* cueItem = new QTreeWidgetItem(storyItem);
                cueItem->setText(0, QStringLiteral("– ") + cue);
                cueItem->setData(0, kKindRole, int(ItemKind::Detail));
                cueItem->setFlags(Qt::ItemIsEnabled);
                cueItem->setForeground(0, palette().brush(QPalette::PlaceholderText));
            }
        }
        if (!planned) {
            auto* none = new QTreeWidgetItem(item);
            none->setText(0, tr("No story planned yet"));
            none->setData(0, kKindRole, int(ItemKind::Detail));
            none->setFlags(Qt::ItemIsEnabled);
            none->setForeground(0, palette().brush(QPalette::PlaceholderText));
        }
    }
    m_tree->expandAll();
    if (reselect)
        m_tree->setCurrentItem(reselect);
    m_tree->verticalScrollBar()->setValue(scrolled); // typing elsewhere rebuilds it: stay put
    updateButtons();
}

QTreeWidgetItem* ExpectedQuestionsPanel::questionItem(QuestionId question) const
{
    for (int row = 0; row < m_tree->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_tree->topLevelItem(row);
        if (item->data(0, kIdRole).toLongLong() == question.value)
            return item;
    }
    return nullptr;
}

QTreeWidgetItem* ExpectedQuestionsPanel::storyItem(QuestionId question, StoryId story) const
{
    QTreeWidgetItem* parent = questionItem(question);
    for (int row = 0; parent && row < parent->childCount(); ++row) {
        QTreeWidgetItem* item = parent->child(row);
        if (item->data(0, kKindRole).toInt() == int(ItemKind::Story)
            && item->data(0, kIdRole).toLongLong() == story.value)
            return item;
    }
    return nullptr;
}

QString ExpectedQuestionsPanel::warningOf(QuestionId question, StoryId story) const
{
    QTreeWidgetItem* item = storyItem(question, story);
    // The flag is the first detail under the story, the one with an icon.
    if (!item || item->childCount() == 0 || item->child(0)->icon(0).isNull())
        return {};
    return item->child(0)->text(0);
}

QuestionId ExpectedQuestionsPanel::currentQuestion() const
{
    QTreeWidgetItem* item = m_tree->currentItem();
    while (item && item->data(0, kKindRole).toInt() != int(ItemKind::Question))
        item = item->parent();
    return item ? QuestionId(item->data(0, kIdRole).toLongLong()) : QuestionId();
}

void ExpectedQuestionsPanel::updateButtons()
{
    const QuestionId question = currentQuestion();
    const int row = question.isValid() ? m_editor.current().questions.indexOf(question) : -1;
    m_plan->setEnabled(question.isValid());
    m_remove->setEnabled(question.isValid());
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_editor.current().questions.size() - 1);
}

void ExpectedQuestionsPanel::addQuestion(QuestionId question)
{
    if (m_editor.current().questions.contains(question))
        return;
    const auto text = m_document.bank().question(question);
    m_editor.applyChange([question](Interview& interview) { interview.questions.append(question); },
        tr("Expect “%1”").arg(shortened(text ? text->text : QString())));
    if (QTreeWidgetItem* item = questionItem(question))
        m_tree->setCurrentItem(item);
}

void ExpectedQuestionsPanel::writeQuestion(const QString& text)
{
    if (!m_editor.commitPending() || !m_editor.interview().isValid())
        return;
    // The new question and its place here are one step to undo.
    const UndoMacro step(m_document, tr("Expect “%1”").arg(shortened(text)));
    Question question;
    question.text = text;
    auto* create = new AddQuestionCommand(m_document, question);
    if (m_document.push(create))
        addQuestion(create->question());
}

void ExpectedQuestionsPanel::planStory(QuestionId question, StoryId story)
{
    const PlannedStory planned {question, story};
    if (m_editor.current().plan.contains(planned))
        return;
    const auto title = m_document.bank().storySummary(story);
    m_editor.applyChange(
        [planned](Interview& interview) {
            if (!interview.questions.contains(planned.question))
                interview.questions.append(planned.question);
            interview.plan.append(planned);
        },
        tr("Plan “%1”").arg(title ? title->title : QString()));
    if (QTreeWidgetItem* item = storyItem(question, story))
        m_tree->setCurrentItem(item);
}

void ExpectedQuestionsPanel::unplanStory(QuestionId question, StoryId story)
{
    const auto title = m_document.bank().storySummary(story);
    m_editor.applyChange(
        [question, story](Interview& interview) {
            interview.plan.removeAll(PlannedStory {question, story});
        },
        tr("Drop “%1” from the plan").arg(title ? title->title : QString()));
}

void ExpectedQuestionsPanel::removeQuestion(QuestionId question)
{
    const auto text = m_document.bank().question(question);
    m_editor.applyChange(
        [question](Interview& interview) {
            interview.questions.removeAll(question);
            interview.plan.removeIf(
                [question](const PlannedStory& planned) { return planned.question == question; });
        },
        tr("No longer expect “%1”").arg(shortened(text ? text->text : QString())));
}

void ExpectedQuestionsPanel::moveQuestion(QuestionId question, int by)
{
    const int from = m_editor.current().questions.indexOf(question);
    const int to = from + by;
    if (from < 0 || to < 0 || to >= m_editor.current().questions.size())
        return;
    m_editor.applyChange([from, to](Interview& interview) { interview.questions.move(from, to); },
        tr("Reorder the expected questions"));
}

void ExpectedQuestionsPanel::removeCurrent()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return;
    if (item->data(0, kKindRole).toInt() == int(ItemKind::Story) && item->parent())
        unplanStory(QuestionId(item->parent()->data(0, kIdRole).toLongLong()),
            StoryId(item->data(0, kIdRole).toLongLong()));
    else if (const QuestionId question = currentQuestion(); question.isValid())
        removeQuestion(question);
}

} // namespace sb::gui
