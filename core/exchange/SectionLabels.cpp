#include "core/exchange/SectionLabels.h"

#include <QList>

#include <algorithm>
#include <utility>

namespace sb {

namespace {

using Spelling = std::pair<QString, SectionLabel>;

QList<Spelling> makeSpellings()
{
    using L = SectionLabel;
    const std::pair<const char*, SectionLabel> table[] = {
        {"situation", L::Situation},
        {"the situation", L::Situation},
        {"task", L::Task},
        {"tasks", L::Task},
        {"the task", L::Task},
        {"context", L::Context},
        {"action", L::Action},
        {"actions", L::Action},
        {"actions taken", L::Action},
        {"what i did", L::Action},
        {"decision", L::Decision},
        {"decisions", L::Decision},
        {"result", L::Result},
        {"results", L::Result},
        {"outcome", L::Result},
        {"outcomes", L::Result},
        {"learning", L::Learning},
        {"learnings", L::Learning},
        {"lesson", L::Learning},
        {"lessons", L::Learning},
        {"lesson learned", L::Learning},
        {"lessons learned", L::Learning},
        {"lesson learnt", L::Learning},
        {"lessons learnt", L::Learning},
        {"what i learned", L::Learning},
        {"what i learnt", L::Learning},
        {"takeaway", L::Learning},
        {"takeaways", L::Learning},
        {"key takeaway", L::Learning},
        {"key takeaways", L::Learning},
        {"reflection", L::Learning},
        {"cues", L::Cues},
        {"answers", L::Answers},
        {"answer", L::Notes},
        {"prepared answer", L::Notes},
        {"talking points", L::Notes},
        {"key points", L::Notes},
        {"story", L::Story},
        {"stories", L::Story},
    };
    QList<Spelling> spellings;
    for (const auto& [text, label] : table)
        spellings.append({QString::fromLatin1(text), label});
    // Longest first, so "lessons learned" wins over "lessons".
    std::sort(spellings.begin(), spellings.end(),
        [](const Spelling& a, const Spelling& b) { return a.first.size() > b.first.size(); });
    return spellings;
}

// What may follow a label: nothing, ":" or a dash with a space before it ("Result – …").
std::optional<QString> restAfterLabel(const QString& after)
{
    if (after.isEmpty())
        return QString();
    QString rest = after;
    const bool spaced = rest.at(0).isSpace();
    rest = rest.trimmed();
    if (rest.isEmpty())
        return QString();
    const QChar first = rest.at(0);
    if (first == QLatin1Char(':'))
        return rest.mid(1).trimmed();
    if (spaced && (first == QLatin1Char('-') || first == QChar(0x2013) || first == QChar(0x2014))) {
        return rest.mid(1).trimmed();
    }
    return std::nullopt;
}

} // namespace

std::optional<LabelMatch> SectionLabels::match(const QString& text)
{
    static const QList<Spelling> spellings = makeSpellings();
    const QString trimmed = text.trimmed();
    for (const auto& [spelling, label] : spellings) {
        if (!trimmed.startsWith(spelling, Qt::CaseInsensitive))
            continue;
        const std::optional<QString> rest = restAfterLabel(trimmed.mid(spelling.size()));
        if (rest)
            return LabelMatch {label, *rest};
    }
    return std::nullopt;
}

bool SectionLabels::isStorySection(SectionLabel label)
{
    switch (label) {
    case SectionLabel::Situation:
    case SectionLabel::Task:
    case SectionLabel::Context:
    case SectionLabel::Action:
    case SectionLabel::Decision:
    case SectionLabel::Result:
    case SectionLabel::Learning:
        return true;
    default:
        return false;
    }
}

} // namespace sb
