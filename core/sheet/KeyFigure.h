#pragma once

#include <QString>

namespace sb {

// Finds the headline number of a story's result, for the cheat sheet to show beside its title.
class KeyFigure {
public:
    // The first money amount ("$1.2M", "€30k", "5,000 EUR"); else the first percentage ("40%",
    // "12.5 %"); else the first multiplier ("3x", "10×"); else the first number followed by a
    // word ("2 days", "12 deals"). The matched text, trimmed; empty when there is none. Years
    // (1900–2099) and digits inside words ("Q3", "B2B") never count as a number with a word.
    static QString find(const QString& text);
};

} // namespace sb
