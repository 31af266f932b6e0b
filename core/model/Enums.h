#pragma once

#include <QString>

#include <optional>

namespace sb {

// The way a story is told; all methods keep the same five sections underneath.
enum class StoryMethod { Star, StarL, Carl };
enum class StoryStatus { Idea, Draft, Ready };
enum class QuestionKind { Behavioral, Hypothetical, RoleFit, Technical, AboutYou, ToAsk };
enum class LinkFit { Strong, Partial };

// The spellings used in the bank file, the JSON format and on the command line.
QString toKey(StoryMethod method);
QString toKey(StoryStatus status);
QString toKey(QuestionKind kind);
QString toKey(LinkFit fit);

// Case-insensitive; std::nullopt for anything else.
std::optional<StoryMethod> storyMethodFromKey(const QString& key);
std::optional<StoryStatus> storyStatusFromKey(const QString& key);
std::optional<QuestionKind> questionKindFromKey(const QString& key);
std::optional<LinkFit> linkFitFromKey(const QString& key);

} // namespace sb
