#pragma once

#include "core/model/Id.h"
#include "core/model/PracticeRecord.h"

namespace sb {

// What is practised and scheduled: a question (asked as in an interview, whichever story
// answers it) or a story (recalled from its title). A record that names a question belongs to
// the question; one that names only a story, to the story.
struct PracticeItem {
    StoryId story;
    QuestionId question;

    static PracticeItem of(const PracticeRecord& record)
    {
        return record.question.isValid() ? PracticeItem {StoryId(), record.question}
                                         : PracticeItem {record.story, QuestionId()};
    }
    bool isQuestion() const { return question.isValid(); }
    friend bool operator==(const PracticeItem&, const PracticeItem&) = default;
};

} // namespace sb
