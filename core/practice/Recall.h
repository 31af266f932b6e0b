#pragma once

#include <QString>

#include <optional>

namespace sb {

// How well a story or question came back in practice: the four answers of a flashcard. The
// values are what PracticeRecord::rating stores.
enum class Recall { Again = 1, Hard = 2, Good = 3, Easy = 4 };

// again, hard, good, easy: the words the CLI and the JSON use.
QString toKey(Recall recall);
std::optional<Recall> recallFromKey(const QString& key);

} // namespace sb
