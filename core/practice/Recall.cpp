#include "core/practice/Recall.h"

namespace sb {

namespace {

constexpr const char* kKeys[] = {"again", "hard", "good", "easy"};

} // namespace

QString toKey(Recall recall)
{
    return QLatin1String(kKeys[int(recall) - 1]);
}

std::optional<Recall> recallFromKey(const QString& key)
{
    for (int value = 1; value <= 4; ++value)
        if (key.compare(QLatin1String(kKeys[value - 1]), Qt::CaseInsensitive) == 0)
            return Recall(value);
    return std::nullopt;
}

} // namespace sb
