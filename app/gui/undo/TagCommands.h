#pragma once

#include "app/gui/undo/BankCommand.h"
#include "core/model/Tag.h"

// The undo commands of tag management that take stories along: deleting and merging.

namespace sb::gui {

// Deletes a tag; undo brings it back on every story that carried it.
class RemoveTagCommand : public BankCommand {
public:
    RemoveTagCommand(BankDocument& document, TagId tag);

    void redo() override;
    void undo() override;

private:
    Tag m_tag;
    QList<StoryId> m_stories;
};

// Moves every story of one tag onto another and deletes the first; undo splits them again
// exactly as they were.
class MergeTagsCommand : public BankCommand {
public:
    MergeTagsCommand(BankDocument& document, TagId from, TagId into);

    void redo() override;
    void undo() override;

private:
    Tag m_from;
    TagId m_into;
    QList<StoryId> m_fromStories;
    QList<StoryId> m_intoStories;
};

} // namespace sb::gui
