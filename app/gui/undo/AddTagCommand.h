#pragma once

#include "app/gui/undo/BankCommand.h"
#include "core/model/Tag.h"

namespace sb::gui {

// Creates a tag (typed into a story's tag field); undo removes it, redo brings it back with
// the same id so the story edit that follows it in the same macro still refers to it.
class AddTagCommand : public BankCommand {
public:
    AddTagCommand(BankDocument& document, const QString& name);

    void redo() override;
    void undo() override;
    TagId tag() const { return m_tag.id; }

private:
    Tag m_tag;
};

} // namespace sb::gui
