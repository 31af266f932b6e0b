#include "app/gui/writing/SpellChecker.h"
#include "app/gui/StoryEditor.h"
#include "app/gui/writing/SpellHighlighter.h"
#include "app/gui/writing/WritingAids.h"
#include "tests/gui/DocumentTest.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QUndoStack>

#include <memory>

namespace sb::test {
namespace {

using namespace sb::gui;

// The system's en_US dictionary (hunspell-en-us, installed by packaging/install-deps.sh) and a
// personal dictionary in a temporary folder, so nothing depends on the user's home.
class SpellCheckerTest : public ::testing::Test {
protected:
    SpellChecker::Options englishOptions() const
    {
        SpellChecker::Options options;
        options.dictionaryFolders = {QStringLiteral("/usr/share/hunspell")};
        options.language = QStringLiteral("en_US");
        options.personalDictionaryPath = personalPath();
        return options;
    }
    SpellChecker::Options noDictionaryOptions() const
    {
        SpellChecker::Options options = englishOptions();
        options.dictionaryFolders = {m_dir.filePath(QStringLiteral("nothing-here"))};
        return options;
    }
    QString personalPath() const { return m_dir.filePath(QStringLiteral("personal.txt")); }
    QString folder(const QString& name) const
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(path);
        return path;
    }
    static void copyEnglishAs(const QString& folder, const QString& name)
    {
        for (const QString& extension : {QStringLiteral(".aff"), QStringLiteral(".dic")})
            QFile::copy(QStringLiteral("/usr/share/hunspell/en_US") + extension,
                folder + u'/' + name + extension);
    }
    // The words the highlighter underlined in the document's first paragraph.
    static QStringList underlined(const QTextDocument& document)
    {
        QCoreApplication::processEvents(); // a new highlighter starts on the next turn
        QStringList words;
        const QTextBlock block = document.firstBlock();
        for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
            if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                words.append(block.text().mid(range.start, range.length));
        }
        return words;
    }
    static QStringList actionTexts(const QMenu& menu)
    {
        QStringList texts;
        for (const QAction* action : menu.actions())
            texts.append(action->isSeparator() ? QStringLiteral("--") : action->text());
        return texts;
    }

    QTemporaryDir m_dir;
};

TEST_F(SpellCheckerTest, EnglishDictionaryKnowsCorrectAndMisspeltWords)
{
    const SpellChecker checker(englishOptions());
    ASSERT_TRUE(checker.isAvailable());
    EXPECT_EQ(checker.dictionaryName(), QStringLiteral("en_US"));
    for (const char* word : {"interview", "stakeholders", "didn't", "Monday"})
        EXPECT_TRUE(checker.isCorrect(QString::fromUtf8(word))) << word;
    EXPECT_TRUE(checker.isCorrect(QStringLiteral("didn’t"))) << "the typographic apostrophe";
    for (const char* word : {"recieve", "teh", "stakehodlers"})
        EXPECT_FALSE(checker.isCorrect(QString::fromUtf8(word))) << word;
}

TEST_F(SpellCheckerTest, SuggestsTheIntendedWord)
{
    const SpellChecker checker(englishOptions());
    EXPECT_TRUE(checker.suggestions(QStringLiteral("recieve")).contains(u"receive"));
    EXPECT_TRUE(checker.suggestions(QStringLiteral("stakehodlers")).contains(u"stakeholders"));
}

TEST_F(SpellCheckerTest, PersonalDictionaryPersistsAcrossInstances)
{
    const QString word = QStringLiteral("Zorblaxify");
    {
        SpellChecker checker(englishOptions());
        ASSERT_FALSE(checker.isCorrect(word));
        checker.addToPersonalDictionary(word);
        EXPECT_TRUE(checker.isCorrect(word));
        EXPECT_TRUE(checker.isInPersonalDictionary(word));
    }
    QFile file(personalPath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("Zorblaxify\n"));

    const SpellChecker nextRun(englishOptions());
    EXPECT_TRUE(nextRun.isCorrect(word));
    SpellChecker::Options elsewhere = englishOptions();
    elsewhere.personalDictionaryPath = m_dir.filePath(QStringLiteral("other.txt"));
    EXPECT_FALSE(SpellChecker(elsewhere).isCorrect(word));
}

TEST_F(SpellCheckerTest, LoadingInTheBackgroundUnderlinesOnceTheDictionaryIsIn)
{
    SpellChecker checker(englishOptions(), SpellChecker::Loading::InBackground);
    QSignalSpy loaded(&checker, &SpellChecker::dictionaryLoaded);
    QTextDocument document(QStringLiteral("We recieve Zorblaxify"));
    SpellHighlighter highlighter(&checker, &document);
    // A word the user adds while the dictionary loads is not lost when it arrives.
    checker.addToPersonalDictionary(QStringLiteral("Zorblaxify"));
    // Until the event loop delivers the dictionary, nothing is judged.
    ASSERT_TRUE(checker.isLoading());
    EXPECT_FALSE(checker.isAvailable());
    EXPECT_TRUE(checker.isCorrect(QStringLiteral("recieve"))) << "no verdict without a dictionary";
    EXPECT_TRUE(SpellHighlighter::misspeltWords(&checker, document.toPlainText()).isEmpty());
    ASSERT_TRUE(loaded.wait());
    EXPECT_FALSE(checker.isLoading());
    EXPECT_EQ(checker.dictionaryName(), QStringLiteral("en_US"));
    EXPECT_TRUE(checker.isCorrect(QStringLiteral("Zorblaxify")));
    EXPECT_TRUE(checker.suggestions(QStringLiteral("Zorblaxifi")).contains(u"Zorblaxify"));
    EXPECT_EQ(underlined(document), QStringList {QStringLiteral("recieve")});
}

TEST_F(SpellCheckerTest, BackgroundLoadWithoutADictionaryStillFinishes)
{
    SpellChecker checker(noDictionaryOptions(), SpellChecker::Loading::InBackground);
    ASSERT_TRUE(checker.isLoading());
    ASSERT_TRUE(QSignalSpy(&checker, &SpellChecker::dictionaryLoaded).wait());
    EXPECT_FALSE(checker.isLoading());
    EXPECT_FALSE(checker.isAvailable());
    EXPECT_TRUE(checker.isCorrect(QStringLiteral("recieve")));
}

TEST_F(SpellCheckerTest, PrefersTheLocaleThenItsLanguageThenEnglishThenAnything)
{
    const QString dicts = folder(QStringLiteral("dicts"));
    copyEnglishAs(dicts, QStringLiteral("xx_YY"));
    copyEnglishAs(dicts, QStringLiteral("en_US"));
    // Hyphenation patterns are .dic files without an .aff: not a dictionary.
    QFile::copy(QStringLiteral("/usr/share/hunspell/en_US.dic"), dicts + u"/hyph_fr_FR.dic");
    SpellChecker::Options options = englishOptions();
    options.dictionaryFolders = {dicts};

    options.language = QStringLiteral("xx_YY");
    EXPECT_EQ(SpellChecker(options).dictionaryName(), QStringLiteral("xx_YY"));
    options.language = QStringLiteral("xx_ZZ");
    EXPECT_EQ(SpellChecker(options).dictionaryName(), QStringLiteral("xx_YY"));
    options.language = QStringLiteral("fr_FR");
    EXPECT_EQ(SpellChecker(options).dictionaryName(), QStringLiteral("en_US"));

    const QString onlyOne = folder(QStringLiteral("only-one"));
    copyEnglishAs(onlyOne, QStringLiteral("xx_YY"));
    options.dictionaryFolders = {onlyOne};
    EXPECT_EQ(SpellChecker(options).dictionaryName(), QStringLiteral("xx_YY"));
}

TEST_F(SpellCheckerTest, DictionaryInItsOwnEncodingIsConverted)
{
    // A Latin-1 dictionary, as many older Hunspell dictionaries still are.
    const QString latin = folder(QStringLiteral("latin1"));
    QFile aff(latin + u"/xx_LA.aff");
    ASSERT_TRUE(aff.open(QIODevice::WriteOnly));
    aff.write("SET ISO8859-1\nTRY aeiouc\xe9\xef\n");
    aff.close();
    QFile dic(latin + u"/xx_LA.dic");
    ASSERT_TRUE(dic.open(QIODevice::WriteOnly));
    dic.write("2\ncaf\xe9\nna\xefve\n");
    dic.close();
    SpellChecker::Options options = englishOptions();
    options.dictionaryFolders = {latin};
    const SpellChecker checker(options);
    ASSERT_TRUE(checker.isAvailable());
    EXPECT_TRUE(checker.isCorrect(QStringLiteral("café")));
    EXPECT_TRUE(checker.isCorrect(QStringLiteral("naïve")));
    EXPECT_FALSE(checker.isCorrect(QStringLiteral("cafè")));
    EXPECT_TRUE(checker.suggestions(QStringLiteral("cafè")).contains(u"café"));
    EXPECT_TRUE(checker.isCorrect(QStringLiteral("Привет"))) << "not this dictionary's alphabet";
}

TEST_F(SpellCheckerTest, WithoutADictionaryItIsUnavailableAndMarksNothing)
{
    SpellChecker checker(noDictionaryOptions());
    EXPECT_FALSE(checker.isAvailable());
    EXPECT_TRUE(checker.isCorrect(QStringLiteral("recieve")));
    EXPECT_TRUE(checker.suggestions(QStringLiteral("recieve")).isEmpty());

    QTextDocument document(QStringLiteral("I recieve teh report"));
    SpellHighlighter highlighter(&checker, &document);
    QCoreApplication::processEvents();
    EXPECT_TRUE(document.firstBlock().layout()->formats().isEmpty());

    QPlainTextEdit edit(QStringLiteral("recieve"));
    QMenu* menu = WritingAids::attach(&edit, &checker)->createContextMenu(2, QPoint());
    EXPECT_FALSE(actionTexts(*menu).contains(u"Add to Dictionary"));
    delete menu;
}

TEST_F(SpellCheckerTest, HighlighterMarksExactlyTheMisspeltWords)
{
    SpellChecker checker(englishOptions());
    QTextDocument document(QStringLiteral("I recieve teh NASA report from jane@exampel.com "
                                          "at https://exampel.com/wrogn on the 3rd, didn't I? "
                                          "The stakehodlers’ view."));
    SpellHighlighter highlighter(&checker, &document);
    EXPECT_EQ(underlined(document),
        QStringList(
            {QStringLiteral("recieve"), QStringLiteral("teh"), QStringLiteral("stakehodlers")}));

    const QString text = document.firstBlock().text();
    const QList<SpellHighlighter::WordRange> expected {{int(text.indexOf(u"recieve")), 7},
        {int(text.indexOf(u"teh")), 3}, {int(text.indexOf(u"stakehodlers")), 12}};
    EXPECT_EQ(SpellHighlighter::misspeltWords(&checker, text), expected);
}

TEST_F(SpellCheckerTest, WordAddedToTheDictionaryLosesItsUnderline)
{
    SpellChecker checker(englishOptions());
    QTextDocument document(QStringLiteral("Our Zorblaxify launch"));
    SpellHighlighter highlighter(&checker, &document);
    ASSERT_EQ(underlined(document), QStringList {QStringLiteral("Zorblaxify")});
    checker.addToPersonalDictionary(QStringLiteral("Zorblaxify"));
    EXPECT_TRUE(underlined(document).isEmpty());
}

TEST_F(SpellCheckerTest, UnderliningIsNotAnEditOfTheText)
{
    // Editors write a field when it reports a change; squiggles must not look like one.
    SpellChecker checker(englishOptions());
    QPlainTextEdit edit(QStringLiteral("Our Zorblaxify launch"));
    QSignalSpy changed(&edit, &QPlainTextEdit::textChanged);
    WritingAids::attach(&edit, &checker);
    EXPECT_EQ(underlined(*edit.document()), QStringList {QStringLiteral("Zorblaxify")});
    checker.addToPersonalDictionary(QStringLiteral("Zorblaxify"));
    EXPECT_TRUE(underlined(*edit.document()).isEmpty());
    EXPECT_EQ(changed.count(), 0);
}

TEST_F(SpellCheckerTest, ContextMenuOffersSuggestionsThenAddThenTheStandardActions)
{
    SpellChecker checker(englishOptions());
    QPlainTextEdit edit(QStringLiteral("We recieve it"));
    WritingAids* aids = WritingAids::attach(&edit, &checker);
    EXPECT_EQ(WritingAids::attach(&edit, &checker), aids) << "attached once";

    std::unique_ptr<QMenu> menu(aids->createContextMenu(5, QPoint()));
    const QStringList texts = actionTexts(*menu);
    EXPECT_EQ(texts.value(0), QStringLiteral("receive"));
    const qsizetype add = texts.indexOf(u"Add to Dictionary");
    ASSERT_GT(add, 0);
    EXPECT_EQ(texts.value(add + 1), QStringLiteral("--"));
    EXPECT_TRUE(texts.mid(add + 2).join(u' ').contains(u"Copy")) << texts.join(u'|').toStdString();

    std::unique_ptr<QMenu> onCorrectWord(aids->createContextMenu(1, QPoint()));
    EXPECT_FALSE(actionTexts(*onCorrectWord).contains(u"Add to Dictionary"));
    EXPECT_FALSE(actionTexts(*onCorrectWord).contains(u"receive"));
}

TEST_F(SpellCheckerTest, SuggestionReplacesTheWordAsOneEdit)
{
    SpellChecker checker(englishOptions());
    QPlainTextEdit edit(QStringLiteral("We recieve it"));
    std::unique_ptr<QMenu> menu(WritingAids::attach(&edit, &checker)->createContextMenu(10, {}));
    menu->actions().value(0)->trigger(); // "receive"; the end of the word counts too
    EXPECT_EQ(edit.toPlainText(), QStringLiteral("We receive it"));
    edit.undo();
    EXPECT_EQ(edit.toPlainText(), QStringLiteral("We recieve it"));
}

TEST_F(SpellCheckerTest, AddToDictionaryFromTheMenu)
{
    SpellChecker checker(englishOptions());
    QPlainTextEdit edit(QStringLiteral("Zorblaxify"));
    std::unique_ptr<QMenu> menu(WritingAids::attach(&edit, &checker)->createContextMenu(0, {}));
    for (QAction* action : menu->actions()) {
        if (action->text() == u"Add to Dictionary")
            action->trigger();
    }
    EXPECT_TRUE(checker.isInPersonalDictionary(QStringLiteral("Zorblaxify")));
    EXPECT_TRUE(underlined(*edit.document()).isEmpty());
}

TEST_F(SpellCheckerTest, RightClickOpensTheSpellingMenu)
{
    SpellChecker checker(englishOptions());
    QPlainTextEdit edit(QStringLiteral("recieve"));
    WritingAids::attach(&edit, &checker);
    edit.show();
    const QPoint at = edit.cursorRect(QTextCursor(edit.document())).center();
    QContextMenuEvent click(QContextMenuEvent::Mouse, at, edit.viewport()->mapToGlobal(at));
    QApplication::sendEvent(edit.viewport(), &click);
    auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
    ASSERT_NE(menu, nullptr);
    EXPECT_EQ(menu->actions().value(0)->text(), QStringLiteral("receive"));
    menu->close();
}

class StorySpellingTest : public DocumentTest { };

TEST_F(StorySpellingTest, CorrectionInAStorySectionIsOneUndoStepInTheBank)
{
    openDocument(false);
    Story story;
    story.title = QStringLiteral("Launch");
    story.action = QStringLiteral("I recieve the plan");
    const StoryId id = document->bank().addStory(story);
    StoryEditor editor(*document);
    editor.setStory(id);
    QPlainTextEdit* action = editor.sectionEdit(StorySection::Action);
    // The editor's fields use the application's checker, which finds the system dictionary
    // in the background.
    if (SpellChecker::shared()->isLoading()) {
        ASSERT_TRUE(QSignalSpy(SpellChecker::shared(), &SpellChecker::dictionaryLoaded).wait());
    }
    std::unique_ptr<QMenu> menu(WritingAids::attach(action)->createContextMenu(4, {}));
    ASSERT_EQ(menu->actions().value(0)->text(), QStringLiteral("receive"));
    menu->actions().value(0)->trigger();
    editor.commitPending();
    EXPECT_EQ(document->bank().story(id)->action, QStringLiteral("I receive the plan"));
    EXPECT_EQ(document->undoStack().count(), 1);
    document->undoStack().undo();
    EXPECT_EQ(action->toPlainText(), QStringLiteral("I recieve the plan"));
}

} // namespace
} // namespace sb::test
