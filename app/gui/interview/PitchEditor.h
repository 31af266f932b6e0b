#pragma once

#include "core/model/Pitch.h"

#include <QWidget>

#include <array>

class QLabel;
class QPlainTextEdit;

namespace sb::gui {

// The three parts of a "Tell me about yourself" answer, each with how long it takes to say and
// the whole against the length interviewers expect. It only edits text: whoever embeds it
// decides when and how a change is written (edited() comes with every keystroke).
class PitchEditor : public QWidget {
    Q_OBJECT

public:
    // Coaches ask for a minute to a minute and a half; past two minutes the interviewer's
    // attention goes. The behavioral answer's two minutes (speakingtime::kTargetSeconds) would
    // be too long an introduction.
    static constexpr int kShortestSeconds = 60;
    static constexpr int kTargetSeconds = 90;
    static constexpr int kLongestSeconds = 120;

    enum class Part { Who, Highlights, Seeking };

    explicit PitchEditor(QWidget* parent = nullptr);

    // Text already in a field is left alone, so the cursor stays where the user is.
    void setPitch(const sb::Pitch& pitch);
    sb::Pitch pitch() const;
    // Shown as placeholder text when a part is empty (an interview's variant shows the default
    // pitch it would otherwise use).
    void setFallback(const sb::Pitch& fallback);

    QPlainTextEdit* partEdit(Part part) const { return m_edits[int(part)]; }
    QLabel* partTimeLabel(Part part) const { return m_times[int(part)]; }
    QLabel* totalLabel() const { return m_total; }

signals:
    void edited();

private:
    void showPlaceholders();
    void updateTimes();

    std::array<QPlainTextEdit*, 3> m_edits {};
    std::array<QLabel*, 3> m_times {};
    QLabel* m_total = nullptr;
    sb::Pitch m_fallback;
    bool m_loading = false;
};

} // namespace sb::gui
