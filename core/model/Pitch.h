#pragma once

#include <QString>

namespace sb {

// The prepared answer to "Tell me about yourself", in the three parts coaches advise, so each
// part can be written and timed on its own. One default pitch per bank; an interview may carry
// its own variant, aligned to that role.
struct Pitch {
    QString who; // who you are, with a personal twist
    QString highlights; // notable accomplishments, with their impact
    QString seeking; // what you want next, and why this role

    bool isEmpty() const
    {
        return who.trimmed().isEmpty() && highlights.trimmed().isEmpty()
            && seeking.trimmed().isEmpty();
    }
    // The parts as one answer, a paragraph each, empty parts left out.
    QString text() const;
    // This pitch with each empty part taken from fallback: an interview's variant usually
    // rewrites only what it seeks next, and keeps the default's who and highlights.
    Pitch filledFrom(const Pitch& fallback) const;

    friend bool operator==(const Pitch&, const Pitch&) = default;
};

} // namespace sb
