#include "app/gui/BankOpening.h"

#include "app/gui/ExampleStory.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace sb::gui {

std::unique_ptr<Bank> openOrCreateBank(const QString& path, bool withExample)
{
    if (QFileInfo::exists(path))
        return Bank::open(path, Bank::OpenOptions {.checkIntegrity = false});
    auto bank = Bank::create(path);
    if (withExample) {
        Story story = exampleStory();
        for (const char* name : {"Leadership", "Prioritization"}) {
            if (const auto category = bank->categoryNamed(QLatin1String(name)))
                story.categories.append(category->id);
        }
        const StoryId id =
            bank->addStory(story, {QCoreApplication::translate("sb::gui", "example")});
        // Linked to the best-matching starter questions, to show what links look like.
        const QList<std::pair<QString, const char*>> links {
            {QStringLiteral("tight deadline"),
                QT_TRANSLATE_NOOP("sb::gui", "Lead with the deadline, then the trade-offs.")},
            {QStringLiteral("priorities changed"),
                QT_TRANSLATE_NOOP("sb::gui", "Stress re-ranking the features with product.")},
        };
        for (const auto& [words, angle] : links) {
            for (const SearchHit& hit : bank->search(words, 1000)) {
                if (hit.kind == SearchHit::Kind::Question) {
                    bank->link({id, QuestionId(hit.id), LinkFit::Strong,
                        QCoreApplication::translate("sb::gui", angle)});
                    break;
                }
            }
        }
    }
    return bank;
}

} // namespace sb::gui
