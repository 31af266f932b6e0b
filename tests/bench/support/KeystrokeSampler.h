#pragma once

#include <QList>
#include <QStringList>

class QLineEdit;

namespace sb::bench {

// Types queries into a search box key by key and times each key from the key press to the
// list shown again: the key event, the search it starts, and the events (layout, paint) it
// leaves queued. Between queries the box is cleared the way people do, select all and
// Backspace, which is timed too: it brings back the whole list.
class KeystrokeSampler {
public:
    static QList<double> type(QLineEdit* box, const QStringList& queries);
    static double percentile(QList<double> milliseconds, double fraction);
};

} // namespace sb::bench
