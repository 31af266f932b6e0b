#include "core/analysis/coach/CoachRules.h"

#include "core/analysis/coach/CoachText.h"

#include <QRegularExpression>
#include <QSet>

namespace sb::coach {

namespace {

class WeInsteadOfIRule final : public CoachRule {
public:
    QString id() const override { return QStringLiteral("we-instead-of-i"); }
    QList<CoachFinding> check(const Story& story, const CoachContext&) const override
    {
        static const QSet<QString> plural {QStringLiteral("we"), QStringLiteral("us"),
            QStringLiteral("our"), QStringLiteral("ours")};
        static const QSet<QString> singular {QStringLiteral("i"), QStringLiteral("me"),
            QStringLiteral("my"), QStringLiteral("mine")};
        int plurals = 0;
        int singulars = 0;
        std::optional<WordSpan> firstPlural;
        for (const WordSpan& span : wordSpans(story.action)) {
            const QString word = story.action.mid(span.start, span.length).toLower();
            if (plural.contains(word)) {
                ++plurals;
                if (!firstPlural)
                    firstPlural = span;
            } else if (singular.contains(word)) {
                ++singulars;
            }
        }
        // One "we" is natural in a team story; it is the habit that hides your part.
        if (plurals < 2 || plurals <= singulars)
            return {};
        return {atPlace(StorySection::Action, firstPlural->start, firstPlural->length, id(),
            Text::tr("The action says “we” more often than “I” (%1 to %2).")
                .arg(plurals)
                .arg(singulars),
            Text::tr(
                "The interviewer is hiring you, not your team: they want your part. Say what you "
                "did yourself, and name the team only for what it did without you."))};
    }
};

class VagueLanguageRule final : public CoachRule {
public:
    QString id() const override { return QStringLiteral("vague-language"); }
    QList<CoachFinding> check(const Story& story, const CoachContext&) const override
    {
        QList<CoachFinding> findings;
        const QRegularExpression& pattern = vaguePhrases();
        auto matches = pattern.globalMatch(story.action);
        while (matches.hasNext()) {
            const QRegularExpressionMatch match = matches.next();
            findings.append(atPlace(StorySection::Action, int(match.capturedStart()),
                int(match.capturedLength()), id(),
                Text::tr("“%1” is vague: say what you did.").arg(match.captured()),
                Text::tr(
                    "Phrases like “helped with” or “was involved in” hide your contribution "
                    "and sound unsure. A concrete verb (designed, negotiated, rewrote) shows what "
                    "you did and invites good follow-up questions.")));
        }
        return findings;
    }

private:
    // Whole words only, any spacing between them, any case.
    static const QRegularExpression& vaguePhrases()
    {
        static const QRegularExpression pattern = [] {
            QStringList alternatives;
            for (const char* phrase : {"helped with", "was involved in", "were involved in",
                     "kind of", "sort of", "participated in", "worked on", "was responsible for",
                     "tried to", "basically", "various"}) {
                QString words = QRegularExpression::escape(QString::fromLatin1(phrase));
                words.replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
                alternatives.append(words);
            }
            return QRegularExpression(QStringLiteral("\\b(?:%1)\\b").arg(alternatives.join(u'|')),
                QRegularExpression::CaseInsensitiveOption
                    | QRegularExpression::UseUnicodePropertiesOption);
        }();
        return pattern;
    }
};

} // namespace

RuleList wordingRules()
{
    RuleList rules;
    rules.push_back(std::make_unique<WeInsteadOfIRule>());
    rules.push_back(std::make_unique<VagueLanguageRule>());
    return rules;
}

} // namespace sb::coach
