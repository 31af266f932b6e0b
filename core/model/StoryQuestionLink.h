#pragma once

#include "core/model/Enums.h"
#include "core/model/Id.h"

#include <QString>

namespace sb {

// "This story answers that question": how well, and how to tell it for that question.
struct StoryQuestionLink {
    StoryId story;
    QuestionId question;
    LinkFit fit = LinkFit::Strong;
    QString angle;

    friend bool operator==(const StoryQuestionLink&, const StoryQuestionLink&) = default;
};

} // namespace sb
