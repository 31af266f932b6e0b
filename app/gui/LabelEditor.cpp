#include "app/gui/LabelEditor.h"

#include "app/gui/BankDocument.h"
#include "app/gui/ColourSwatch.h"
#include "app/gui/CountText.h"
#include "app/gui/undo/CategoryCommands.h"
#include "app/gui/undo/EditRowCommand.h"
#include "app/gui/undo/TagCommands.h"

#include <QButtonGroup>
#include <QColorDialog>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>

namespace sb::gui {

LabelEditor::LabelEditor(BankDocument& document, Kind kind, QWidget* parent)
    : QWidget(parent), m_document(document), m_kind(kind)
{
    const bool tags = kind == Kind::Tags;
    m_commitTimer.setSingleShot(true);
    m_commitTimer.setInterval(kCommitDelayMs);
    connect(&m_commitTimer, &QTimer::timeout, this, &LabelEditor::commitPending);
    connect(&m_document.bank(), &Bank::changed, this, &LabelEditor::onBankChanged);

    m_name = new QLineEdit;
    m_name->setAccessibleName(tags ? tr("Tag name") : tr("Category name"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_name->setFont(big);
    connect(m_name, &QLineEdit::textEdited, this, &LabelEditor::fieldEdited);
    connect(m_name, &QLineEdit::editingFinished, this, &LabelEditor::commitPending);

    auto* form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(tr("Name"), m_name);
    if (!tags) {
        m_description = new QLineEdit;
        m_description->setAccessibleName(tr("Description"));
        m_description->setPlaceholderText(tr("What interviewers want to learn with these"));
        connect(m_description, &QLineEdit::textEdited, this, &LabelEditor::fieldEdited);
        connect(m_description, &QLineEdit::editingFinished, this, &LabelEditor::commitPending);
        form->addRow(tr("Description"), m_description);
    }
    form->addRow(tr("Colour"), buildColourRow());

    m_usage = new QLabel;
    m_usage->setToolTip(tr("Double-click a story to open it"));
    m_stories = new QListWidget;
    m_stories->setAccessibleName(tr("Stories filed under it"));
    connect(m_stories, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit storyRequested(StoryId(item->data(Qt::UserRole).toLongLong()));
    });
    form->addRow(m_usage);
    form->addRow(m_stories);

    auto* actions = new QHBoxLayout;
    if (tags) {
        m_mergeTarget = new QComboBox;
        m_mergeTarget->setAccessibleName(tr("Tag to merge into"));
        m_merge = new QPushButton(tr("&Merge Into"));
        m_merge->setToolTip(tr("Move every story of this tag to the chosen tag, and delete this "
                               "one. Undo splits them again."));
        connect(m_merge, &QPushButton::clicked, this, &LabelEditor::mergeIntoChosen);
        actions->addWidget(m_merge);
        actions->addWidget(m_mergeTarget, 1);
    }
    actions->addStretch();
    m_delete = new QPushButton(tags ? tr("&Delete Tag…") : tr("&Delete Category…"));
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteLabel(); });
    actions->addWidget(m_delete);
    form->addRow(actions);
    setEnabled(false);
}

QWidget* LabelEditor::buildColourRow()
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_colours = new QButtonGroup(this);
    m_colours->setExclusive(true);
    const auto addButton = [this, layout](const QString& colour, const QString& name) {
        auto* button = new QToolButton;
        button->setIcon(colourSwatch(QColor(colour)));
        button->setAutoRaise(true);
        button->setCheckable(true); // the label's colour shows pressed
        button->setProperty("colour", colour);
        m_colours->addButton(button);
        button->setToolTip(name);
        button->setAccessibleName(name);
        connect(button, &QToolButton::clicked, this, [this, colour] { setColour(colour); });
        layout->addWidget(button);
    };
    addButton(QString(), tr("No colour"));
    for (const QString& colour : labelPalette())
        addButton(colour, tr("Colour %1").arg(colour));
    auto* custom = new QToolButton;
    custom->setText(tr("Other…"));
    connect(custom, &QToolButton::clicked, this, [this] {
        const QColor start(m_kind == Kind::Tags ? m_tag.colour : m_category.colour);
        const QColor chosen = QColorDialog::getColor(start, this, tr("Choose a Colour"));
        if (chosen.isValid())
            setColour(chosen.name());
    });
    layout->addWidget(custom);
    layout->addStretch();
    return row;
}

void LabelEditor::setLabel(int64_t id)
{
    commitPending();
    m_id = id;
    m_tag = {};
    m_category = {};
    if (m_kind == Kind::Tags) {
        if (const auto tag = m_document.bank().tag(TagId(id)))
            m_tag = *tag;
        else
            m_id = 0;
    } else {
        if (const auto category = m_document.bank().category(CategoryId(id)))
            m_category = *category;
        else
            m_id = 0;
    }
    show();
}

void LabelEditor::show()
{
    m_loading = true;
    setEnabled(m_id != 0);
    const bool tags = m_kind == Kind::Tags;
    const QString name = tags ? m_tag.name : m_category.name;
    if (m_name->text() != name)
        m_name->setText(name);
    if (m_description && m_description->text() != m_category.description)
        m_description->setText(m_category.description);
    const QString colour = tags ? m_tag.colour : m_category.colour;
    for (QAbstractButton* button : m_colours->buttons())
        button->setChecked(button->property("colour").toString() == colour);
    m_loading = false;
    showUsage();
}

void LabelEditor::showUsage()
{
    Bank& bank = m_document.bank();
    const bool tags = m_kind == Kind::Tags;
    const QList<StoryId> stories = m_id == 0 ? QList<StoryId>()
        : tags                               ? bank.storiesWithTag(TagId(m_id))
                                             : bank.storiesInCategory(CategoryId(m_id));
    QString usage = tr("On %1").arg(storiesText(int(stories.size())));
    if (!tags && m_id != 0) {
        usage = tr("%1 and %2")
                    .arg(questionsText(int(bank.questionsInCategory(CategoryId(m_id)).size())),
                        storiesText(int(stories.size())));
    }
    m_usage->setText(usage);
    m_stories->clear();
    for (StoryId story : stories) {
        const auto summary = bank.storySummary(story);
        auto* item = new QListWidgetItem(
            summary && !summary->title.trimmed().isEmpty() ? summary->title : tr("Untitled story"));
        item->setData(Qt::UserRole, QVariant::fromValue(story.value));
        m_stories->addItem(item);
    }
    if (m_mergeTarget) {
        m_mergeTarget->clear();
        for (const Tag& other : bank.tags()) {
            if (other.id.value != m_id)
                m_mergeTarget->addItem(colourSwatch(QColor(other.colour)), other.name,
                    QVariant::fromValue(other.id.value));
        }
        m_merge->setEnabled(m_mergeTarget->count() > 0);
    }
}

void LabelEditor::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_id != 0)
        showUsage();
}

void LabelEditor::fieldEdited()
{
    if (m_loading || m_id == 0)
        return;
    m_document.setPendingEdits(true);
    m_commitTimer.start();
}

void LabelEditor::commitPending()
{
    m_commitTimer.stop();
    const QString name = m_name->text().trimmed();
    if (m_id != 0 && !name.isEmpty()) { // an emptied name keeps the last one: labels need one
        if (m_kind == Kind::Tags) {
            Tag after = m_tag;
            after.name = name;
            if (!(after == m_tag)) {
                const Tag before = m_tag;
                m_tag = after;
                if (!m_document.push(
                        new EditTagCommand(m_document, before, after, tr("Rename tag")))) {
                    m_tag = before;
                    show(); // the refused name gives way to the one the bank holds
                }
            }
        } else {
            Category after = m_category;
            after.name = name;
            after.description = m_description->text();
            if (!(after == m_category)) {
                const Category before = m_category;
                m_category = after;
                if (!m_document.push(
                        new EditCategoryCommand(m_document, before, after, tr("Edit category")))) {
                    m_category = before;
                    show();
                }
            }
        }
    }
    m_document.setPendingEdits(false);
}

void LabelEditor::setColour(const QString& colour)
{
    commitPending();
    if (m_id == 0)
        return;
    if (m_kind == Kind::Tags) {
        Tag after = m_tag;
        after.colour = colour;
        if (!(after == m_tag))
            m_document.push(new EditTagCommand(m_document, m_tag, after, tr("Recolour tag")));
    } else {
        Category after = m_category;
        after.colour = colour;
        if (!(after == m_category))
            m_document.push(
                new EditCategoryCommand(m_document, m_category, after, tr("Recolour category")));
    }
}

void LabelEditor::mergeIntoChosen()
{
    commitPending();
    if (m_kind != Kind::Tags || m_id == 0 || m_mergeTarget->currentIndex() < 0)
        return;
    const TagId into(m_mergeTarget->currentData().toLongLong());
    const TagId from(m_id);
    if (m_document.push(new MergeTagsCommand(m_document, from, into)))
        setLabel(into.value); // the merged tag is gone: show the one that took its stories
}

void LabelEditor::deleteLabel(bool askFirst)
{
    commitPending();
    if (m_id == 0)
        return;
    const bool tags = m_kind == Kind::Tags;
    const int count = int(m_stories->count());
    const bool inUse =
        count > 0 || (!tags && !m_document.bank().questionsInCategory(CategoryId(m_id)).isEmpty());
    if (askFirst && inUse) {
        const QString question = tags
            ? tr("Delete the tag “%1”? It is on %2, which keep everything else.")
                  .arg(m_tag.name, storiesText(count))
            : tr("Delete the category “%1”? %2 are filed under it; they keep everything else.")
                  .arg(m_category.name, m_usage->text());
        const auto answer =
            QMessageBox::question(this, tags ? tr("Delete Tag") : tr("Delete Category"),
                question + QStringLiteral("\n\n") + tr("You can undo this."),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    if (tags)
        m_document.push(new RemoveTagCommand(m_document, TagId(m_id)));
    else
        m_document.push(new RemoveCategoryCommand(m_document, CategoryId(m_id)));
}

void LabelEditor::onBankChanged(const BankChange& change)
{
    using Entity = BankChange::Entity;
    const Entity mine = m_kind == Kind::Tags ? Entity::Tag : Entity::Category;
    if (change.entity != mine) {
        // Stories are edited while this editor is hidden: it catches up when shown again.
        if (m_id != 0 && isVisible()
            && (change.entity == Entity::Story || change.entity == Entity::Question))
            showUsage();
        return;
    }
    if (change.id != m_id) {
        if (m_id != 0)
            showUsage(); // the merge choices list the other tags
        return;
    }
    if (change.kind == BankChange::Kind::Removed) {
        m_commitTimer.stop();
        m_document.setPendingEdits(false);
        m_id = 0;
        m_tag = {};
        m_category = {};
        show();
        return;
    }
    if (!m_commitTimer.isActive()) {
        const int64_t id = m_id;
        m_id = 0; // show what the bank holds without writing what the fields hold
        setLabel(id);
    }
}

} // namespace sb::gui
