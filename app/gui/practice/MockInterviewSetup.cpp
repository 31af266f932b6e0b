#include "app/gui/practice/MockInterviewSetup.h"

#include "app/gui/CountText.h"
#include "app/gui/practice/AnswerRecorder.h"
#include "core/Bank.h"
#include "core/analysis/SpeakingTime.h"

#include <QBoxLayout>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTimeEdit>

#include <algorithm>

namespace sb::gui {

namespace {

const QString kCountKey = QStringLiteral("practice/mockQuestionCount");
const QString kSecondsKey = QStringLiteral("practice/mockAnswerSeconds");
const QString kRecordKey = QStringLiteral("practice/mockRecordAnswers");
const QString kSourceKey = QStringLiteral("practice/mockSource");
// By name: ids differ from bank to bank, names mean the same in each.
const QString kCategoriesKey = QStringLiteral("practice/mockCategories");
const QString kChosenSource = QStringLiteral("categories");
const QString kDueSource = QStringLiteral("due");
const QString kInterviewSource = QStringLiteral("interview");
constexpr int kDefaultQuestionCount = 5;
constexpr int kNameRole = Qt::UserRole + 1;

} // namespace

MockInterviewSetup::MockInterviewSetup(const Bank& bank, QWidget* parent) : QWidget(parent)
{
    auto* heading = new QLabel(tr("<h2>Mock interview</h2>"
                                  "<p>Questions come one at a time, as an interviewer would ask "
                                  "them. Answer out loud, then see the stories you prepared and "
                                  "say how it went.</p>"));
    heading->setWordWrap(true);

    m_all = new QRadioButton(tr("Any question in the bank"));
    m_chosen = new QRadioButton(tr("Questions in these categories:"));
    const QList<practice::DueItem> due = bank.duePractice(QDate::currentDate());
    const auto dueQuestions = std::count_if(
        due.cbegin(), due.cend(), [](const auto& item) { return item.item.isQuestion(); });
    m_due = new QRadioButton(tr("Questions due for practice today (%1)").arg(dueQuestions));
    m_due->setEnabled(dueQuestions > 0);
    m_sources = new QButtonGroup(this);
    m_sources->addButton(m_all);
    m_sources->addButton(m_chosen);
    m_sources->addButton(m_due);
    m_atInterview = new QRadioButton(tr("Questions expected at an &interview:"));
    m_sources->addButton(m_atInterview);
    m_categories = new QListWidget;
    fillCategories(bank);
    m_interviews = new QComboBox;
    m_interviews->setAccessibleName(tr("Interview"));
    fillInterviews(bank);

    m_count = new QSpinBox;
    m_count->setRange(1, 30);
    m_answerTime = new QTimeEdit;
    m_answerTime->setDisplayFormat(QStringLiteral("m:ss"));
    m_answerTime->setTimeRange(QTime(0, 0, 30), QTime(0, 10, 0));
    m_answerTime->setCurrentSection(QDateTimeEdit::MinuteSection);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Questions:"), m_count);
    form->addRow(tr("&Time for each answer:"), m_answerTime);

    m_record = new QCheckBox(tr("&Record my answers, to listen to them afterwards"));
    // Hidden, not greyed out, without a microphone: nothing the user could do would enable it.
    m_record->setVisible(AnswerRecorder::isAvailable());

    m_start = new QPushButton(tr("Start the Interview"));
    m_start->setDefault(true);
    connect(m_start, &QPushButton::clicked, this, [this] {
        remember();
        emit startRequested();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_all);
    layout->addWidget(m_chosen);
    layout->addWidget(m_categories, 1);
    layout->addWidget(m_due);
    layout->addWidget(m_atInterview);
    layout->addWidget(m_interviews);
    layout->addLayout(form);
    layout->addWidget(m_record);
    layout->addWidget(m_start, 0, Qt::AlignRight);

    connect(m_sources, &QButtonGroup::buttonToggled, this, &MockInterviewSetup::updateEnabled);
    connect(m_categories, &QListWidget::itemChanged, this, &MockInterviewSetup::updateEnabled);
    const QSettings settings;
    const QString source = settings.value(kSourceKey).toString();
    QRadioButton* remembered = source == kChosenSource ? m_chosen
        : source == kDueSource                         ? m_due
        : source == kInterviewSource                   ? m_atInterview
                                                       : m_all;
    (remembered->isEnabled() ? remembered : m_all)->setChecked(true);
    const QStringList chosen = settings.value(kCategoriesKey).toStringList();
    for (int row = 0; row < m_categories->count(); ++row) {
        QListWidgetItem* item = m_categories->item(row);
        if (chosen.contains(item->data(kNameRole).toString()))
            item->setCheckState(Qt::Checked);
    }
    m_record->setChecked(settings.value(kRecordKey, false).toBool());
    m_count->setValue(settings.value(kCountKey, kDefaultQuestionCount).toInt());
    m_answerTime->setTime(
        QTime(0, 0).addSecs(settings.value(kSecondsKey, speakingtime::kTargetSeconds).toInt()));
    updateEnabled();
}

// Each category with how many questions it holds, so an empty one is not a surprise.
void MockInterviewSetup::fillCategories(const Bank& bank)
{
    QHash<int64_t, int> asked;
    for (const QuestionSummary& question : bank.questionSummaries())
        if (question.kind != QuestionKind::ToAsk)
            for (CategoryId category : question.categories)
                ++asked[category.value];
    for (const Category& category : bank.categories()) {
        auto* item = new QListWidgetItem(tr("%1 (%2)", "category name and its number of questions")
                                             .arg(category.name)
                                             .arg(asked.value(category.id.value)),
            m_categories);
        item->setData(Qt::UserRole, QVariant::fromValue(category.id.value));
        item->setData(kNameRole, category.name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        // Shown, so the list matches the bank's, but nothing in it could be asked.
        if (asked.value(category.id.value) == 0)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        item->setCheckState(Qt::Unchecked);
    }
}

// The interviews that expect questions, the next one first and chosen: upcoming ones by date,
// then undated, then past ones, latest first. Not remembered between sittings, since the
// next interview is the one to rehearse.
void MockInterviewSetup::fillInterviews(const Bank& bank)
{
    const QDateTime now = QDateTime::currentDateTime();
    QList<Interview> upcoming, undated, past;
    for (const Interview& interview : bank.interviews()) {
        if (interview.questions.isEmpty())
            continue;
        if (!interview.scheduled.isValid())
            undated.append(interview);
        else if (interview.scheduled.addSecs(3600) >= now)
            upcoming.append(interview);
        else
            past.prepend(interview);
    }
    for (const Interview& interview : upcoming + undated + past) {
        QStringList parts {interview.company};
        if (!interview.role.isEmpty())
            parts.append(interview.role);
        if (interview.scheduled.isValid())
            parts.append(QLocale().toString(interview.scheduled.date(), QLocale::ShortFormat));
        m_interviews->addItem(tr("%1 (%2)", "an interview, its number of questions")
                                  .arg(parts.join(QStringLiteral(" · ")),
                                      questionsText(int(interview.questions.size()))),
            QVariant::fromValue(interview.id.value));
    }
    m_atInterview->setEnabled(m_interviews->count() > 0);
}

practice::MockInterviewRequest MockInterviewSetup::request() const
{
    using Source = practice::MockInterviewRequest::Source;
    practice::MockInterviewRequest request;
    request.source = m_due->isChecked() ? Source::DueToday
        : m_chosen->isChecked()         ? Source::Categories
        : m_atInterview->isChecked()    ? Source::Interview
                                        : Source::AllQuestions;
    request.interview = InterviewId(m_interviews->currentData().toLongLong());
    for (int row = 0; row < m_categories->count(); ++row)
        if (m_categories->item(row)->checkState() == Qt::Checked)
            request.categories.append(
                CategoryId(m_categories->item(row)->data(Qt::UserRole).toLongLong()));
    request.questionCount = m_count->value();
    return request;
}

bool MockInterviewSetup::recordsAnswers() const
{
    return AnswerRecorder::isAvailable() && m_record->isChecked();
}

int MockInterviewSetup::answerSeconds() const
{
    return QTime(0, 0).secsTo(m_answerTime->time());
}

void MockInterviewSetup::setRequest(const practice::MockInterviewRequest& request, int seconds)
{
    using Source = practice::MockInterviewRequest::Source;
    m_all->setChecked(request.source == Source::AllQuestions);
    m_chosen->setChecked(request.source == Source::Categories);
    m_due->setChecked(request.source == Source::DueToday);
    m_atInterview->setChecked(request.source == Source::Interview);
    if (const int row = m_interviews->findData(QVariant::fromValue(request.interview.value));
        row >= 0)
        m_interviews->setCurrentIndex(row);
    for (int row = 0; row < m_categories->count(); ++row) {
        QListWidgetItem* item = m_categories->item(row);
        const CategoryId id(item->data(Qt::UserRole).toLongLong());
        item->setCheckState(request.categories.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    m_count->setValue(request.questionCount);
    m_answerTime->setTime(QTime(0, 0).addSecs(seconds));
    updateEnabled();
}

void MockInterviewSetup::updateEnabled()
{
    m_categories->setEnabled(m_chosen->isChecked());
    m_interviews->setEnabled(m_atInterview->isChecked());
    const bool categoryChosen = !request().categories.isEmpty();
    m_start->setEnabled(!m_chosen->isChecked() || categoryChosen);
}

void MockInterviewSetup::remember() const
{
    QSettings settings;
    settings.setValue(kCountKey, m_count->value());
    settings.setValue(kSecondsKey, answerSeconds());
    settings.setValue(kRecordKey, m_record->isChecked());
    settings.setValue(kSourceKey,
        m_chosen->isChecked()            ? kChosenSource
            : m_due->isChecked()         ? kDueSource
            : m_atInterview->isChecked() ? kInterviewSource
                                         : QStringLiteral("all"));
    QStringList chosen;
    for (int row = 0; row < m_categories->count(); ++row)
        if (m_categories->item(row)->checkState() == Qt::Checked)
            chosen.append(m_categories->item(row)->data(kNameRole).toString());
    settings.setValue(kCategoriesKey, chosen);
}

} // namespace sb::gui
