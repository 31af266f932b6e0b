#pragma once

#include "core/model/BankChange.h"
#include "core/model/Pitch.h"

#include <QDialog>
#include <QTimer>

namespace sb::gui {

class BankDocument;
class PitchEditor;

// The bank's default "Tell me about yourself" pitch. Typing is written through an undo command
// once the user pauses, as in the story editor, so there is nothing to save and a burst of
// typing is one step to undo.
class DefaultPitchDialog : public QDialog {
    Q_OBJECT

public:
    // As the story and question editors: well within the one-second autosave promise.
    static constexpr int kCommitDelayMs = 600;
    static constexpr int kRetryDelayMs = 3000;

    explicit DefaultPitchDialog(BankDocument& document, QWidget* parent = nullptr);

    PitchEditor* editor() const { return m_editor; }
    // Writes what is typed but not yet written; false when the bank refused it (the text stays
    // and is offered again).
    bool commitPending();

    void done(int result) override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void edited();
    void onBankChanged(const BankChange& change);

    BankDocument& m_document;
    PitchEditor* m_editor = nullptr;
    Pitch m_pitch; // as last written to the bank
    QTimer m_commitTimer;
};

} // namespace sb::gui
