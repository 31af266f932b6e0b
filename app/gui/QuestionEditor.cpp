#include "app/gui/QuestionEditor.h"

#include "app/gui/BankDocument.h"
#include "app/gui/CategoryChecklistModel.h"
#include "app/gui/QuestionLinksPanel.h"
#include "app/gui/SharedHistoryFilter.h"
#include "app/gui/coverage/SuggestedStoriesPanel.h"
#include "app/gui/undo/EditRowCommand.h"
#include "app/gui/writing/WritingAids.h"

#include <QComboBox>
#include <QFormLayout>
#include <QListView>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sb::gui {

namespace {

QPlainTextEdit* prose(const QString& name, const QString& hint, int lines)
{
    auto* edit = new QPlainTextEdit;
    edit->setAccessibleName(name);
    edit->setPlaceholderText(hint);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines);
    return edit;
}

} // namespace

QuestionEditor::QuestionEditor(BankDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document)
{
    m_commitTimer.setSingleShot(true);
    m_commitTimer.setInterval(kCommitDelayMs);
    // Only the typed text: a fit or angle being edited in the links table stays open.
    connect(&m_commitTimer, &QTimer::timeout, this, &QuestionEditor::commitFields);
    connect(&m_document.bank(), &Bank::changed, this, &QuestionEditor::onBankChanged);

    m_text = prose(tr("Question"), tr("The question as an interviewer would ask it"), 2);
    QFont big = m_text->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_text->setFont(big);
    m_variants =
        prose(tr("Other phrasings"), tr("Other ways the same question is asked, one per line"), 3);
    m_kind = new QComboBox;
    m_kind->setAccessibleName(tr("Kind of question"));
    const QList<std::pair<QuestionKind, QString>> kinds {
        {QuestionKind::Behavioral, tr("Behavioral (tell me about a time…)")},
        {QuestionKind::Hypothetical, tr("Hypothetical (what would you do if…)")},
        {QuestionKind::RoleFit, tr("Role fit (why this company, this role)")},
        {QuestionKind::Technical, tr("Technical")},
        {QuestionKind::AboutYou, tr("About you (strengths, pitch…)")},
        {QuestionKind::ToAsk, tr("A question to ask the interviewer")}};
    for (const auto& [kind, label] : kinds)
        m_kind->addItem(label, int(kind));
    m_categoryModel = new CategoryChecklistModel(document.bank(), this);
    m_categories = new QListView;
    m_categories->setModel(m_categoryModel);
    m_categories->setAccessibleName(tr("Categories of this question"));
    m_categories->setIconSize(QSize(10, 10));
    m_notes = prose(tr("Notes or prepared answer"),
        tr("Talking points, or the answer itself for questions not answered with a story"), 6);
    m_links = new QuestionLinksPanel(document);
    connect(m_links, &QuestionLinksPanel::storyRequested, this, [this](StoryId story) {
        commitPending(); // the question's typed text first, then the story is shown
        emit storyRequested(story);
    });

    m_suggestions = new SuggestedStoriesPanel(document);
    connect(m_suggestions, &SuggestedStoriesPanel::linkRequested, m_links,
        &QuestionLinksPanel::linkStory);

    auto* content = new QWidget;
    auto* form = new QFormLayout(content);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(tr("Question"), m_text);
    form->addRow(tr("Other phrasings"), m_variants);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Categories"), m_categories);
    form->addRow(tr("Notes or prepared answer"), m_notes);
    form->addRow(tr("Answered by"), m_links);
    form->addRow(tr("Stories that may answer it"), m_suggestions);
    // Scrolled, as the story editor is: the form is taller than a small window.
    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    auto* history = new SharedHistoryFilter([this] { commitPending(); }, this);
    for (QPlainTextEdit* edit : {m_text, m_variants, m_notes}) {
        connect(edit, &QPlainTextEdit::textChanged, this, &QuestionEditor::fieldEdited);
        history->watch(edit);
        WritingAids::attach(edit);
    }
    connect(m_kind, &QComboBox::activated, this, [this] {
        Question after = questionFromFields();
        after.kind = QuestionKind(m_kind->currentData().toInt());
        push(after, tr("Change the kind of a question"));
    });
    connect(m_categoryModel, &CategoryChecklistModel::toggled, this,
        [this](CategoryId id, bool checked) {
            Question after = questionFromFields();
            after.categories.removeAll(id);
            if (checked)
                after.categories.append(id);
            push(after, tr("Change the categories of a question"));
        });
    setEnabled(false);
}

bool QuestionEditor::setQuestion(QuestionId id)
{
    if (!commitPending())
        return id == m_question.id;
    const auto question = id.isValid() ? m_document.bank().question(id) : std::nullopt;
    setEnabled(question.has_value());
    showQuestion(question.value_or(Question {}));
    m_links->setQuestion(m_question.id);
    m_suggestions->setQuestion(m_question.id);
    return true;
}

void QuestionEditor::showQuestion(const Question& question)
{
    m_loading = true;
    m_question = question;
    const auto setText = [](QPlainTextEdit* edit, const QString& text) {
        if (edit->toPlainText() != text)
            edit->setPlainText(text);
    };
    setText(m_text, question.text);
    setText(m_variants, question.variants.join(u'\n'));
    setText(m_notes, question.notes);
    m_kind->setCurrentIndex(m_kind->findData(int(question.kind)));
    m_categoryModel->setChecked(question.categories);
    m_loading = false;
}

Question QuestionEditor::questionFromFields() const
{
    Question question = m_question;
    // An emptied text field keeps the last written text: a question needs words.
    if (!m_text->toPlainText().trimmed().isEmpty())
        question.text = m_text->toPlainText();
    question.variants = m_variants->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    question.notes = m_notes->toPlainText();
    return question;
}

void QuestionEditor::fieldEdited()
{
    if (m_loading || !m_question.id.isValid())
        return;
    m_document.setPendingEdits(true);
    m_commitTimer.start(kCommitDelayMs);
}

bool QuestionEditor::commitPending()
{
    m_links->commitPending();
    return commitFields();
}

bool QuestionEditor::commitFields()
{
    m_commitTimer.stop();
    if (m_question.id.isValid()) {
        const Question edited = questionFromFields();
        if (!(edited == m_question)) {
            if (!push(edited, tr("Edit a question"))) {
                // Not written: still pending, and offered again until the bank takes it.
                m_commitTimer.start(kRetryDelayMs);
                return false;
            }
        }
    }
    m_document.setPendingEdits(false);
    return true;
}

bool QuestionEditor::push(const Question& after, const QString& text)
{
    if (m_loading || after == m_question)
        return true;
    m_commitTimer.stop();
    const Question before = m_question;
    m_question = after;
    if (m_document.push(new EditQuestionCommand(m_document, before, after, text)))
        return true;
    m_question = m_document.bank().question(before.id).value_or(before);
    return false;
}

void QuestionEditor::onBankChanged(const BankChange& change)
{
    if (change.entity != BankChange::Entity::Question || change.id != m_question.id.value)
        return;
    if (change.kind == BankChange::Kind::Removed) {
        m_commitTimer.stop();
        m_question = Question {}; // nothing typed is left to write to a question now gone
        m_document.setPendingEdits(false);
        setQuestion(QuestionId());
        return;
    }
    // Undo, redo or another part of the window changed it: show what the bank now holds.
    if (const auto current = m_document.bank().question(m_question.id);
        current && !m_commitTimer.isActive())
        showQuestion(*current);
}

} // namespace sb::gui
