#pragma once

#include "core/model/BankChange.h"
#include "core/model/BankStats.h"
#include "core/model/Id.h"
#include "core/model/Interview.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QSet>
#include <QTimer>

#include <functional>

namespace sb::gui {

class BankDocument;

// The navigator's tree: Stories, Questions (grouped by category, each question marked when a
// story answers it), Categories and Tags, with counts; below them, how much practice is due
// today (activating that node is the window's cue to open the flashcards). Follows the bank's
// changes node by node. A story dropped on a question links it; dropped on a category, files it
// there (both undoable commands).
class NavigatorModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum class Section { Stories, Questions, Categories, Tags, Interviews, Journal };
    enum class NodeKind { None, Section, Category, Question, Practice, Interview, StoryMaterial };
    struct Node {
        NodeKind kind = NodeKind::None;
        Section section = Section::Stories;
        CategoryId category; // invalid in the "No category" group
        QuestionId question;
        InterviewId interview;
    };

    explicit NavigatorModel(BankDocument& document, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // The questions are read when the Questions section is first expanded (or a node in it is
    // asked for), not while the window is being built: a big bank has tens of thousands.
    bool hasChildren(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
        const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
        const QModelIndex& parent) override;

    Node nodeAt(const QModelIndex& index) const;
    QModelIndex sectionIndex(Section section) const;
    QModelIndex practiceIndex() const;
    int dueCount() const { return m_due; }
    // The clock that says what "today" is (tests set their own).
    void setClock(std::function<QDateTime()> now);
    // These read the questions first if they have not been read yet.
    QModelIndex categoryIndex(CategoryId category);
    QModelIndex questionIndex(CategoryId group, QuestionId question);
    // An interview's row under Interviews (NavigatorModelInterviews.cpp).
    QModelIndex interviewIndex(InterviewId interview) const;
    // Journal ▸ Story material: the entries not yet written as stories (NavigatorModelJournal.cpp).
    QModelIndex storyMaterialIndex() const;
    int storyMaterialCount() const { return m_storyMaterial; }

signals:
    // Emitted before a drop writes, so editors write what is typed first.
    void aboutToWrite();

private:
    struct QuestionRow {
        QuestionId id;
        QString text;
    };
    struct Group {
        CategoryId category; // invalid: questions filed under no category
        QString name;
        QString colour;
        QList<QuestionRow> questions;
    };

    void loadQuestions();
    int groupRow(CategoryId category) const;
    int orderOf(CategoryId category) const; // where a category's group belongs
    void sectionCountsChanged();
    void onQuestionChanged(QuestionId id);
    void onCategoryChanged(const BankChange& change);
    void onLinkChanged(QuestionId question);
    void insertGroup(int row, const Group& group);
    void removeGroup(int row);
    void onBankChanged(const BankChange& change);
    // Practice logged, or stories and questions removed and their practice with them.
    void followPractice(const BankChange& change);
    void startCountingDue();
    void updateDue();
    void armDayTimer();
    QVariant practiceData(int role) const;
    // Interviews, upcoming first (interviewtext::upcomingFirst), re-sorted as dates pass.
    void loadInterviews();
    void onInterviewChanged(const BankChange& change);
    void reorderInterviews();
    QVariant interviewData(int row, int role) const;
    // Entries added, removed, promoted or un-promoted (a story removed takes its reference).
    void followJournal(const BankChange& change);
    void countStoryMaterial();
    QVariant storyMaterialData(int role) const;

    BankDocument& m_document;
    bool m_questionsLoaded = false;
    QList<Group> m_groups; // empty until the questions are loaded
    QSet<QuestionId> m_answered;
    BankStats m_stats; // the section counts
    int m_due = 0; // practice items due on m_dueDay
    QDate m_dueDay;
    QTimer m_recount; // many changes at once (an import) are counted once
    QTimer m_dayTimer; // what is due changes at midnight too
    std::function<QDateTime()> m_now = &QDateTime::currentDateTime;
    QList<Interview> m_interviews;
    int m_storyMaterial = 0; // journal entries not yet promoted
};

} // namespace sb::gui
