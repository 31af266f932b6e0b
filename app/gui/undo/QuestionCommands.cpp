#include "app/gui/undo/QuestionCommands.h"

#include "app/gui/undo/InterviewRefs.h"

#include <QCoreApplication>

namespace sb::gui {

namespace {

// This file's messages, under the translation context lupdate files them in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sb::gui::QuestionCommands)
};

// Questions are sentences: the undo menu shows their start.
QString shortened(const QString& text)
{
    constexpr int kLength = 40;
    const QString simple = text.simplified();
    return simple.size() <= kLength ? simple : simple.left(kLength - 1) + QChar(0x2026);
}

} // namespace

AddQuestionCommand::AddQuestionCommand(BankDocument& document, const Question& question)
    : BankCommand(document, Text::tr("New question")), m_question(question)
{
    m_question.id = QuestionId();
}

void AddQuestionCommand::redo()
{
    run([this](Bank& bank) {
        if (m_question.id.isValid()) {
            bank.restoreQuestion(m_question, {});
        } else {
            const QuestionId id = bank.addQuestion(m_question);
            m_question = bank.question(id).value_or(m_question); // with its timestamps
            m_question.id = id;
        }
    });
}

void AddQuestionCommand::undo()
{
    run([this](Bank& bank) { bank.removeQuestion(m_question.id); });
}

RemoveQuestionCommand::RemoveQuestionCommand(BankDocument& document, QuestionId question)
    : BankCommand(document, QString()),
      m_question(document.bank().question(question).value_or(Question {})),
      m_links(document.bank().linksOfQuestion(question)),
      m_interviews(interviewrefs::namingQuestion(document.bank(), question))
{
    setText(Text::tr("Delete “%1”").arg(shortened(m_question.text)));
}

void RemoveQuestionCommand::redo()
{
    run([this](Bank& bank) { bank.removeQuestion(m_question.id); });
}

void RemoveQuestionCommand::undo()
{
    run([this](Bank& bank) {
        bank.restoreQuestion(m_question, m_links);
        interviewrefs::putBack(bank, m_interviews);
    });
}

} // namespace sb::gui
