#pragma once

#include <QComboBox>

namespace sb {
class Bank;
}

namespace sb::gui {

// A combo box choosing one tag or one category to filter by, with "all" first (data 0). It
// refills itself when tags or categories change and keeps the choice while it still exists.
class LabelCombo : public QComboBox {
    Q_OBJECT

public:
    enum class Kind { Tags, Categories };

    LabelCombo(Bank& bank, Kind kind, const QString& allText, QWidget* parent = nullptr);

    int64_t chosen() const { return currentData().toLongLong(); }
    void choose(int64_t id);

signals:
    void chosenChanged(int64_t id);

private:
    void refill();

    Bank& m_bank;
    Kind m_kind;
    QString m_allText;
    bool m_refilling = false;
};

} // namespace sb::gui
