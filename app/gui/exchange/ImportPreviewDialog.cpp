#include "app/gui/exchange/ImportPreviewDialog.h"

#include "app/gui/CountText.h"
#include "core/Bank.h"
#include "core/BankError.h"
#include "core/exchange/QuestionText.h"
#include "core/model/Enums.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sb::gui {

namespace {

enum Column { What, Where, Detail, State };

// The file's own name keeps the column narrow enough for the question beside it; the whole
// path is in the tooltip.
QString place(const QString& source, int line)
{
    const QString name = QFileInfo(source).fileName();
    return line > 0 ? QStringLiteral("%1:%2").arg(name).arg(line) : name;
}

// A row whose long texts (a question, a path) can be read in full by hovering.
QTreeWidgetItem* row(QTreeWidgetItem* parent, const QStringList& texts, const QString& source)
{
    auto* item = new QTreeWidgetItem(parent, texts);
    item->setToolTip(What, texts.value(What));
    item->setToolTip(Where, QDir::toNativeSeparators(source));
    return item;
}

QString methodName(StoryMethod method)
{
    switch (method) {
    case StoryMethod::Star:
        return QStringLiteral("STAR");
    case StoryMethod::StarL:
        return QStringLiteral("STAR+L");
    case StoryMethod::Carl:
        return QStringLiteral("CARL");
    }
    return QString();
}

} // namespace

ImportPreviewDialog::ImportPreviewDialog(
    Bank& bank, const QList<ImportDocument>& documents, QWidget* parent)
    : QDialog(parent), m_headline(new QLabel(this)), m_tree(new QTreeWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import Preview"));
    resize(960, 600);
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("What"), tr("From"), tr("Details"), tr("In the bank")});
    m_tree->setAccessibleName(tr("What the import will add"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(What, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    for (int column : {Where, Detail, State})
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    QPushButton* import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* note = new QLabel(tr("Importing adds to this bank. Questions, stories, categories and "
                               "tags it already has are used as they are, never replaced."),
        this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_tree, 1);
    layout->addWidget(note);
    layout->addWidget(m_buttons);

    try {
        m_summary = bank.importDocuments(documents, true);
    } catch (const BankError& error) {
        m_failed = true;
        m_headline->setText(tr("This import cannot be made: %1").arg(error.message()));
        import->setEnabled(false);
        m_tree->hide();
        return;
    }
    fillQuestions(bank, documents);
    fillStories(bank, documents);
    fillCategories(bank, documents);
    fillWarnings();
    m_headline->setText(headline());
    import->setEnabled(canImport());
    m_tree->setFocus();
}

bool ImportPreviewDialog::canImport() const
{
    const ImportSummary& s = m_summary;
    return !m_failed
        && s.questionsAdded + s.storiesAdded + s.linksAdded + s.categoriesAdded + s.tagsAdded
            + s.interviewsAdded + s.journalAdded + s.practiceAdded
        > 0;
}

QString ImportPreviewDialog::headline() const
{
    const ImportSummary& s = m_summary;
    if (!canImport())
        return tr("Everything in these files is in the bank already: there is nothing to add.");
    QStringList parts;
    const QList<std::pair<int, QString (*)(int)>> counts {{s.questionsAdded, questionsText},
        {s.storiesAdded, storiesText}, {s.linksAdded, linksText},
        {s.categoriesAdded, categoriesText}, {s.tagsAdded, tagsText}};
    for (const auto& [count, text] : counts) {
        if (count > 0)
            parts.append(text(count));
    }
    const int records = s.interviewsAdded + s.journalAdded + s.practiceAdded;
    if (records > 0)
        parts.append(tr("%1 interview, journal and practice records").arg(records));
    QString text = tr("This import will add %1.").arg(parts.join(QStringLiteral(", ")));
    if (s.questionsReused + s.storiesReused > 0)
        text += QLatin1Char(' ')
            + tr("%1 and %2 are in the bank already and will be used as they are.")
                  .arg(questionsText(s.questionsReused), storiesText(s.storiesReused));
    if (!s.warnings.isEmpty())
        text +=
            QLatin1Char(' ') + tr("See the %1 below.").arg(warningsText(int(s.warnings.size())));
    return text;
}

QTreeWidgetItem* ImportPreviewDialog::group(const QString& title)
{
    auto* item = new QTreeWidgetItem(m_tree, {title});
    QFont bold = item->font(What);
    bold.setBold(true);
    item->setFont(What, bold);
    item->setFirstColumnSpanned(true);
    item->setExpanded(true);
    return item;
}

void ImportPreviewDialog::fillQuestions(const Bank& bank, const QList<ImportDocument>& documents)
{
    QSet<QString> known;
    for (const Question& question : bank.questions())
        known.insert(normalisedQuestionText(question.text));
    QTreeWidgetItem* questions = nullptr;
    int count = 0;
    for (const ImportDocument& document : documents) {
        for (const ImportedQuestion& imported : document.questions) {
            const QString key = normalisedQuestionText(imported.question.text);
            const bool inBank = known.contains(key);
            known.insert(key); // a later mention of the same question is the same question
            if (!questions)
                questions = group(QString());
            row(questions,
                {imported.question.text, place(document.source, imported.line),
                    imported.categoryNames.join(QStringLiteral(", ")),
                    inBank ? tr("Already there") : tr("New")},
                document.source);
            ++count;
        }
    }
    if (questions)
        questions->setText(What, tr("Questions (%1)").arg(count));
}

void ImportPreviewDialog::fillStories(const Bank& bank, const QList<ImportDocument>& documents)
{
    QSet<QString> known;
    for (const StorySummary& story : bank.storySummaries())
        known.insert(story.title.toCaseFolded().simplified());
    QTreeWidgetItem* stories = nullptr;
    int count = 0;
    for (const ImportDocument& document : documents) {
        for (const ImportedStory& imported : document.stories) {
            const QString key = imported.story.title.toCaseFolded().simplified();
            const bool inBank = known.contains(key);
            known.insert(key);
            const QString links = linksText(int(imported.links.size()));
            const QString detail = imported.reference
                ? tr("named only, %1").arg(links)
                : tr("%1, %2").arg(methodName(imported.story.method), links);
            if (!stories)
                stories = group(QString());
            row(stories,
                {imported.story.title, place(document.source, imported.line), detail,
                    inBank ? tr("Already there") : tr("New")},
                document.source);
            ++count;
        }
    }
    if (stories)
        stories->setText(What, tr("Stories (%1)").arg(count));
}

void ImportPreviewDialog::fillCategories(const Bank& bank, const QList<ImportDocument>& documents)
{
    QSet<QString> known;
    for (const Category& category : bank.categories())
        known.insert(category.name.toCaseFolded());
    QStringList added;
    const auto consider = [&](const QString& name) {
        if (name.trimmed().isEmpty() || known.contains(name.toCaseFolded()))
            return;
        known.insert(name.toCaseFolded());
        added.append(name);
    };
    for (const ImportDocument& document : documents) {
        for (const Category& category : document.categories)
            consider(category.name);
        for (const ImportedQuestion& question : document.questions)
            for (const QString& name : question.categoryNames)
                consider(name);
        for (const ImportedStory& story : document.stories)
            for (const QString& name : story.categoryNames)
                consider(name);
    }
    if (added.isEmpty())
        return;
    QTreeWidgetItem* categories = group(tr("New categories (%1)").arg(added.size()));
    for (const QString& name : std::as_const(added))
        new QTreeWidgetItem(categories, {name, QString(), QString(), tr("New")});
}

void ImportPreviewDialog::fillWarnings()
{
    if (m_summary.warnings.isEmpty())
        return;
    QTreeWidgetItem* warnings = group(tr("Warnings (%1)").arg(m_summary.warnings.size()));
    for (const ImportWarning& warning : std::as_const(m_summary.warnings))
        row(warnings, {warning.message, place(warning.source, warning.line)}, warning.source);
}

} // namespace sb::gui
