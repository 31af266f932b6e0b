#include "core/model/Enums.h"

#include <array>
#include <utility>

namespace sb {

namespace {

template<typename E, size_t N> using KeyTable = std::array<std::pair<E, const char*>, N>;

constexpr KeyTable<StoryMethod, 3> methodKeys {
    {{StoryMethod::Star, "STAR"}, {StoryMethod::StarL, "STARL"}, {StoryMethod::Carl, "CARL"}}};
constexpr KeyTable<StoryStatus, 3> statusKeys {
    {{StoryStatus::Idea, "idea"}, {StoryStatus::Draft, "draft"}, {StoryStatus::Ready, "ready"}}};
constexpr KeyTable<QuestionKind, 6> kindKeys {
    {{QuestionKind::Behavioral, "behavioral"}, {QuestionKind::Hypothetical, "hypothetical"},
        {QuestionKind::RoleFit, "role_fit"}, {QuestionKind::Technical, "technical"},
        {QuestionKind::AboutYou, "about_you"}, {QuestionKind::ToAsk, "to_ask"}}};
constexpr KeyTable<LinkFit, 2> fitKeys {
    {{LinkFit::Strong, "strong"}, {LinkFit::Partial, "partial"}}};

template<typename E, size_t N> QString keyOf(const KeyTable<E, N>& table, E value)
{
    for (const auto& [e, key] : table) {
        if (e == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template<typename E, size_t N>
std::optional<E> valueOf(const KeyTable<E, N>& table, const QString& key)
{
    for (const auto& [e, k] : table) {
        if (key.compare(QLatin1String(k), Qt::CaseInsensitive) == 0)
            return e;
    }
    return std::nullopt;
}

} // namespace

QString toKey(StoryMethod method)
{
    return keyOf(methodKeys, method);
}
QString toKey(StoryStatus status)
{
    return keyOf(statusKeys, status);
}
QString toKey(QuestionKind kind)
{
    return keyOf(kindKeys, kind);
}
QString toKey(LinkFit fit)
{
    return keyOf(fitKeys, fit);
}

std::optional<StoryMethod> storyMethodFromKey(const QString& key)
{
    // "STAR+L" is how people write it; the file keeps "STARL".
    if (key.compare(QLatin1String("STAR+L"), Qt::CaseInsensitive) == 0)
        return StoryMethod::StarL;
    return valueOf(methodKeys, key);
}
std::optional<StoryStatus> storyStatusFromKey(const QString& key)
{
    return valueOf(statusKeys, key);
}
std::optional<QuestionKind> questionKindFromKey(const QString& key)
{
    return valueOf(kindKeys, key);
}
std::optional<LinkFit> linkFitFromKey(const QString& key)
{
    return valueOf(fitKeys, key);
}

} // namespace sb
