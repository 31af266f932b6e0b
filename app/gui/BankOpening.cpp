#include "app/gui/BankOpening.h"

#include "app/gui/ExampleStory.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace sb::gui {

std::unique_ptr<Bank> openOrCreateBank(const QString& path, bool withExample)
{
    if (QFileInfo::exists(path))
        return Bank::open(path);
    auto bank = Bank::create(path);
    if (withExample) {
        Story story = exampleStory();
        for (const char* name : {"Leadership", "Prioritization"}) {
            if (const auto category = bank->categoryNamed(QLatin1String(name)))
                story.categories.append(category->id);
        }
        bank->addStory(story, {QCoreApplication::translate("sb::gui", "example")});
    }
    return bank;
}

} // namespace sb::gui
