#include "app/gui/sheet/SheetOptionsPanel.h"

#include "app/gui/ColourSwatch.h"
#include "app/gui/interview/InterviewText.h"
#include "core/Bank.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sb::gui {

SheetOptionsPanel::SheetOptionsPanel(const Bank& bank, QWidget* parent)
    : QWidget(parent), m_bank(bank)
{
    m_interview = new QComboBox;
    m_interview->setAccessibleName(tr("Interview"));
    listInterviews();
    m_title = new QLineEdit;
    m_title->setPlaceholderText(QFileInfo(bank.path()).completeBaseName());
    m_title->setAccessibleName(tr("Heading"));
    m_readyOnly = new QCheckBox(tr("Only stories marked &ready"));
    m_readyOnly->setChecked(true);
    m_perCategory = new QSpinBox;
    m_perCategory->setRange(1, 3);
    m_perCategory->setValue(3);
    m_perCategory->setAccessibleName(tr("Stories per category"));

    m_categories = labelList(tr("Categories"));
    for (const Category& category : bank.categories()) {
        auto* item = new QListWidgetItem(colourSwatch(QColor(category.colour)), category.name);
        item->setData(Qt::UserRole, QVariant::fromValue(category.id.value));
        m_categories->addItem(item);
    }
    m_tags = labelList(tr("Tags"));
    for (const Tag& tag : bank.tags()) {
        auto* item = new QListWidgetItem(colourSwatch(QColor(tag.colour)), tag.name);
        item->setData(Qt::UserRole, QVariant::fromValue(tag.id.value));
        m_tags->addItem(item);
    }

    m_pitch = new QCheckBox(tr("“Tell me about yourself”"));
    m_answers = new QCheckBox(tr("Prepared answers"));
    m_toAsk = new QCheckBox(tr("Questions to ask"));
    for (QCheckBox* block : {m_pitch, m_answers, m_toAsk})
        block->setChecked(true);

    m_paper = new QComboBox;
    m_paper->setAccessibleName(tr("Paper"));
    m_paper->addItem(tr("A4"), int(print::SheetPaper::A4));
    m_paper->addItem(tr("Letter"), int(print::SheetPaper::Letter));
    m_paper->setCurrentIndex(m_paper->findData(int(print::SheetStyle::defaultPaper())));
    m_columns = new QComboBox;
    m_columns->setAccessibleName(tr("Columns"));
    m_columns->addItem(tr("Two columns"), 2);
    m_columns->addItem(tr("One column"), 1);
    m_pages = new QSpinBox;
    m_pages->setRange(1, 4);
    m_pages->setAccessibleName(tr("Pages"));

    auto* form = new QFormLayout;
    auto* outer = new QVBoxLayout(this);
    outer->addLayout(form);
    outer->addStretch(); // rows stay together at the top of a tall window
    form->addRow(tr("&Interview"), m_interview);
    form->addRow(tr("&Heading"), m_title);
    form->addRow(m_readyOnly);
    form->addRow(tr("Stories per &category"), m_perCategory);
    form->addRow(tr("Categories (none ticked: all)"), m_categories);
    form->addRow(tr("Tags (none ticked: any)"), m_tags);
    form->addRow(tr("Also"), m_pitch);
    form->addRow(QString(), m_answers);
    form->addRow(QString(), m_toAsk);
    form->addRow(tr("&Paper"), m_paper);
    form->addRow(tr("C&olumns"), m_columns);
    form->addRow(tr("Pa&ges"), m_pages);

    connect(m_title, &QLineEdit::textChanged, this, &SheetOptionsPanel::changed);
    for (QCheckBox* box : {m_readyOnly, m_pitch, m_answers, m_toAsk})
        connect(box, &QCheckBox::toggled, this, &SheetOptionsPanel::changed);
    for (QSpinBox* spin : {m_perCategory, m_pages})
        connect(spin, &QSpinBox::valueChanged, this, &SheetOptionsPanel::changed);
    for (QComboBox* combo : {m_interview, m_paper, m_columns})
        connect(combo, &QComboBox::currentIndexChanged, this, &SheetOptionsPanel::changed);
    connect(&bank, &Bank::changed, this, [this](const BankChange& change) {
        if (change.entity == BankChange::Entity::Interview)
            listInterviews();
    });
}

void SheetOptionsPanel::listInterviews()
{
    const std::optional<InterviewId> chosen = interview();
    {
        // Renaming or adding an interview does not change the sheet; losing the chosen one
        // does, and is announced below.
        const QSignalBlocker quiet(m_interview);
        m_interview->clear();
        m_interview->addItem(tr("None: the whole bank"));
        const QDate today = QDate::currentDate();
        for (const Interview& interview : interviewtext::upcomingFirst(m_bank.interviews(), today))
            m_interview->addItem(interviewtext::navigatorText(interview, today),
                QVariant::fromValue(interview.id.value));
        m_interview->setCurrentIndex(
            chosen ? std::max(0, m_interview->findData(QVariant::fromValue(chosen->value))) : 0);
    }
    if (chosen && interview() != chosen)
        emit changed();
}

std::optional<InterviewId> SheetOptionsPanel::interview() const
{
    const QVariant id = m_interview->currentData();
    if (!id.isValid())
        return std::nullopt;
    return InterviewId(id.toLongLong());
}

void SheetOptionsPanel::setInterview(std::optional<InterviewId> interview)
{
    m_interview->setCurrentIndex(
        interview ? std::max(0, m_interview->findData(QVariant::fromValue(interview->value))) : 0);
}

QListWidget* SheetOptionsPanel::labelList(const QString& name)
{
    auto* list = new QListWidget;
    list->setAccessibleName(name);
    list->setIconSize(QSize(12, 12));
    list->setMaximumHeight(list->fontMetrics().height() * 8);
    connect(list, &QListWidget::itemChanged, this, &SheetOptionsPanel::changed);
    // Items are made checkable as they are added; unticked means "not chosen".
    connect(list->model(), &QAbstractItemModel::rowsInserted, list,
        [list](const QModelIndex&, int first, int last) {
            const QSignalBlocker quiet(list);
            for (int row = first; row <= last; ++row) {
                list->item(row)->setFlags(list->item(row)->flags() | Qt::ItemIsUserCheckable);
                list->item(row)->setCheckState(Qt::Unchecked);
            }
        });
    return list;
}

SheetRequest SheetOptionsPanel::request() const
{
    SheetRequest request;
    request.title = m_title->text().trimmed();
    request.interview = interview();
    request.readyOnly = m_readyOnly->isChecked();
    request.storiesPerCategory = m_perCategory->value();
    for (int row = 0; row < m_categories->count(); ++row) {
        if (m_categories->item(row)->checkState() == Qt::Checked)
            request.categories.append(
                CategoryId(m_categories->item(row)->data(Qt::UserRole).toLongLong()));
    }
    for (int row = 0; row < m_tags->count(); ++row) {
        if (m_tags->item(row)->checkState() == Qt::Checked)
            request.tags.append(TagId(m_tags->item(row)->data(Qt::UserRole).toLongLong()));
    }
    request.includePitch = m_pitch->isChecked();
    request.includePreparedAnswers = m_answers->isChecked();
    request.includeQuestionsToAsk = m_toAsk->isChecked();
    return request;
}

print::SheetStyle SheetOptionsPanel::style() const
{
    print::SheetStyle style;
    style.paper = print::SheetPaper(m_paper->currentData().toInt());
    style.columns = m_columns->currentData().toInt();
    return style;
}

int SheetOptionsPanel::pages() const
{
    return m_pages->value();
}

} // namespace sb::gui
