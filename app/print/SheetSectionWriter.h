#pragma once

#include "app/print/SheetFormats.h"
#include "core/sheet/CheatSheet.h"

#include <QTextCursor>

namespace sb::print {

// One block of a sheet that stays together in a column: a category with its stories, or one of
// the optional blocks after them.
struct SheetSection {
    enum class Kind { Category, Pitch, PreparedAnswers, QuestionsToAsk };
    Kind kind = Kind::Category;
    int category = -1; // index into CheatSheet::categories, for Kind::Category

    // The sections of a (trimmed) sheet, in reading order; categories without stories left out.
    static QList<SheetSection> of(const CheatSheet& sheet);
};

// Writes sheet content as paragraphs at a cursor that stands in an empty paragraph (a new
// document or table cell). All user text goes in as plain text, never as markup.
class SheetSectionWriter {
public:
    SheetSectionWriter(const QTextCursor& cursor, const SheetFormats& formats);

    void writeHeader(const QString& title, const QString& subtitle);
    void writeSection(const CheatSheet& sheet, const SheetSection& section);
    void writeNote(const QString& note);

private:
    void writeCategory(const SheetCategory& category);
    void writeStory(const SheetStory& story, const QColor& accent);
    void writeHeading(const QString& name, const QColor& accent);
    void writePitch(const QString& pitch);
    void writePreparedAnswers(const QList<SheetAnswer>& answers);
    void writeQuestionsToAsk(const QStringList& questions);
    void writeBullets(const QStringList& items, const QTextCharFormat& format);
    void startParagraph(const QTextBlockFormat& block, const QTextCharFormat& text);

    QTextCursor m_cursor;
    const SheetFormats& m_formats;
    bool m_inFreshParagraph = true;
};

} // namespace sb::print
