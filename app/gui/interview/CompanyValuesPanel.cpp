#include "app/gui/interview/CompanyValuesPanel.h"

#include "app/gui/BankDocument.h"
#include "app/gui/Icons.h"
#include "app/gui/StoryPicker.h"
#include "app/gui/interview/InterviewEditor.h"
#include "core/interview/ValueMapping.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sb::gui {

namespace {

constexpr int kStoryRole = Qt::UserRole; // on a mapped story's item

} // namespace

CompanyValuesPanel::CompanyValuesPanel(
    BankDocument& document, InterviewEditor& editor, QWidget* parent)
    : QWidget(parent), m_document(document), m_editor(editor)
{
    m_tree = new QTreeWidget;
    m_tree->setAccessibleName(tr("Company values"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Value"), tr("What it means there")});
    m_tree->header()->setSectionResizeMode(Name, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setMinimumHeight(fontMetrics().lineSpacing() * 8);
    m_tree->setToolTip(tr("Double-click a value or its meaning to edit it"));

    m_add = new QPushButton(themedIcon(QStringLiteral("list-add")), tr("Add &Value"));
    m_map = new QPushButton(tr("&Map a Story…"));
    m_map->setToolTip(tr("Choose a story that shows the selected value"));
    m_remove = new QPushButton(themedIcon(QStringLiteral("list-remove")), tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected value, or the selected story from it"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_map);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addValue(tr("New value"));
        if (QTreeWidgetItem* added = m_tree->topLevelItem(m_tree->topLevelItemCount() - 1)) {
            m_tree->setCurrentItem(added);
            m_tree->editItem(added, Name);
        }
    });
    connect(m_map, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row < 0)
            return;
        m_editor.commitPending();
        StoryPicker picker(m_document.bank(), this);
        picker.setWindowTitle(tr("Map a Story to a Value"));
        if (picker.exec() == QDialog::Accepted && picker.chosen().isValid())
            mapStory(row, picker.chosen());
    });
    connect(m_remove, &QPushButton::clicked, this, &CompanyValuesPanel::removeCurrent);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item) {
        if (m_loading || item->parent())
            return;
        const int row = m_tree->indexOfTopLevelItem(item);
        const QString name = item->text(Name).trimmed();
        const QString description = item->text(Description).trimmed();
        // Written after the view has finished with the item: writing rebuilds the tree.
        QMetaObject::invokeMethod(
            this, [this, row, name, description] { setValue(row, name, description); },
            Qt::QueuedConnection);
    });
    const auto updateButtons = [this] {
        m_map->setEnabled(currentRow() >= 0);
        m_remove->setEnabled(currentRow() >= 0);
    };
    connect(m_tree, &QTreeWidget::currentItemChanged, this, updateButtons);
    updateButtons();
}

void CompanyValuesPanel::showInterview(const Interview& interview)
{
    m_loading = true;
    const int current = currentRow();
    const int scrolled = m_tree->verticalScrollBar()->value();
    m_tree->clear();
    Bank& bank = m_document.bank();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const CompanyValue& value : interview.values) {
        auto* item = new QTreeWidgetItem(m_tree, {value.name, value.description});
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setToolTip(Description, value.description);
        QFont bold = item->font(Name);
        bold.setBold(true);
        item->setFont(Name, bold);
        for (StoryId story : value.stories) {
            const auto summary = bank.storySummary(story);
            auto* storyItem = new QTreeWidgetItem(item, {summary ? summary->title : QString()});
            storyItem->setData(Name, kStoryRole, qlonglong(story.value));
            storyItem->setFirstColumnSpanned(true);
        }
        if (value.stories.isEmpty()) {
            auto* gap = new QTreeWidgetItem(item, {tr("No story yet")});
            gap->setIcon(Name, warning);
            gap->setToolTip(Name,
                tr("A gap: prepare a story that shows “%1”, or map one you have.").arg(value.name));
            gap->setFlags(Qt::ItemIsEnabled);
            gap->setFirstColumnSpanned(true);
        }
    }
    m_tree->expandAll();
    if (current >= 0 && current < m_tree->topLevelItemCount())
        m_tree->setCurrentItem(m_tree->topLevelItem(current));
    m_tree->verticalScrollBar()->setValue(scrolled);
    // valuemapping::gaps is the rule; the count in the header says how many are left.
    const int gaps = int(valuemapping::gaps(interview).size());
    m_tree->headerItem()->setText(
        Name, gaps == 0 ? tr("Value") : tr("Value (%n without a story)", nullptr, gaps));
    m_loading = false;
}

int CompanyValuesPanel::currentRow() const
{
    QTreeWidgetItem* item = m_tree->currentItem();
    while (item && item->parent())
        item = item->parent();
    return item ? m_tree->indexOfTopLevelItem(item) : -1;
}

QString CompanyValuesPanel::gapOf(int row) const
{
    QTreeWidgetItem* item = m_tree->topLevelItem(row);
    if (!item || item->childCount() == 0 || item->child(0)->icon(Name).isNull())
        return {};
    return item->child(0)->text(Name);
}

void CompanyValuesPanel::addValue(const QString& name, const QString& description)
{
    m_editor.applyChange(
        [name, description](Interview& interview) {
            interview.values.append(CompanyValue {name, description, {}});
        },
        tr("Add the value “%1”").arg(name));
}

void CompanyValuesPanel::setValue(int row, const QString& name, const QString& description)
{
    const QList<CompanyValue>& values = m_editor.current().values;
    if (row < 0 || row >= values.size())
        return;
    if (name.isEmpty()) {
        showInterview(m_editor.current()); // a value needs a name: the old one comes back
        return;
    }
    if (values[row].name == name && values[row].description == description)
        return;
    m_editor.applyChange(
        [row, name, description](Interview& interview) {
            interview.values[row].name = name;
            interview.values[row].description = description;
        },
        tr("Edit the value “%1”").arg(name));
}

void CompanyValuesPanel::mapStory(int row, StoryId story)
{
    const QList<CompanyValue>& values = m_editor.current().values;
    if (row < 0 || row >= values.size() || values[row].stories.contains(story))
        return;
    m_editor.applyChange(
        [row, story](Interview& interview) { interview.values[row].stories.append(story); },
        tr("Map a story to “%1”").arg(values[row].name));
}

void CompanyValuesPanel::unmapStory(int row, StoryId story)
{
    const QList<CompanyValue>& values = m_editor.current().values;
    if (row < 0 || row >= values.size())
        return;
    m_editor.applyChange(
        [row, story](Interview& interview) { interview.values[row].stories.removeAll(story); },
        tr("Unmap a story from “%1”").arg(values[row].name));
}

void CompanyValuesPanel::removeValue(int row)
{
    const QList<CompanyValue>& values = m_editor.current().values;
    if (row < 0 || row >= values.size())
        return;
    m_editor.applyChange([row](Interview& interview) { interview.values.removeAt(row); },
        tr("Remove the value “%1”").arg(values[row].name));
}

void CompanyValuesPanel::removeCurrent()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return;
    if (item->parent() && item->data(Name, kStoryRole).isValid())
        unmapStory(m_tree->indexOfTopLevelItem(item->parent()),
            StoryId(item->data(Name, kStoryRole).toLongLong()));
    else if (!item->parent())
        removeValue(m_tree->indexOfTopLevelItem(item));
}

} // namespace sb::gui
