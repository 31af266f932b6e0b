<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>InterviewDayPage</name>
    <message>
        <source>Level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Mit %1</translation>
    </message>
    <message>
        <source>Tell me about yourself</source>
        <translation>Erzählen Sie etwas über sich</translation>
    </message>
    <message>
        <source>No pitch yet. Write one in Practice ▸ Tell Me About Yourself…</source>
        <translation>Noch keine Vorstellung. Schreiben Sie eine unter Üben ▸ Erzählen Sie von sich …</translation>
    </message>
    <message>
        <source>Written for this interview · %1 spoken</source>
        <translation>Für dieses Interview geschrieben · %1 gesprochen</translation>
    </message>
    <message>
        <source>Your default pitch · %1 spoken</source>
        <translation>Ihre Standard-Vorstellung · %1 gesprochen</translation>
    </message>
    <message>
        <source>Expected questions</source>
        <translation>Erwartete Fragen</translation>
    </message>
    <message>
        <source>No questions expected yet.</source>
        <translation>Noch keine Fragen erwartet.</translation>
    </message>
    <message>
        <source>Already told at %1: %2</source>
        <translation>Bei %1 schon erzählt: %2</translation>
    </message>
    <message>
        <source>No story planned yet.</source>
        <translation>Noch keine Geschichte geplant.</translation>
    </message>
    <message>
        <source>Company values</source>
        <translation>Unternehmenswerte</translation>
    </message>
    <message>
        <source>Gap: no story yet</source>
        <translation>Lücke: noch keine Geschichte</translation>
    </message>
    <message>
        <source>Stories: %1</source>
        <translation>Geschichten: %1</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Eigene Fragen</translation>
    </message>
    <message>
        <source>None written yet.</source>
        <translation>Noch keine geschrieben.</translation>
    </message>
    <message>
        <source>Research notes</source>
        <translation>Recherchenotizen</translation>
    </message>
    <message>
        <source>Hide research notes</source>
        <translation>Recherchenotizen ausblenden</translation>
    </message>
    <message>
        <source>Show research notes</source>
        <translation>Recherchenotizen anzeigen</translation>
    </message>
</context>
<context>
    <name>SheetExport</name>
    <message>
        <source>Cannot tell the format of %1: name it .pdf, .html or .md.</source>
        <translation>Das Format von %1 ist nicht erkennbar: Geben Sie der Datei die Endung .pdf, .html oder .md.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SheetFit</name>
    <message numerus="yes">
        <source>The sheet does not fit on one page, even at %1 pt with optional detail left out (it needs %n pages). Print it on two pages or choose fewer stories.</source>
        <translation>
            <numerusform>Der Spickzettel passt nicht auf eine Seite, selbst bei %1 pt und ohne optionale Details (er braucht %n Seite). Drucken Sie ihn auf zwei Seiten oder wählen Sie weniger Geschichten.</numerusform>
            <numerusform>Der Spickzettel passt nicht auf eine Seite, selbst bei %1 pt und ohne optionale Details (er braucht %n Seiten). Drucken Sie ihn auf zwei Seiten oder wählen Sie weniger Geschichten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sheet does not fit on %1 pages, even at %2 pt with optional detail left out (it needs %n pages). Allow more pages or choose fewer stories.</source>
        <translation>
            <numerusform>Der Spickzettel passt nicht auf %1 Seiten, selbst bei %2 pt und ohne optionale Details (er braucht %n Seite). Erlauben Sie mehr Seiten oder wählen Sie weniger Geschichten.</numerusform>
            <numerusform>Der Spickzettel passt nicht auf %1 Seiten, selbst bei %2 pt und ohne optionale Details (er braucht %n Seiten). Erlauben Sie mehr Seiten oder wählen Sie weniger Geschichten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fitted at %1 pt</source>
        <translation>Eingepasst bei %1 pt</translation>
    </message>
    <message>
        <source>Fitted on one page at %1 pt</source>
        <translation>Auf eine Seite eingepasst bei %1 pt</translation>
    </message>
    <message numerus="yes">
        <source>Fitted on %n pages at %1 pt</source>
        <translation>
            <numerusform>Auf %n Seite eingepasst bei %1 pt</numerusform>
            <numerusform>Auf %n Seiten eingepasst bei %1 pt</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 left out</source>
        <translation>; %1 weggelassen</translation>
    </message>
</context>
<context>
    <name>SheetLabels</name>
    <message>
        <source>Cheat sheet</source>
        <translation>Spickzettel</translation>
    </message>
    <message>
        <source>Tell me about yourself</source>
        <translation>Erzählen Sie etwas über sich</translation>
    </message>
    <message>
        <source>Prepared answers</source>
        <translation>Vorbereitete Antworten</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Eigene Fragen</translation>
    </message>
    <message>
        <source>No stories chosen for this sheet yet.</source>
        <translation>Für diesen Spickzettel sind noch keine Geschichten ausgewählt.</translation>
    </message>
    <message>
        <source>derived cues beyond two per story</source>
        <translation>abgeleitete Stichpunkte über zwei je Geschichte hinaus</translation>
    </message>
    <message>
        <source>questions to ask</source>
        <translation>eigene Fragen</translation>
    </message>
    <message>
        <source>prepared answers</source>
        <translation>vorbereitete Antworten</translation>
    </message>
    <message>
        <source>hooks</source>
        <translation>Aufhänger</translation>
    </message>
    <message>
        <source>third stories</source>
        <translation>jeweils dritte Geschichten</translation>
    </message>
    <message>
        <source>second stories</source>
        <translation>jeweils zweite Geschichten</translation>
    </message>
    <message>
        <source>the pitch</source>
        <translation>die Selbstvorstellung</translation>
    </message>
</context>
<context>
    <name>SheetPdf</name>
    <message>
        <source>There is no laid-out sheet to write.</source>
        <translation>Es gibt keinen gesetzten Spickzettel, der geschrieben werden könnte.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>StoryBank has to stop</source>
        <translation>StoryBank muss beendet werden</translation>
    </message>
    <message>
        <source>Nothing more is written to this bank. If it is damaged, open a backup copy of it instead.</source>
        <translation>In diese Sammlung wird nichts mehr geschrieben. Falls sie beschädigt ist, öffnen Sie stattdessen eine Sicherungskopie.</translation>
    </message>
    <message>
        <source>Restored %1. The bank as it was is kept in its backup folder.</source>
        <translation>%1 wiederhergestellt. Die Sammlung im vorherigen Zustand liegt in ihrem Sicherungsordner.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>StoryBank opens the bank as it was.</source>
        <translation>StoryBank öffnet die Sammlung so, wie sie war.</translation>
    </message>
    <message>
        <source>Write, organize and practise your interview stories.</source>
        <translation>Schreiben, ordnen und üben Sie Ihre Geschichten für Vorstellungsgespräche.</translation>
    </message>
    <message>
        <source>The .storybank file to open (created when missing).</source>
        <translation>Die zu öffnende .storybank-Datei (wird angelegt, wenn sie fehlt).</translation>
    </message>
    <message>
        <source>[BANK]</source>
        <translation>[SAMMLUNG]</translation>
    </message>
    <message>
        <source>First put the backup FILE in place of the bank (the bank as it was is kept in its backup folder).</source>
        <translation>Zuerst die Sicherung DATEI an die Stelle der Sammlung setzen (die bisherige Sammlung bleibt in ihrem Sicherungsordner erhalten).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>StoryBank cannot open this bank</source>
        <translation>StoryBank kann diese Sammlung nicht öffnen</translation>
    </message>
    <message>
        <source>If you have a backup copy of this bank, open that instead.</source>
        <translation>Wenn Sie eine Sicherungskopie dieser Sammlung haben, öffnen Sie stattdessen diese.</translation>
    </message>
    <message>
        <source>StoryBank cannot keep this bank open</source>
        <translation>StoryBank kann diese Sammlung nicht geöffnet lassen</translation>
    </message>
    <message>
        <source>StoryBank closes it now so that nothing more is written to the damaged file.</source>
        <translation>StoryBank schließt sie jetzt, damit nichts mehr in die beschädigte Datei geschrieben wird.</translation>
    </message>
    <message>
        <source>Today&apos;s backup was not made</source>
        <translation>Die heutige Sicherung wurde nicht angelegt</translation>
    </message>
    <message>
        <source>Your bank itself is fine and everything you write is saved to it. StoryBank tries the backup again the next time it opens this bank.</source>
        <translation>Ihre Sammlung selbst ist in Ordnung, und alles, was Sie schreiben, wird darin gespeichert. StoryBank versucht die Sicherung erneut, wenn es diese Sammlung das nächste Mal öffnet.</translation>
    </message>
</context>
<context>
    <name>sb::Bank</name>
    <message>
        <source>There is no category with id %1.</source>
        <translation>Es gibt keine Kategorie mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no question with id %1.</source>
        <translation>Es gibt keine Frage mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no story with id %1.</source>
        <translation>Es gibt keine Geschichte mit der ID %1.</translation>
    </message>
    <message>
        <source>A story with id %1 already exists.</source>
        <translation>Eine Geschichte mit der ID %1 gibt es bereits.</translation>
    </message>
    <message>
        <source>A question with id %1 already exists.</source>
        <translation>Eine Frage mit der ID %1 gibt es bereits.</translation>
    </message>
    <message>
        <source>A category named “%1” already exists.</source>
        <translation>Eine Kategorie namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>Story %1 is not linked to question %2.</source>
        <translation>Geschichte %1 ist nicht mit Frage %2 verknüpft.</translation>
    </message>
    <message>
        <source>Database structure: %1</source>
        <translation>Datenbankstruktur: %1</translation>
    </message>
    <message>
        <source>A row of %1 refers to a missing row of %2.</source>
        <translation>Eine Zeile von %1 verweist auf eine fehlende Zeile von %2.</translation>
    </message>
    <message>
        <source>There is no tag with id %1.</source>
        <translation>Es gibt kein Schlagwort mit der ID %1.</translation>
    </message>
    <message>
        <source>A tag with id %1 already exists.</source>
        <translation>Ein Schlagwort mit der ID %1 gibt es bereits.</translation>
    </message>
    <message>
        <source>A category with id %1 already exists.</source>
        <translation>Eine Kategorie mit der ID %1 gibt es bereits.</translation>
    </message>
    <message>
        <source>A tag named “%1” already exists.</source>
        <translation>Ein Schlagwort namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself.</source>
        <translation>Ein Schlagwort kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>There is no interview with id %1.</source>
        <translation>Es gibt kein Interview mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no journal entry with id %1.</source>
        <translation>Es gibt keinen Journaleintrag mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no practice record with id %1.</source>
        <translation>Es gibt keinen Übungseintrag mit der ID %1.</translation>
    </message>
    <message>
        <source>An interview with id %1 already exists.</source>
        <translation>Ein Interview mit der ID %1 gibt es bereits.</translation>
    </message>
    <message>
        <source>A journal entry with id %1 is already in the bank.</source>
        <translation>Ein Journaleintrag mit der ID %1 ist bereits in der Bank.</translation>
    </message>
    <message>
        <source>The journal entry “%1” is already the story “%2”.</source>
        <translation>Der Journaleintrag „%1“ ist bereits die Geschichte „%2“.</translation>
    </message>
</context>
<context>
    <name>sb::BankBackups</name>
    <message>
        <source>%1 could not be copied to %2.</source>
        <translation>%1 konnte nicht nach %2 kopiert werden.</translation>
    </message>
    <message>
        <source>The backup folder %1 could not be created.</source>
        <translation>Der Sicherungsordner %1 konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>sb::BankConnection</name>
    <message>
        <source>%1 is read-only (or its folder is), so StoryBank cannot save to it. Check its permissions, or copy it somewhere writable.</source>
        <translation>%1 (oder der Ordner, in dem sie liegt) ist schreibgeschützt, daher kann StoryBank nicht darin speichern. Prüfen Sie die Zugriffsrechte oder kopieren Sie die Datei an einen beschreibbaren Ort.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Use a backup copy.</source>
        <translation>%1 ist beschädigt (%2). Verwenden Sie eine Sicherungskopie.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read. Use a backup copy.</source>
        <translation>%1 ist beschädigt und kann nicht gelesen werden. Verwenden Sie eine Sicherungskopie.</translation>
    </message>
    <message>
        <source>The backup copy %1 could not be written, so the bank was not upgraded.</source>
        <translation>Die Sicherungskopie %1 konnte nicht geschrieben werden, daher wurde die Sammlung nicht aktualisiert.</translation>
    </message>
    <message>
        <source>It is a StoryBank bank: open it instead, or choose another name.</source>
        <translation>Es ist eine StoryBank-Sammlung: Öffnen Sie sie stattdessen, oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 already exists; StoryBank will not replace it. %2</source>
        <translation>%1 existiert bereits; StoryBank ersetzt die Datei nicht. %2</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation>%1 konnte nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>sb::BankExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is not empty. Export to a new or empty folder, so that no file of yours is replaced.</source>
        <translation>%1 ist nicht leer. Exportieren Sie in einen neuen oder leeren Ordner, damit keine Ihrer Dateien ersetzt wird.</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>sb::BankFileHeader</name>
    <message>
        <source>There is no bank at %1.</source>
        <translation>Unter %1 gibt es keine Sammlung.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a StoryBank bank.</source>
        <translation>%1 ist ein Ordner, keine StoryBank-Sammlung.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it is not a StoryBank bank. It may have been cut off while it was copied; use a backup copy.</source>
        <translation>%1 ist leer (0 Byte) und daher keine StoryBank-Sammlung. Vielleicht wurde die Datei beim Kopieren abgeschnitten; verwenden Sie eine Sicherungskopie.</translation>
    </message>
    <message>
        <source>%1 is not a StoryBank bank: it is not a database file.</source>
        <translation>%1 ist keine StoryBank-Sammlung: Es ist keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>%1 is cut short (%2 bytes): the file was truncated, perhaps by an interrupted copy or a full disk. Use a backup copy.</source>
        <translation>%1 ist unvollständig (%2 Byte): Die Datei wurde abgeschnitten, vielleicht durch einen abgebrochenen Kopiervorgang oder einen vollen Datenträger. Verwenden Sie eine Sicherungskopie.</translation>
    </message>
    <message>
        <source>%1 is damaged: its header is not valid. Use a backup copy.</source>
        <translation>%1 ist beschädigt: Der Dateikopf ist ungültig. Verwenden Sie eine Sicherungskopie.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a StoryBank bank.</source>
        <translation>%1 ist eine Datenbank eines anderen Programms, keine StoryBank-Sammlung.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of StoryBank (bank format %2; this version reads up to %3). Update StoryBank to open it.</source>
        <translation>%1 wurde mit einer neueren Version von StoryBank erstellt (Sammlungsformat %2; diese Version liest bis %3). Aktualisieren Sie StoryBank, um die Sammlung zu öffnen.</translation>
    </message>
</context>
<context>
    <name>sb::BankImportRun</name>
    <message>
        <source>A practice record of a story or question that was left out was left out too.</source>
        <translation>Ein Übungseintrag zu einer ausgelassenen Geschichte oder Frage wurde ebenfalls ausgelassen.</translation>
    </message>
    <message>
        <source>%1: a practice record cannot be imported: %2</source>
        <translation>%1: Ein Übungseintrag kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>A question with no text was left out.</source>
        <translation>Eine Frage ohne Text wurde ausgelassen.</translation>
    </message>
    <message>
        <source>%1: the question “%2” (line %3) cannot be imported: %4</source>
        <translation>%1: Die Frage „%2“ (Zeile %3) kann nicht importiert werden: %4</translation>
    </message>
    <message>
        <source>A story reference with no name was left out.</source>
        <translation>Ein Verweis auf eine Geschichte ohne Namen wurde ausgelassen.</translation>
    </message>
    <message>
        <source>%1: the story “%2” (line %3) cannot be imported: %4</source>
        <translation>%1: Die Geschichte „%2“ (Zeile %3) kann nicht importiert werden: %4</translation>
    </message>
    <message>
        <source>A link of “%1” to a question that was left out was left out too.</source>
        <translation>Eine Verknüpfung von „%1“ mit einer ausgelassenen Frage wurde ebenfalls ausgelassen.</translation>
    </message>
    <message>
        <source>In the interview at %1, what named a question or story that was left out was left out too.</source>
        <translation>Im Interview bei %1 wurde ausgelassen, was eine ausgelassene Frage oder Geschichte nannte.</translation>
    </message>
    <message>
        <source>%1: the interview at “%2” cannot be imported: %3</source>
        <translation>%1: Das Interview bei „%2“ kann nicht importiert werden: %3</translation>
    </message>
    <message>
        <source>%1: the journal entry “%2” cannot be imported: %3</source>
        <translation>%1: Der Journaleintrag „%2“ kann nicht importiert werden: %3</translation>
    </message>
    <message>
        <source>Untitled entry</source>
        <translation>Eintrag ohne Titel</translation>
    </message>
    <message>
        <source>Unnamed company</source>
        <translation>Unbenanntes Unternehmen</translation>
    </message>
    <message>
        <source>An interview without a company was imported as “%1”.</source>
        <translation>Ein Vorstellungsgespräch ohne Unternehmen wurde als „%1“ importiert.</translation>
    </message>
    <message>
        <source>A journal entry without a title was imported as “%1”.</source>
        <translation>Ein Journaleintrag ohne Titel wurde als „%1“ importiert.</translation>
    </message>
</context>
<context>
    <name>sb::BankRestore</name>
    <message>
        <source>%1 is damaged, so it was not restored.</source>
        <translation>%1 ist beschädigt und wurde daher nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 could not be copied beside %2, so nothing was restored.</source>
        <translation>%1 konnte nicht neben %2 kopiert werden, daher wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 could not be replaced, so nothing was restored.</source>
        <translation>%1 konnte nicht ersetzt werden, daher wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 is the bank itself, not a backup of it.</source>
        <translation>%1 ist die Sammlung selbst, keine Sicherung davon.</translation>
    </message>
    <message>
        <source>StoryBank has %1 open. Close it there, then restore.</source>
        <translation>StoryBank hat %1 geöffnet. Schließen Sie die Sammlung dort und stellen Sie dann wieder her.</translation>
    </message>
</context>
<context>
    <name>sb::ImportSources</name>
    <message>
        <source>%1 holds no notes to import (files ending in .md, .markdown or .txt).</source>
        <translation>%1 enthält keine Notizen zum Importieren (Dateien mit der Endung .md, .markdown oder .txt).</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a file StoryBank imports: name Markdown notes .md, .markdown or .txt, and a StoryBank export .json.</source>
        <translation>%1 ist keine Datei, die StoryBank importiert: Markdown-Notizen enden auf .md, .markdown oder .txt, ein StoryBank-Export auf .json.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; StoryBank imports files of up to %3 MB.</source>
        <translation>%1 ist %2 MB groß; StoryBank importiert Dateien bis %3 MB.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 MB StoryBank imports.</source>
        <translation>%1 ist größer als die %2 MB, die StoryBank importiert.</translation>
    </message>
</context>
<context>
    <name>sb::JsonImporter</name>
    <message>
        <source>%1 uses the id %2, which another %3 already has.</source>
        <translation>%1 verwendet die ID %2, die bereits vergeben ist (%3).</translation>
    </message>
    <message>
        <source>in %1, &quot;%2&quot; refers to %3 %4, which is not in the file.</source>
        <translation>in %1 verweist &quot;%2&quot; auf %3 %4, doch die Datei enthält keinen solchen Eintrag.</translation>
    </message>
    <message>
        <source>in %1, &quot;question&quot; should name the id of a question.</source>
        <translation>in %1 sollte &quot;question&quot; die ID einer Frage angeben.</translation>
    </message>
    <message>
        <source>%1 names neither a story nor a question.</source>
        <translation>%1 nennt weder eine Geschichte noch eine Frage.</translation>
    </message>
    <message>
        <source>%1: a control character at byte offset %2; this is not a StoryBank export.</source>
        <translation>%1: ein Steuerzeichen an Byte-Position %2; das ist kein StoryBank-Export.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3.</source>
        <translation>%1 ist kein gültiges JSON: %2 bei Byte %3.</translation>
    </message>
    <message>
        <source>%1 is not a StoryBank JSON export: it lacks &quot;format&quot;: &quot;storybank&quot;.</source>
        <translation>%1 ist kein StoryBank-JSON-Export: Es fehlt &quot;format&quot;: &quot;storybank&quot;.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of StoryBank (format version %2; this version reads up to %3). Update StoryBank to import it.</source>
        <translation>%1 wurde mit einer neueren Version von StoryBank erstellt (Formatversion %2; diese Version liest bis %3). Aktualisieren Sie StoryBank, um die Datei zu importieren.</translation>
    </message>
    <message>
        <source>&quot;version&quot; should be a format version from 1.</source>
        <translation>&quot;version&quot; sollte eine Formatversion ab 1 sein.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>der Datei</translation>
    </message>
    <message>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>story</source>
        <translation>Geschichte</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>journal entry</source>
        <translation>Journaleintrag</translation>
    </message>
    <message>
        <source>practice record</source>
        <translation>Übungseintrag</translation>
    </message>
    <message>
        <source>item %1 of &quot;%2&quot;</source>
        <translation>Eintrag %1 von &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 should be an object ({…}).</source>
        <translation>%1 sollte ein Objekt ({…}) sein.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>in %1, &quot;%2&quot; holds a control character (U+%3).</source>
        <translation>in %1 enthält &quot;%2&quot; ein Steuerzeichen (U+%3).</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>eine Liste von Texten</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a whole number from 1</source>
        <translation>eine ganze Zahl ab 1</translation>
    </message>
    <message>
        <source>a date and time such as 2026-03-14T09:30:00.000Z</source>
        <translation>ein Zeitpunkt wie 2026-03-14T09:30:00.000Z</translation>
    </message>
    <message>
        <source>a date such as 2026-03-14</source>
        <translation>ein Datum wie 2026-03-14</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a list ([…])</source>
        <translation>eine Liste ([…])</translation>
    </message>
    <message>
        <source>in %1, &quot;%2&quot; should be %3.</source>
        <translation>in %1 sollte &quot;%2&quot; %3 sein.</translation>
    </message>
    <message>
        <source>in %1, &quot;%2&quot; is &quot;%3&quot;, which StoryBank does not know.</source>
        <translation>in %1 hat &quot;%2&quot; den Wert &quot;%3&quot;, den StoryBank nicht kennt.</translation>
    </message>
    <message>
        <source>in %1, &quot;story&quot; should name the id of a story.</source>
        <translation>in %1 sollte &quot;story&quot; die ID einer Geschichte angeben.</translation>
    </message>
    <message>
        <source>an object ({…})</source>
        <translation>ein Objekt ({…})</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2</source>
        <translation>&quot;%1&quot; in %2</translation>
    </message>
    <message>
        <source>a list of whole numbers from 1</source>
        <translation>eine Liste ganzer Zahlen ab 1</translation>
    </message>
</context>
<context>
    <name>sb::MarkdownExporter</name>
    <message>
        <source>Untitled story</source>
        <translation>Geschichte ohne Titel</translation>
    </message>
</context>
<context>
    <name>sb::MarkdownImporter</name>
    <message>
        <source>%1: lists or quotes nested more than %2 levels deep after byte offset %3; nothing was imported.</source>
        <translation>%1: Listen oder Zitate sind nach Byte-Position %3 mehr als %2 Ebenen tief verschachtelt; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1: the Markdown could not be read (out of memory?); nothing was imported.</source>
        <translation>%1: Das Markdown konnte nicht gelesen werden (Speicher voll?); es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 bytes, too large for notes; nothing was imported.</source>
        <translation>%1: Die Datei ist größer als %2 Byte, zu groß für Notizen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1: NUL byte at byte offset %2; this is not a text file.</source>
        <translation>%1: NUL-Byte an Byte-Position %2; das ist keine Textdatei.</translation>
    </message>
    <message>
        <source>%1: binary data (control character) at byte offset %2; this is not a text file.</source>
        <translation>%1: Binärdaten (Steuerzeichen) an Byte-Position %2; das ist keine Textdatei.</translation>
    </message>
    <message>
        <source>%1: not valid UTF-8 at byte offset %2; save the file as UTF-8 and import it again.</source>
        <translation>%1: kein gültiges UTF-8 an Byte-Position %2; speichern Sie die Datei als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1: a paragraph near byte offset %2 has too many lines full of [brackets] to be read in reasonable time; separate its lines with empty lines.</source>
        <translation>%1: Ein Absatz nahe Byte-Position %2 hat zu viele Zeilen voller [Klammern], um in vertretbarer Zeit gelesen zu werden; trennen Sie seine Zeilen durch Leerzeilen.</translation>
    </message>
    <message>
        <source>Story sections with no question above them and no title; skipped.</source>
        <translation>Abschnitte einer Geschichte ohne Frage darüber und ohne Titel; übersprungen.</translation>
    </message>
    <message>
        <source>Reference to the story “%1” with no question above it; skipped.</source>
        <translation>Verweis auf die Geschichte „%1“ ohne Frage darüber; übersprungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n more warning(s) left out.</source>
        <translation>
            <numerusform>%n weitere Warnung weggelassen.</numerusform>
            <numerusform>%n weitere Warnungen weggelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::SchemaMigrator</name>
    <message>
        <source>Schema step %1 left rows in %2 that refer to missing rows in %3.</source>
        <translation>Schemaschritt %1 hat Zeilen in %2 hinterlassen, die auf fehlende Zeilen in %3 verweisen.</translation>
    </message>
    <message>
        <source>Schema step %1 is not usable.</source>
        <translation>Schemaschritt %1 ist nicht verwendbar.</translation>
    </message>
</context>
<context>
    <name>sb::SearchIndex</name>
    <message>
        <source>The search index does not match the stories.</source>
        <translation>Der Suchindex passt nicht zu den Geschichten.</translation>
    </message>
    <message>
        <source>The search index does not match the questions.</source>
        <translation>Der Suchindex passt nicht zu den Fragen.</translation>
    </message>
    <message>
        <source>The search index is damaged.</source>
        <translation>Der Suchindex ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>sb::SheetComposer</name>
    <message>
        <source>Other stories</source>
        <translation>Weitere Geschichten</translation>
    </message>
</context>
<context>
    <name>sb::SqliteErrors</name>
    <message>
        <source>The disk is full, so the change was not saved. Free some space and try again.</source>
        <translation>Der Datenträger ist voll, daher wurde die Änderung nicht gespeichert. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The bank is read-only, so the change was not saved. Check the file&apos;s permissions.</source>
        <translation>Die Sammlung ist schreibgeschützt, daher wurde die Änderung nicht gespeichert. Prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <source>The bank is in use by another program. Close it there and try again.</source>
        <translation>Die Sammlung wird von einem anderen Programm verwendet. Schließen Sie sie dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The bank file is damaged (%1).</source>
        <translation>Die Sammlungsdatei ist beschädigt (%1).</translation>
    </message>
    <message>
        <source>The file is not a StoryBank bank.</source>
        <translation>Die Datei ist keine StoryBank-Sammlung.</translation>
    </message>
    <message>
        <source>The bank file could not be read or written (%1).</source>
        <translation>Die Sammlungsdatei konnte nicht gelesen oder geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>That item already exists (%1).</source>
        <translation>Dieser Eintrag existiert bereits (%1).</translation>
    </message>
    <message>
        <source>The change refers to an item that does not exist.</source>
        <translation>Die Änderung bezieht sich auf einen Eintrag, den es nicht gibt.</translation>
    </message>
    <message>
        <source>The value is not allowed (%1).</source>
        <translation>Der Wert ist nicht zulässig (%1).</translation>
    </message>
    <message>
        <source>Unexpected database error: %1</source>
        <translation>Unerwarteter Datenbankfehler: %1</translation>
    </message>
</context>
<context>
    <name>sb::StarterCatalog</name>
    <message>
        <source>The starter catalog is missing from this build.</source>
        <translation>Dieser Version fehlt der Startkatalog.</translation>
    </message>
    <message>
        <source>The starter catalog in this build is not valid: %1</source>
        <translation>Der Startkatalog dieser Version ist ungültig: %1</translation>
    </message>
</context>
<context>
    <name>sb::StoryCoach</name>
    <message>
        <source>The result is empty.</source>
        <translation>Das Ergebnis ist leer.</translation>
    </message>
    <message>
        <source>A story without an outcome leaves the interviewer guessing whether what you did worked. Say what changed because of you.</source>
        <translation>Eine Geschichte ohne Ausgang lässt Ihr Gegenüber rätseln, ob Ihr Handeln funktioniert hat. Sagen Sie, was sich durch Sie verändert hat.</translation>
    </message>
    <message>
        <source>The result states no figure: no number, percentage, amount or duration.</source>
        <translation>Das Ergebnis nennt keine Kennzahl: keine Zahl, keinen Prozentsatz, keinen Betrag, keine Dauer.</translation>
    </message>
    <message>
        <source>A measured outcome (time saved, errors cut, customers kept) is what makes a result believable and memorable. Even a rough figure beats none.</source>
        <translation>Erst ein messbarer Ausgang (gesparte Zeit, weniger Fehler, gehaltene Kunden) macht ein Ergebnis glaubwürdig und einprägsam. Selbst eine grobe Zahl ist besser als keine.</translation>
    </message>
    <message>
        <source>The learning is empty.</source>
        <translation>Die Erkenntnis ist leer.</translation>
    </message>
    <message>
        <source>STAR+L and CARL stories end with what you took away; interviewers ask “what would you do differently?” to see that you grow from experience.</source>
        <translation>Geschichten nach STAR+L und CARL enden mit dem, was Sie mitgenommen haben; Interviewer fragen „Was würden Sie heute anders machen?“, um zu sehen, dass Sie aus Erfahrung lernen.</translation>
    </message>
    <message>
        <source>The set-up takes %1% of the story; aim for under 30%.</source>
        <translation>Die Einleitung nimmt %1 % der Geschichte ein; bleiben Sie unter 30 %.</translation>
    </message>
    <message>
        <source>Interviewers ask for a story to hear what you did. A long situation and task use up their attention before the action starts; keep the scene to a few sentences.</source>
        <translation>Wer nach einer Geschichte fragt, will hören, was Sie getan haben. Lange Schilderungen von Situation und Aufgabe verbrauchen die Aufmerksamkeit, bevor die Handlung beginnt; beschreiben Sie die Ausgangslage in wenigen Sätzen.</translation>
    </message>
    <message>
        <source>Takes about %1 to tell; the target is %2.</source>
        <translation>Dauert erzählt etwa %1; das Ziel ist %2.</translation>
    </message>
    <message>
        <source>Long answers lose the listener and leave less time for other questions. Cut the set-up and keep the steps that show your judgement.</source>
        <translation>Lange Antworten verlieren die Zuhörer und lassen weniger Zeit für andere Fragen. Kürzen Sie die Einleitung und behalten Sie die Schritte, die Ihr Urteilsvermögen zeigen.</translation>
    </message>
    <message>
        <source>Takes only about %1 to tell; the target is %2.</source>
        <translation>Dauert erzählt nur etwa %1; das Ziel ist %2.</translation>
    </message>
    <message>
        <source>A very short answer rarely shows how you thought and what you did; the interviewer will have to dig for it. Add the steps you took and what came of them.</source>
        <translation>Eine sehr kurze Antwort zeigt selten, wie Sie gedacht und was Sie getan haben; Ihr Gegenüber muss dann nachbohren. Ergänzen Sie Ihre Schritte und was daraus wurde.</translation>
    </message>
    <message>
        <source>This ready story answers no question and is in no category.</source>
        <translation>Diese fertige Geschichte beantwortet keine Frage und steht in keiner Kategorie.</translation>
    </message>
    <message>
        <source>A story only helps in an interview when you think of it at the right moment. Link it to the questions it answers or file it under a category, so coverage and the cheat sheet can offer it.</source>
        <translation>Eine Geschichte hilft im Gespräch nur, wenn sie Ihnen im richtigen Moment einfällt. Verknüpfen Sie sie mit den Fragen, die sie beantwortet, oder ordnen Sie sie einer Kategorie zu, damit Abdeckung und Spickzettel sie anbieten können.</translation>
    </message>
    <message>
        <source>The action says “we” more often than “I” (%1 to %2).</source>
        <translation>Im Abschnitt Handlung steht öfter „we“ als „I“ (%1 zu %2).</translation>
    </message>
    <message>
        <source>The interviewer is hiring you, not your team: they want your part. Say what you did yourself, and name the team only for what it did without you.</source>
        <translation>Eingestellt werden Sie, nicht Ihr Team: Gefragt ist Ihr Anteil. Sagen Sie, was Sie selbst getan haben, und nennen Sie das Team nur für das, was es ohne Sie getan hat.</translation>
    </message>
    <message>
        <source>“%1” is vague: say what you did.</source>
        <translation>„%1“ ist vage: Sagen Sie, was Sie getan haben.</translation>
    </message>
    <message>
        <source>Phrases like “helped with” or “was involved in” hide your contribution and sound unsure. A concrete verb (designed, negotiated, rewrote) shows what you did and invites good follow-up questions.</source>
        <translation>Wendungen wie „helped with“ oder „was involved in“ verbergen Ihren Beitrag und klingen unsicher. Ein konkretes Verb (designed, negotiated, rewrote) zeigt, was Sie getan haben, und lädt zu guten Nachfragen ein.</translation>
    </message>
</context>
<context>
    <name>sb::StorySections</name>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handlung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Erkenntnis</translation>
    </message>
</context>
<context>
    <name>sb::StorySuggestions</name>
    <message>
        <source>Also covers %1</source>
        <translation>Deckt auch %1 ab</translation>
    </message>
    <message>
        <source>Mentions %1</source>
        <translation>Erwähnt %1</translation>
    </message>
    <message numerus="yes">
        <source>Shares %n tag(s) with stories answering this kind of question</source>
        <translation>
            <numerusform>Teilt %n Schlagwort mit Geschichten, die diese Art Frage beantworten</numerusform>
            <numerusform>Teilt %n Schlagwörter mit Geschichten, die diese Art Frage beantworten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::cli</name>
    <message>
        <source>%1 must be a positive number, not “%2”.</source>
        <translation>%1 muss eine positive Zahl sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 must be a number from 1 to %2, not “%3”.</source>
        <translation>%1 muss eine Zahl von 1 bis %2 sein, nicht „%3“.</translation>
    </message>
    <message>
        <source>Expected %1.</source>
        <translation>Erwartet: %1.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>%1 must be a day written YYYY-MM-DD, such as 2026-06-03, not “%2”.</source>
        <translation>%1 muss ein Tag in der Form JJJJ-MM-TT sein, etwa 2026-06-03, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 must be a time written HH:MM, such as 14:30, not “%2”.</source>
        <translation>%1 muss eine Uhrzeit in der Form HH:MM sein, etwa 14:30, nicht „%2“.</translation>
    </message>
</context>
<context>
    <name>sb::cli::AddCommand</name>
    <message>
        <source>--%1 must be %2, not “%3”.</source>
        <translation>--%1 muss %2 sein, nicht „%3“.</translation>
    </message>
    <message>
        <source>There is no category named “%1”. Run “storybank-cli list categories” to see them.</source>
        <translation>Es gibt keine Kategorie namens „%1“. „storybank-cli list categories“ zeigt alle Kategorien.</translation>
    </message>
    <message>
        <source>STAR, STARL or CARL</source>
        <translation>STAR, STARL oder CARL</translation>
    </message>
    <message>
        <source>idea, draft or ready</source>
        <translation>idea, draft oder ready</translation>
    </message>
    <message>
        <source>--tag needs a name.</source>
        <translation>--tag braucht einen Namen.</translation>
    </message>
    <message>
        <source>behavioral, hypothetical, role_fit, technical, about_you or to_ask</source>
        <translation>behavioral, hypothetical, role_fit, technical, about_you oder to_ask</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Story: the one-line hook.</source>
        <translation>Geschichte: der Aufhänger in einer Zeile.</translation>
    </message>
    <message>
        <source>Story: STAR (default), STARL or CARL.</source>
        <translation>Geschichte: STAR (Standard), STARL oder CARL.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHODE</translation>
    </message>
    <message>
        <source>Story: the situation (CARL: context).</source>
        <translation>Geschichte: die Situation (CARL: der Kontext).</translation>
    </message>
    <message>
        <source>Story: the task.</source>
        <translation>Geschichte: die Aufgabe.</translation>
    </message>
    <message>
        <source>Story: what you did.</source>
        <translation>Geschichte: was Sie getan haben.</translation>
    </message>
    <message>
        <source>Story: the result.</source>
        <translation>Geschichte: das Ergebnis.</translation>
    </message>
    <message>
        <source>Story: what you learned.</source>
        <translation>Geschichte: was Sie gelernt haben.</translation>
    </message>
    <message>
        <source>Story: a short cue for the cheat sheet (repeatable).</source>
        <translation>Geschichte: ein kurzer Stichpunkt für den Spickzettel (wiederholbar).</translation>
    </message>
    <message>
        <source>Story: the organization.</source>
        <translation>Geschichte: die Organisation.</translation>
    </message>
    <message>
        <source>Story: when it happened.</source>
        <translation>Geschichte: wann es war.</translation>
    </message>
    <message>
        <source>Story: idea, draft (default) or ready.</source>
        <translation>Geschichte: idea, draft (Standard) oder ready.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Story or question: an existing category (repeatable).</source>
        <translation>Geschichte oder Frage: eine vorhandene Kategorie (wiederholbar).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Question: behavioral (default), hypothetical, role_fit, technical, about_you or to_ask.</source>
        <translation>Frage: behavioral (Standard), hypothetical, role_fit, technical, about_you oder to_ask.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>Question: another phrasing (repeatable).</source>
        <translation>Frage: eine andere Formulierung (wiederholbar).</translation>
    </message>
    <message>
        <source>Question: notes or a prepared answer.</source>
        <translation>Frage: Notizen oder eine vorbereitete Antwort.</translation>
    </message>
    <message>
        <source>Category or tag: its name (required).</source>
        <translation>Kategorie oder Schlagwort: der Name (erforderlich).</translation>
    </message>
    <message>
        <source>Category: what it covers.</source>
        <translation>Kategorie: was sie abdeckt.</translation>
    </message>
    <message>
        <source>Category or tag: a colour such as #3a7bd5.</source>
        <translation>Kategorie oder Schlagwort: eine Farbe wie #3a7bd5.</translation>
    </message>
    <message>
        <source>COLOUR</source>
        <translation>FARBE</translation>
    </message>
    <message>
        <source>story|question|category|tag|interview|journal OPTIONS…</source>
        <translation>story|question|category|tag|interview|journal OPTIONEN…</translation>
    </message>
    <message>
        <source>Add a story, question, category, tag, interview or journal entry; prints the new id.</source>
        <translation>Eine Geschichte, Frage, Kategorie, ein Schlagwort, Interview oder einen Journaleintrag hinzufügen; gibt die neue ID aus.</translation>
    </message>
    <message>
        <source>story, question, category, tag, interview or journal</source>
        <translation>story, question, category, tag, interview oder journal</translation>
    </message>
    <message>
        <source>Story or journal entry: its title (required).</source>
        <translation>Geschichte oder Journaleintrag: der Titel (erforderlich).</translation>
    </message>
    <message>
        <source>Story: your role; interview: the role applied for.</source>
        <translation>Geschichte: Ihre Rolle; Interview: die Stelle, auf die Sie sich bewerben.</translation>
    </message>
    <message>
        <source>Story or journal entry: a tag (repeatable); a story&apos;s is created when new.</source>
        <translation>Geschichte oder Journaleintrag: ein Schlagwort (wiederholbar); für Geschichten wird es bei Bedarf angelegt.</translation>
    </message>
    <message>
        <source>Question: its text (required); journal entry: what happened.</source>
        <translation>Frage: ihr Text (erforderlich); Journaleintrag: was geschah.</translation>
    </message>
    <message>
        <source>Interview: the company (required).</source>
        <translation>Interview: die Firma (erforderlich).</translation>
    </message>
    <message>
        <source>Interview or journal entry: the day (a journal entry&apos;s default: today).</source>
        <translation>Interview oder Journaleintrag: der Tag (bei Journaleinträgen standardmäßig heute).</translation>
    </message>
    <message>
        <source>Interview: the time of day.</source>
        <translation>Interview: die Uhrzeit.</translation>
    </message>
    <message>
        <source>Interview: the stage (screen, loop, final, …).</source>
        <translation>Interview: die Runde (Vorgespräch, Interviewtag, letzte Runde …).</translation>
    </message>
    <message>
        <source>Journal entry: the last day, for a period.</source>
        <translation>Journaleintrag: der letzte Tag, für einen Zeitraum.</translation>
    </message>
    <message>
        <source>Journal entry: the numbers that show its impact.</source>
        <translation>Journaleintrag: die Zahlen, die die Wirkung zeigen.</translation>
    </message>
    <message>
        <source>one of story, question, category, tag, interview, journal</source>
        <translation>eines von story, question, category, tag, interview, journal</translation>
    </message>
    <message>
        <source>--%1 does not apply to “add %2”.</source>
        <translation>--%1 gilt nicht für „add %2“.</translation>
    </message>
    <message>
        <source>“add %1” needs --%2.</source>
        <translation>Für „add %1“ ist --%2 nötig.</translation>
    </message>
    <message>
        <source>Cannot add “%1”: choose story, question, category, tag, interview or journal.</source>
        <translation>„%1“ kann nicht hinzugefügt werden: Wählen Sie story, question, category, tag, interview oder journal.</translation>
    </message>
    <message>
        <source>--time needs --date: say which day too.</source>
        <translation>--time braucht --date: Geben Sie auch den Tag an.</translation>
    </message>
    <message>
        <source>--until must not be before the entry&apos;s first day.</source>
        <translation>--until darf nicht vor dem ersten Tag des Eintrags liegen.</translation>
    </message>
</context>
<context>
    <name>sb::cli::BackupCommand</name>
    <message>
        <source>%1 is the bank itself; name another file.</source>
        <translation>%1 ist die Sammlung selbst; nennen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>%1 exists and is not a StoryBank bank; it was not replaced.</source>
        <translation>%1 existiert und ist keine StoryBank-Sammlung; die Datei wurde nicht ersetzt.</translation>
    </message>
    <message>
        <source>[-o FILE]</source>
        <translation>[-o DATEI]</translation>
    </message>
    <message>
        <source>Copy the bank to FILE; without -o, take today&apos;s automatic copy if it is due and list the bank&apos;s backups.</source>
        <translation>Die Sammlung nach DATEI kopieren; ohne -o die heutige automatische Kopie anlegen, falls fällig, und die Sicherungen der Sammlung auflisten.</translation>
    </message>
    <message>
        <source>The file to write (an older backup there is replaced).</source>
        <translation>Die zu schreibende Datei (eine ältere Sicherung dort wird ersetzt).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>keine Argumente</translation>
    </message>
    <message>
        <source>Wrote a copy of the bank to %1.</source>
        <translation>Eine Kopie der Sammlung wurde nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Backups in %1 (newest first):</source>
        <translation>Sicherungen in %1 (neueste zuerst):</translation>
    </message>
</context>
<context>
    <name>sb::cli::CheatsheetCommand</name>
    <message>
        <source>Say where to write the sheet: -o sheet.pdf, sheet.html or sheet.md.</source>
        <translation>Geben Sie an, wohin der Spickzettel geschrieben wird: -o zettel.pdf, zettel.html oder zettel.md.</translation>
    </message>
    <message>
        <source>%1: the name must end in .pdf, .html or .md, which chooses the format.</source>
        <translation>%1: Der Name muss auf .pdf, .html oder .md enden; die Endung bestimmt das Format.</translation>
    </message>
    <message>
        <source>--pages takes 1, 2, 3 or 4.</source>
        <translation>--pages nimmt 1, 2, 3 oder 4.</translation>
    </message>
    <message>
        <source>--paper takes a4 or letter.</source>
        <translation>--paper nimmt a4 oder letter.</translation>
    </message>
    <message>
        <source>--columns takes 1 or 2.</source>
        <translation>--columns nimmt 1 oder 2.</translation>
    </message>
    <message>
        <source>There is no %1 named “%2”.</source>
        <translation>%1 „%2“ gibt es nicht.</translation>
    </message>
    <message>
        <source>-o OUT.pdf|OUT.html|OUT.md [--category NAME]… [--tag NAME]… [--interview NAME] [--pages N] [--paper a4|letter]</source>
        <translation>-o ZIEL.pdf|ZIEL.html|ZIEL.md [--category NAME]… [--tag NAME]… [--interview NAME] [--pages N] [--paper a4|letter]</translation>
    </message>
    <message>
        <source>Make the one-page cheat sheet.</source>
        <translation>Den einseitigen Spickzettel erstellen.</translation>
    </message>
    <message>
        <source>Where to write it; .pdf, .html or .md chooses the format.</source>
        <translation>Wohin er geschrieben wird; .pdf, .html oder .md bestimmt das Format.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Only this category (repeatable, in the order given).</source>
        <translation>Nur diese Kategorie (wiederholbar, in der angegebenen Reihenfolge).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Only stories with this tag (repeatable: any of them).</source>
        <translation>Nur Geschichten mit diesem Schlagwort (wiederholbar: eines davon genügt).</translation>
    </message>
    <message>
        <source>Fit on N pages (default 1).</source>
        <translation>Auf N Seiten einpassen (Standard 1).</translation>
    </message>
    <message>
        <source>a4 or letter (default: the usual paper where you live).</source>
        <translation>a4 oder letter (Standard: das übliche Papier Ihres Landes).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>1 or 2 columns (default 2).</source>
        <translation>1 oder 2 Spalten (Standard 2).</translation>
    </message>
    <message>
        <source>The sheet&apos;s heading.</source>
        <translation>Die Überschrift des Zettels.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Drafts and ideas too, not only ready stories.</source>
        <translation>Auch Entwürfe und Ideen, nicht nur fertige Geschichten.</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>keine Argumente</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Nothing to put on the sheet: no ready story matches. Mark stories ready, or add --all to use drafts too.</source>
        <translation>Nichts für den Spickzettel: Keine fertige Geschichte passt. Markieren Sie Geschichten als fertig oder nehmen Sie mit --all auch Entwürfe.</translation>
    </message>
    <message>
        <source>Nothing to put on the sheet: no story matches.</source>
        <translation>Nichts für den Spickzettel: Keine Geschichte passt.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2). %3</source>
        <translation>%1 geschrieben (%2). %3</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 Seite</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 Seiten</translation>
    </message>
    <message>
        <source>The sheet for this interview: its id, company or role.</source>
        <translation>Der Zettel für dieses Interview: seine ID, Firma oder Stelle.</translation>
    </message>
    <message>
        <source>Nothing to put on the sheet for this interview: plan stories for its questions with “storybank-cli plan”.</source>
        <translation>Nichts für den Spickzettel dieses Interviews: Planen Sie mit „storybank-cli plan“ Geschichten für seine Fragen ein.</translation>
    </message>
    <message>
        <source>There is no interview with the id or name “%1”. Run “storybank-cli list interviews” to see them.</source>
        <translation>Es gibt kein Interview mit der ID oder dem Namen „%1“. „storybank-cli list interviews“ zeigt alle Interviews.</translation>
    </message>
    <message>
        <source>“%1” names %2 interviews; choose one by its id with --interview ID:</source>
        <translation>„%1“ passt auf %2 Interviews; wählen Sie eines über seine ID mit --interview ID:</translation>
    </message>
</context>
<context>
    <name>sb::cli::CheckCommand</name>
    <message>
        <source>Check the bank for damage and inconsistencies (exit 0 when all is well).</source>
        <translation>Die Sammlung auf Schäden und Widersprüche prüfen (Exit-Code 0, wenn alles in Ordnung ist).</translation>
    </message>
    <message>
        <source>Rebuild the indexes and the search index (after copying the bank into its backup folder), then check again.</source>
        <translation>Die Indizes und den Suchindex neu aufbauen (nachdem die Sammlung in ihren Sicherungsordner kopiert wurde), dann erneut prüfen.</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>keine Argumente</translation>
    </message>
    <message>
        <source>Copied the bank to %1 before repairing it.</source>
        <translation>Die Sammlung wurde vor der Reparatur nach %1 kopiert.</translation>
    </message>
    <message>
        <source>%1: all is well (structure, references and search index checked).</source>
        <translation>%1: Alles in Ordnung (Struktur, Verweise und Suchindex geprüft).</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n problem(s) that a rebuild cannot mend; restore a backup (storybank-cli restore).</source>
        <translation>
            <numerusform>%1 hat noch %n Problem, das ein Neuaufbau nicht beheben kann; stellen Sie eine Sicherung wieder her (storybank-cli restore).</numerusform>
            <numerusform>%1 hat noch %n Probleme, die ein Neuaufbau nicht beheben kann; stellen Sie eine Sicherung wieder her (storybank-cli restore).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); see above. storybank-cli check --repair rebuilds what can be rebuilt.</source>
        <translation>
            <numerusform>%1 hat %n Problem; siehe oben. storybank-cli check --repair baut neu auf, was sich neu aufbauen lässt.</numerusform>
            <numerusform>%1 hat %n Probleme; siehe oben. storybank-cli check --repair baut neu auf, was sich neu aufbauen lässt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::cli::CliApp</name>
    <message>
        <source>The bank file to use (default: %1).</source>
        <translation>Die zu verwendende Sammlungsdatei (Standard: %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run “%1 COMMAND --help” for the options of a command.</source>
        <translation>„%1 BEFEHL --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Run “%1” for usage.</source>
        <translation>„%1“ zeigt die Verwendung.</translation>
    </message>
    <message>
        <source>StoryBank from the command line: build, search and check a bank of interview stories and questions.</source>
        <translation>StoryBank auf der Kommandozeile: eine Sammlung von Geschichten und Fragen für Vorstellungsgespräche aufbauen, durchsuchen und prüfen.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Der auszuführende Befehl.</translation>
    </message>
    <message>
        <source>COMMAND [ARGUMENTS…]</source>
        <translation>BEFEHL [ARGUMENTE…]</translation>
    </message>
    <message>
        <source>unknown command “%1”.</source>
        <translation>unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Usage: %1 [--db PATH] %2 %3</source>
        <translation>Aufruf: %1 [--db PFAD] %2 %3</translation>
    </message>
    <message>
        <source>Create one with “%1 --db PATH init”.</source>
        <translation>Legen Sie eine an mit „%1 --db PFAD init“.</translation>
    </message>
    <message>
        <source>unexpected error: %1</source>
        <translation>unerwarteter Fehler: %1</translation>
    </message>
</context>
<context>
    <name>sb::cli::CoachCommand</name>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>[dismissed]</source>
        <translation>[ausgeblendet]</translation>
    </message>
    <message>
        <source>The coach has nothing to say.</source>
        <translation>Der Coach hat nichts anzumerken.</translation>
    </message>
    <message>
        <source>Give --dismiss or --restore, not both.</source>
        <translation>Geben Sie --dismiss oder --restore an, nicht beides.</translation>
    </message>
    <message>
        <source>one STORY_ID</source>
        <translation>eine GESCHICHTEN_ID</translation>
    </message>
    <message>
        <source>The story id</source>
        <translation>Die Geschichten-ID</translation>
    </message>
    <message>
        <source>There is no coach rule “%1”; the rules are: %2.</source>
        <translation>Es gibt keine Coach-Regel „%1“; die Regeln sind: %2.</translation>
    </message>
    <message>
        <source>Dismissed %1 for story %2.</source>
        <translation>%1 für Geschichte %2 ausgeblendet.</translation>
    </message>
    <message>
        <source>Restored %1 for story %2.</source>
        <translation>%1 für Geschichte %2 wieder eingeblendet.</translation>
    </message>
    <message>
        <source>[STORY_ID] [--all] [--json] | STORY_ID --dismiss|--restore RULE</source>
        <translation>[GESCHICHTEN_ID] [--all] [--json] | GESCHICHTEN_ID --dismiss|--restore REGEL</translation>
    </message>
    <message>
        <source>Point out what would make stories stronger in an interview.</source>
        <translation>Aufzeigen, was Geschichten im Vorstellungsgespräch stärker machen würde.</translation>
    </message>
    <message>
        <source>The story&apos;s id; every story when left out.</source>
        <translation>Die ID der Geschichte; ohne Angabe alle Geschichten.</translation>
    </message>
    <message>
        <source>[id]</source>
        <translation>[ID]</translation>
    </message>
    <message>
        <source>Include findings that were dismissed for a story.</source>
        <translation>Auch Hinweise zeigen, die für eine Geschichte ausgeblendet wurden.</translation>
    </message>
    <message>
        <source>Stop reporting this rule&apos;s findings for the story.</source>
        <translation>Hinweise dieser Regel für die Geschichte nicht mehr melden.</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>Report this rule&apos;s findings for the story again.</source>
        <translation>Hinweise dieser Regel für die Geschichte wieder melden.</translation>
    </message>
    <message>
        <source>Expected at most one story id.</source>
        <translation>Höchstens eine Geschichten-ID erwartet.</translation>
    </message>
    <message>
        <source>There is no story with id %1.</source>
        <translation>Es gibt keine Geschichte mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>sb::cli::CoverageCommand</name>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Gaps:</source>
        <translation>Lücken:</translation>
    </message>
    <message>
        <source>Categories with fewer than %1 strong stories: </source>
        <translation>Kategorien mit weniger als %1 starken Geschichten: </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Questions with no story and no prepared answer: %1</source>
        <translation>Fragen ohne Geschichte und ohne vorbereitete Antwort: %1</translation>
    </message>
    <message>
        <source>Questions only one story answers: %1</source>
        <translation>Fragen, die nur eine Geschichte beantwortet: %1</translation>
    </message>
    <message>
        <source>(story %1)</source>
        <translation>(Geschichte %1)</translation>
    </message>
    <message>
        <source>Overused stories:</source>
        <translation>Überstrapazierte Geschichten:</translation>
    </message>
    <message>
        <source>answers %1% of the linked questions</source>
        <translation>beantwortet %1 % der verknüpften Fragen</translation>
    </message>
    <message>
        <source>; could share with stories %1</source>
        <translation>; könnte sie mit den Geschichten %1 teilen</translation>
    </message>
    <message>
        <source>%1 leans on story %2 alone (%3)</source>
        <translation>%1 stützt sich allein auf Geschichte %2 (%3)</translation>
    </message>
    <message>
        <source>Show how well the stories cover each category, the gaps and overused stories.</source>
        <translation>Zeigen, wie gut die Geschichten jede Kategorie abdecken, sowie Lücken und überstrapazierte Geschichten.</translation>
    </message>
    <message>
        <source>A category needs N strong stories (default 2).</source>
        <translation>Eine Kategorie braucht N starke Geschichten (Standard 2).</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>keine Argumente</translation>
    </message>
</context>
<context>
    <name>sb::cli::ExportCommand</name>
    <message>
        <source>%1: say --format json or --format markdown, or name the file .json or .md.</source>
        <translation>%1: Geben Sie --format json oder --format markdown an, oder geben Sie der Datei die Endung .json oder .md.</translation>
    </message>
    <message>
        <source>--format takes json or markdown, not “%1”.</source>
        <translation>--format nimmt json oder markdown, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 is a folder; a JSON export is one file.</source>
        <translation>%1 ist ein Ordner; ein JSON-Export ist eine einzelne Datei.</translation>
    </message>
    <message>
        <source>[--format json|markdown] -o FILE|FOLDER/</source>
        <translation>[--format json|markdown] -o DATEI|ORDNER/</translation>
    </message>
    <message>
        <source>Export the whole bank as JSON or Markdown (a file, or a folder with one file per story).</source>
        <translation>Die ganze Sammlung als JSON oder Markdown exportieren (eine Datei oder ein Ordner mit einer Datei je Geschichte).</translation>
    </message>
    <message>
        <source>json (everything, for import) or markdown (to read); default: from the name.</source>
        <translation>json (alles, zum Importieren) oder markdown (zum Lesen); Standard: nach dem Dateinamen.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The file to write, or a folder (ending in /) for Markdown with one file per story.</source>
        <translation>Die zu schreibende Datei oder ein Ordner (mit / am Ende) für Markdown mit einer Datei je Geschichte.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>keine Argumente</translation>
    </message>
    <message>
        <source>Say where to write it: -o bank.json, -o bank.md or -o folder/.</source>
        <translation>Geben Sie an, wohin geschrieben wird: -o sammlung.json, -o sammlung.md oder -o ordner/.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 stories, %3 questions.</source>
        <translation>%1 geschrieben: %2 Geschichten, %3 Fragen.</translation>
    </message>
</context>
<context>
    <name>sb::cli::ImportCommand</name>
    <message>
        <source>Would add (nothing was written):</source>
        <translation>Würde hinzufügen (nichts wurde geschrieben):</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Hinzugefügt:</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>%1 new, %2 already in the bank</source>
        <translation>%1 neu, %2 schon in der Sammlung</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Geschichten</translation>
    </message>
    <message>
        <source>Story–question links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Journaleinträge</translation>
    </message>
    <message>
        <source>Practice records</source>
        <translation>Übungseinträge</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>FILE|FOLDER… [--dry-run] [--json]</source>
        <translation>DATEI|ORDNER… [--dry-run] [--json]</translation>
    </message>
    <message>
        <source>Import Markdown notes (.md, .markdown, .txt, or a folder of them) or a StoryBank .json export.</source>
        <translation>Markdown-Notizen (.md, .markdown, .txt oder einen Ordner davon) oder einen StoryBank-Export (.json) importieren.</translation>
    </message>
    <message>
        <source>Show what the import would add, and write nothing.</source>
        <translation>Zeigen, was der Import hinzufügen würde, und nichts schreiben.</translation>
    </message>
    <message>
        <source>Name at least one file or folder to import.</source>
        <translation>Nennen Sie mindestens eine Datei oder einen Ordner zum Importieren.</translation>
    </message>
</context>
<context>
    <name>sb::cli::InitCommand</name>
    <message>
        <source>Create a new bank (never replaces an existing file).</source>
        <translation>Eine neue Sammlung anlegen (ersetzt nie eine vorhandene Datei).</translation>
    </message>
    <message>
        <source>Start with no categories or questions instead of the starter catalog.</source>
        <translation>Ohne Kategorien und Fragen beginnen statt mit dem Startkatalog.</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>keine Argumente</translation>
    </message>
    <message>
        <source>Created %1 with %2 categories and %3 questions.</source>
        <translation>%1 mit %2 Kategorien und %3 Fragen angelegt.</translation>
    </message>
</context>
<context>
    <name>sb::cli::LinkCommand</name>
    <message>
        <source>STORY_ID QUESTION_ID [--fit strong|partial] [--angle TEXT]</source>
        <translation>GESCHICHTEN_ID FRAGEN_ID [--fit strong|partial] [--angle TEXT]</translation>
    </message>
    <message>
        <source>Link a story to a question it answers.</source>
        <translation>Eine Geschichte mit einer Frage verknüpfen, die sie beantwortet.</translation>
    </message>
    <message>
        <source>The story&apos;s id.</source>
        <translation>Die ID der Geschichte.</translation>
    </message>
    <message>
        <source>The question&apos;s id.</source>
        <translation>Die ID der Frage.</translation>
    </message>
    <message>
        <source>strong (default) or partial.</source>
        <translation>strong (Standard) oder partial.</translation>
    </message>
    <message>
        <source>FIT</source>
        <translation>PASSUNG</translation>
    </message>
    <message>
        <source>How to tell the story for this question.</source>
        <translation>Wie die Geschichte für diese Frage erzählt wird.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>STORY_ID QUESTION_ID</source>
        <translation>GESCHICHTEN_ID FRAGEN_ID</translation>
    </message>
    <message>
        <source>STORY_ID</source>
        <translation>GESCHICHTEN_ID</translation>
    </message>
    <message>
        <source>QUESTION_ID</source>
        <translation>FRAGEN_ID</translation>
    </message>
    <message>
        <source>--fit must be strong or partial, not “%1”.</source>
        <translation>--fit muss strong oder partial sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Linked story %1 to question %2 (%3).</source>
        <translation>Geschichte %1 mit Frage %2 verknüpft (%3).</translation>
    </message>
</context>
<context>
    <name>sb::cli::ListCommand</name>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>List stories, questions, categories, tags, interviews or the journal.</source>
        <translation>Geschichten, Fragen, Kategorien, Schlagwörter, Interviews oder das Journal auflisten.</translation>
    </message>
    <message>
        <source>stories, questions, categories, tags, interviews or journal</source>
        <translation>stories, questions, categories, tags, interviews oder journal</translation>
    </message>
    <message>
        <source>one of stories, questions, categories, tags, interviews, journal</source>
        <translation>eines von stories, questions, categories, tags, interviews, journal</translation>
    </message>
    <message>
        <source>Cannot list “%1”: choose stories, questions, categories, tags, interviews or journal.</source>
        <translation>„%1“ kann nicht aufgelistet werden: Wählen Sie stories, questions, categories, tags, interviews oder journal.</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(ohne Datum)</translation>
    </message>
    <message numerus="yes">
        <source>%n planned</source>
        <translation>
            <numerusform>%n geplant</numerusform>
            <numerusform>%n geplant</numerusform>
        </translation>
    </message>
    <message>
        <source>→ story %1 “%2”</source>
        <translation>→ Geschichte %1 „%2“</translation>
    </message>
</context>
<context>
    <name>sb::cli::PathCommand</name>
    <message>
        <source>Print the path of the bank the commands use.</source>
        <translation>Den Pfad der Sammlung ausgeben, die die Befehle verwenden.</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>keine Argumente</translation>
    </message>
</context>
<context>
    <name>sb::cli::PlanCommand</name>
    <message>
        <source>INTERVIEW_ID --question QUESTION_ID --story STORY_ID</source>
        <translation>INTERVIEW_ID --question FRAGEN_ID --story GESCHICHTEN_ID</translation>
    </message>
    <message>
        <source>Plan a story for a question expected at an interview.</source>
        <translation>Eine Geschichte für eine im Interview erwartete Frage einplanen.</translation>
    </message>
    <message>
        <source>The interview&apos;s id.</source>
        <translation>Die ID des Interviews.</translation>
    </message>
    <message>
        <source>The question&apos;s id; it is added to the expected questions when new.</source>
        <translation>Die ID der Frage; sie wird bei Bedarf zu den erwarteten Fragen hinzugefügt.</translation>
    </message>
    <message>
        <source>The story to tell for it.</source>
        <translation>Die Geschichte, die Sie darauf erzählen wollen.</translation>
    </message>
    <message>
        <source>INTERVIEW_ID</source>
        <translation>INTERVIEW_ID</translation>
    </message>
    <message>
        <source>“plan” needs --%1.</source>
        <translation>Für „plan“ ist --%1 nötig.</translation>
    </message>
    <message>
        <source>Planned story %1 for question %2 at interview %3.</source>
        <translation>Geschichte %1 für Frage %2 im Interview %3 eingeplant.</translation>
    </message>
</context>
<context>
    <name>sb::cli::PracticeCommand</name>
    <message>
        <source>List what is due for practice, or log a practice (ITEM: story:ID or question:ID).</source>
        <translation>Auflisten, was zum Üben fällig ist, oder eine Übung eintragen (EINTRAG: story:ID oder question:ID).</translation>
    </message>
    <message>
        <source>due or log.</source>
        <translation>due oder log.</translation>
    </message>
    <message>
        <source>For log: story:ID or question:ID.</source>
        <translation>Für log: story:ID oder question:ID.</translation>
    </message>
    <message>
        <source>[ITEM]</source>
        <translation>[EINTRAG]</translation>
    </message>
    <message>
        <source>For log: again, hard, good or easy.</source>
        <translation>Für log: again, hard, good oder easy.</translation>
    </message>
    <message>
        <source>RATING</source>
        <translation>BEWERTUNG</translation>
    </message>
    <message>
        <source>For log: how long the answer took.</source>
        <translation>Für log: wie lange die Antwort gedauert hat.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The day to list what is due on, or the day practised (default today).</source>
        <translation>Der Tag, für den Fälliges aufgelistet wird, oder der Tag der Übung (Standard: heute).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Use “practice due” or “practice log ITEM --rating RATING”.</source>
        <translation>Verwenden Sie „practice due“ oder „practice log EINTRAG --rating BEWERTUNG“.</translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation>EINTRAG</translation>
    </message>
    <message>
        <source>ITEM must be story:ID or question:ID, not “%1”.</source>
        <translation>EINTRAG muss story:ID oder question:ID sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--on must be a date such as 2026-12-31, not “%1”.</source>
        <translation>--on muss ein Datum wie 2026-12-31 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Nothing is due for practice on %1.</source>
        <translation>Am %1 ist nichts zum Üben fällig.</translation>
    </message>
    <message>
        <source>Say how it went: --rating again|hard|good|easy.</source>
        <translation>Geben Sie an, wie es lief: --rating again|hard|good|easy.</translation>
    </message>
    <message>
        <source>--rating must be again, hard, good or easy, not “%1”.</source>
        <translation>--rating muss again, hard, good oder easy sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--seconds must be a number of seconds, not “%1”.</source>
        <translation>--seconds muss eine Anzahl Sekunden sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Logged practice of %1 (%2); next practice on %3.</source>
        <translation>Übung von %1 eingetragen (%2); nächste Übung am %3.</translation>
    </message>
    <message>
        <source>due [--on DATE] [--json] | log ITEM --rating again|hard|good|easy [--seconds N] [--on DATE]</source>
        <translation>due [--on DATUM] [--json] | log EINTRAG --rating again|hard|good|easy [--seconds N] [--on DATUM]</translation>
    </message>
</context>
<context>
    <name>sb::cli::RemoveCommand</name>
    <message>
        <source>story|question|category|tag ID</source>
        <translation>story|question|category|tag ID</translation>
    </message>
    <message>
        <source>Remove a story, question, category or tag (and its links).</source>
        <translation>Eine Geschichte, Frage, Kategorie oder ein Schlagwort entfernen (samt Verknüpfungen).</translation>
    </message>
    <message>
        <source>story, question, category or tag</source>
        <translation>story, question, category oder tag</translation>
    </message>
    <message>
        <source>Its id.</source>
        <translation>Die ID.</translation>
    </message>
    <message>
        <source>what to remove and its ID</source>
        <translation>was entfernt wird und seine ID</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Removed %1 %2.</source>
        <translation>%1 %2 entfernt.</translation>
    </message>
    <message>
        <source>Cannot remove “%1”: choose story, question, category or tag.</source>
        <translation>„%1“ kann nicht entfernt werden: Wählen Sie story, question, category oder tag.</translation>
    </message>
</context>
<context>
    <name>sb::cli::RestoreCommand</name>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Replace the bank with the backup FILE, after checking FILE is whole (the bank it replaces is kept in its backup folder).</source>
        <translation>Die Sammlung durch die Sicherung DATEI ersetzen, nachdem geprüft wurde, dass DATEI vollständig ist (die ersetzte Sammlung bleibt in ihrem Sicherungsordner).</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%1 aus %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>The bank as it was is kept in %1.</source>
        <translation>Die Sammlung im vorherigen Zustand liegt in %1.</translation>
    </message>
</context>
<context>
    <name>sb::cli::SearchCommand</name>
    <message>
        <source>QUERY… [--limit N] [--json]</source>
        <translation>SUCHBEGRIFF… [--limit N] [--json]</translation>
    </message>
    <message>
        <source>Find stories and questions by their words.</source>
        <translation>Geschichten und Fragen anhand ihrer Wörter finden.</translation>
    </message>
    <message>
        <source>Words to find; each matches as a prefix.</source>
        <translation>Zu findende Wörter; jedes passt auch als Wortanfang.</translation>
    </message>
    <message>
        <source>At most N results (default 20).</source>
        <translation>Höchstens N Ergebnisse (Standard 20).</translation>
    </message>
    <message>
        <source>Give the words to search for.</source>
        <translation>Geben Sie die Wörter an, nach denen gesucht wird.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
    <message>
        <source>story</source>
        <translation>Geschichte</translation>
    </message>
    <message>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>answers questions %1</source>
        <translation>beantwortet die Fragen %1</translation>
    </message>
    <message>
        <source>answered by stories %1</source>
        <translation>beantwortet von den Geschichten %1</translation>
    </message>
</context>
<context>
    <name>sb::cli::StatsCommand</name>
    <message>
        <source>Count what the bank holds.</source>
        <translation>Zählen, was die Sammlung enthält.</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>keine Argumente</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Geschichten</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Story–question links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Journaleinträge</translation>
    </message>
    <message>
        <source>Practice records</source>
        <translation>Übungseinträge</translation>
    </message>
    <message>
        <source>Bank: %1</source>
        <translation>Sammlung: %1</translation>
    </message>
    <message>
        <source>Bank format:</source>
        <translation>Sammlungsformat:</translation>
    </message>
</context>
<context>
    <name>sb::gui</name>
    <message>
        <source>example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Lead with the deadline, then the trade-offs.</source>
        <translation>Mit der Frist beginnen, dann die Abwägungen.</translation>
    </message>
    <message>
        <source>Stress re-ranking the features with product.</source>
        <translation>Die Neupriorisierung mit dem Produktteam betonen.</translation>
    </message>
</context>
<context>
    <name>sb::gui::AddStoryCommand</name>
    <message>
        <source>New Story</source>
        <translation>Neue Geschichte</translation>
    </message>
</context>
<context>
    <name>sb::gui::AddTagCommand</name>
    <message>
        <source>New tag “%1”</source>
        <translation>Neues Schlagwort „%1“</translation>
    </message>
</context>
<context>
    <name>sb::gui::AnswerCountdown</name>
    <message>
        <source>You answered in %1</source>
        <translation>Ihre Antwort dauerte %1</translation>
    </message>
    <message>
        <source>of %1 for this answer</source>
        <translation>von %1 für diese Antwort</translation>
    </message>
    <message>
        <source>Time to wrap up: say how it ended and what it changed.</source>
        <translation>Zeit zum Abschluss: Sagen Sie, wie es ausging und was es bewirkt hat.</translation>
    </message>
</context>
<context>
    <name>sb::gui::AnswerRecorder</name>
    <message>
        <source>Time recorded</source>
        <translation>Aufgenommene Zeit</translation>
    </message>
    <message>
        <source>Stop Recording</source>
        <translation>Aufnahme beenden</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <source>Stop recording your answer</source>
        <translation>Die Aufnahme Ihrer Antwort beenden</translation>
    </message>
    <message>
        <source>Record your answer to listen to it afterwards</source>
        <translation>Ihre Antwort aufnehmen, um sie danach anzuhören</translation>
    </message>
    <message>
        <source>Stop Playing</source>
        <translation>Wiedergabe beenden</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>The folder %1 could not be made, so nothing was recorded.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden, daher wurde nichts aufgenommen.</translation>
    </message>
    <message>
        <source>%1 could not be written (or is there already), so nothing was recorded.</source>
        <translation>%1 konnte nicht geschrieben werden (oder ist schon vorhanden), daher wurde nichts aufgenommen.</translation>
    </message>
    <message>
        <source>No microphone was found, so nothing was recorded.</source>
        <translation>Es wurde kein Mikrofon gefunden, daher wurde nichts aufgenommen.</translation>
    </message>
    <message>
        <source>The microphone could not be used: %1</source>
        <translation>Das Mikrofon konnte nicht benutzt werden: %1</translation>
    </message>
    <message>
        <source>The recording could not be played: %1</source>
        <translation>Die Aufnahme konnte nicht abgespielt werden: %1</translation>
    </message>
    <message>
        <source>The recording %1 is no longer there.</source>
        <translation>Die Aufnahme %1 ist nicht mehr vorhanden.</translation>
    </message>
</context>
<context>
    <name>sb::gui::AnswerTake</name>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>no sound came from it.</source>
        <translation>es kam kein Ton.</translation>
    </message>
</context>
<context>
    <name>sb::gui::BackgroundTask</name>
    <message>
        <source>Something unexpected stopped the work.</source>
        <translation>Etwas Unerwartetes hat die Arbeit abgebrochen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>sb::gui::BankDocument</name>
    <message>
        <source>Not saved yet: trying again…</source>
        <translation>Noch nicht gespeichert: neuer Versuch …</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>What you typed stays in the window and is saved as soon as the bank can be written again; keep the window open until then. Any other change needs doing again.</source>
        <translation>Was Sie getippt haben, bleibt im Fenster und wird gespeichert, sobald die Sammlung wieder beschreibbar ist; lassen Sie das Fenster bis dahin offen. Jede andere Änderung muss wiederholt werden.</translation>
    </message>
</context>
<context>
    <name>sb::gui::BankFileActions</name>
    <message>
        <source>StoryBank banks (*.storybank)</source>
        <translation>StoryBank-Sammlungen (*.storybank)</translation>
    </message>
    <message>
        <source>New Bank</source>
        <translation>Neue Sammlung</translation>
    </message>
    <message>
        <source>Open Bank</source>
        <translation>Sammlung öffnen</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Go back to %1?</source>
        <translation>Zu %1 zurückkehren?</translation>
    </message>
    <message>
        <source>StoryBank closes this window, puts the copy in place and opens it again. The bank as it is now is kept in its backup folder, so you can go back to it the same way.</source>
        <translation>StoryBank schließt dieses Fenster, setzt die Kopie an ihre Stelle und öffnet sie wieder. Die Sammlung im jetzigen Zustand bleibt in ihrem Sicherungsordner, sodass Sie auf demselben Weg zu ihr zurückkehren können.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>New &amp;Bank…</source>
        <translation>Neue &amp;Sammlung …</translation>
    </message>
    <message>
        <source>&amp;Open Bank…</source>
        <translation>Sammlung &amp;öffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>&amp;Kopie speichern unter …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with Open Bank.</source>
        <translation>%1 existiert bereits. Wählen Sie einen anderen Namen oder öffnen Sie die Datei mit „Sammlung öffnen“.</translation>
    </message>
    <message>
        <source>That is this bank itself; everything in it is already saved.</source>
        <translation>Das ist diese Sammlung selbst; alles darin ist bereits gespeichert.</translation>
    </message>
    <message>
        <source>StoryBank could not be started again to restore the copy. Nothing was changed.</source>
        <translation>StoryBank konnte zum Wiederherstellen der Kopie nicht neu gestartet werden. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>sb::gui::BankLock</name>
    <message>
        <source>%1 is already open in another StoryBank window (process %2 on %3). Switch to that window, or close it and try again.</source>
        <translation>%1 ist bereits in einem anderen StoryBank-Fenster geöffnet (Prozess %2 auf %3). Wechseln Sie zu diesem Fenster oder schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 could not be locked for editing: its folder may be read-only.</source>
        <translation>%1 konnte nicht zum Bearbeiten gesperrt werden: Der Ordner ist vielleicht schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>sb::gui::CategoryCommands</name>
    <message>
        <source>New category “%1”</source>
        <translation>Neue Kategorie „%1“</translation>
    </message>
    <message>
        <source>Delete category “%1”</source>
        <translation>Kategorie „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>sb::gui::CheatSheetWindow</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cheat Sheet – StoryBank</source>
        <translation>Spickzettel – StoryBank</translation>
    </message>
    <message>
        <source>Preview of the printed sheet</source>
        <translation>Vorschau des gedruckten Zettels</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Dr&amp;ucken …</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>P&amp;DF-Export …</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>&amp;HTML-Export …</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>&amp;Markdown-Export …</translation>
    </message>
    <message>
        <source>Export Cheat Sheet</source>
        <translation>Spickzettel exportieren</translation>
    </message>
    <message>
        <source>No ready story matches these choices. Mark stories ready, or untick “Only stories marked ready”.</source>
        <translation>Keine fertige Geschichte passt zu dieser Auswahl. Markieren Sie Geschichten als fertig oder entfernen Sie das Häkchen bei „Nur als fertig markierte Geschichten“.</translation>
    </message>
    <message>
        <source>No story matches these choices.</source>
        <translation>Keine Geschichte passt zu dieser Auswahl.</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>PDF wird geschrieben …</translation>
    </message>
    <message>
        <source>PDF export cancelled.</source>
        <translation>PDF-Export abgebrochen.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>There is no sheet to export with these choices.</source>
        <translation>Mit dieser Auswahl gibt es keinen Zettel zum Exportieren.</translation>
    </message>
    <message>
        <source>Cheat sheet</source>
        <translation>Spickzettel</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>sb::gui::CoachPanel</name>
    <message>
        <source>Coach advice</source>
        <translation>Hinweise des Coachs</translation>
    </message>
    <message>
        <source>No advice: this story reads well.</source>
        <translation>Keine Hinweise: Diese Geschichte liest sich gut.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Stop giving this advice for this story (Edit › Undo brings it back)</source>
        <translation>Diesen Hinweis für diese Geschichte nicht mehr zeigen (Bearbeiten › Rückgängig holt ihn zurück)</translation>
    </message>
</context>
<context>
    <name>sb::gui::CompanyValuesPanel</name>
    <message>
        <source>Company values</source>
        <translation>Unternehmenswerte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>What it means there</source>
        <translation>Was er dort bedeutet</translation>
    </message>
    <message>
        <source>Double-click a value or its meaning to edit it</source>
        <translation>Doppelklicken Sie auf einen Wert oder seine Bedeutung, um ihn zu bearbeiten</translation>
    </message>
    <message>
        <source>Add &amp;Value</source>
        <translation>&amp;Wert hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Map a Story…</source>
        <translation>Geschichte &amp;zuordnen …</translation>
    </message>
    <message>
        <source>Choose a story that shows the selected value</source>
        <translation>Eine Geschichte wählen, die den ausgewählten Wert zeigt</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected value, or the selected story from it</source>
        <translation>Den ausgewählten Wert entfernen oder die ausgewählte Geschichte von ihm lösen</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>Map a Story to a Value</source>
        <translation>Einem Wert eine Geschichte zuordnen</translation>
    </message>
    <message>
        <source>No story yet</source>
        <translation>Noch keine Geschichte</translation>
    </message>
    <message>
        <source>A gap: prepare a story that shows “%1”, or map one you have.</source>
        <translation>Eine Lücke: Bereiten Sie eine Geschichte vor, die „%1“ zeigt, oder ordnen Sie eine vorhandene zu.</translation>
    </message>
    <message numerus="yes">
        <source>Value (%n without a story)</source>
        <translation>
            <numerusform>Wert (%n ohne Geschichte)</numerusform>
            <numerusform>Wert (%n ohne Geschichte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the value “%1”</source>
        <translation>Wert „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit the value “%1”</source>
        <translation>Wert „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Map a story to “%1”</source>
        <translation>„%1“ eine Geschichte zuordnen</translation>
    </message>
    <message>
        <source>Unmap a story from “%1”</source>
        <translation>Eine Geschichte von „%1“ lösen</translation>
    </message>
    <message>
        <source>Remove the value “%1”</source>
        <translation>Wert „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>sb::gui::CountText</name>
    <message>
        <source>1 story</source>
        <translation>1 Geschichte</translation>
    </message>
    <message>
        <source>%1 stories</source>
        <translation>%1 Geschichten</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>1 Frage</translation>
    </message>
    <message>
        <source>%1 questions</source>
        <translation>%1 Fragen</translation>
    </message>
    <message>
        <source>1 link</source>
        <translation>1 Verknüpfung</translation>
    </message>
    <message>
        <source>%1 links</source>
        <translation>%1 Verknüpfungen</translation>
    </message>
    <message>
        <source>1 category</source>
        <translation>1 Kategorie</translation>
    </message>
    <message>
        <source>%1 categories</source>
        <translation>%1 Kategorien</translation>
    </message>
    <message>
        <source>1 tag</source>
        <translation>1 Schlagwort</translation>
    </message>
    <message>
        <source>%1 tags</source>
        <translation>%1 Schlagwörter</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
</context>
<context>
    <name>sb::gui::CoverageModel</name>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>p</source>
        <translation>t</translation>
    </message>
    <message>
        <source>“%1” covers %2 strongly</source>
        <translation>„%1“ deckt %2 stark ab</translation>
    </message>
    <message>
        <source>“%1” covers %2 in part</source>
        <translation>„%1“ deckt %2 teilweise ab</translation>
    </message>
    <message>
        <source>“%1” does not cover %2</source>
        <translation>„%1“ deckt %2 nicht ab</translation>
    </message>
    <message>
        <source>Fewer strong stories than an interview may ask for</source>
        <translation>Weniger starke Geschichten, als ein Vorstellungsgespräch verlangen kann</translation>
    </message>
    <message>
        <source>Show the questions of %1</source>
        <translation>Die Fragen von %1 zeigen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Offen</translation>
    </message>
</context>
<context>
    <name>sb::gui::CoverageWindow</name>
    <message>
        <source>Coverage — StoryBank</source>
        <translation>Abdeckung — StoryBank</translation>
    </message>
    <message>
        <source>Coverage of categories by stories</source>
        <translation>Abdeckung der Kategorien durch Geschichten</translation>
    </message>
    <message>
        <source>S: a strong story for the category (filed there, or strongly linked to one of its questions) · p: partly. Click a cell to open the story, a category to see its questions.</source>
        <translation>S: eine starke Geschichte für die Kategorie (dort abgelegt oder stark mit einer ihrer Fragen verknüpft) · t: teilweise. Klicken Sie auf eine Zelle, um die Geschichte zu öffnen, auf eine Kategorie, um ihre Fragen zu sehen.</translation>
    </message>
    <message>
        <source>%1 with fewer than two strong stories</source>
        <translation>%1 mit weniger als zwei starken Geschichten</translation>
    </message>
    <message>
        <source>%1 with no story and no prepared answer</source>
        <translation>%1 ohne Geschichte und ohne vorbereitete Antwort</translation>
    </message>
    <message>
        <source>“%1” answers %2% of the linked questions</source>
        <translation>„%1“ beantwortet %2 % der verknüpften Fragen</translation>
    </message>
</context>
<context>
    <name>sb::gui::DefaultPitchDialog</name>
    <message>
        <source>Tell Me About Yourself – StoryBank</source>
        <translation>Erzählen Sie von sich – StoryBank</translation>
    </message>
    <message>
        <source>Your answer to “Tell me about yourself”, in three parts. Interviews use it unless they have their own. Changes are saved as you type.</source>
        <translation>Ihre Antwort auf „Erzählen Sie etwas über sich“, in drei Teilen. Interviews verwenden sie, wenn sie keine eigene haben. Änderungen werden beim Tippen gespeichert.</translation>
    </message>
    <message>
        <source>Edit the pitch</source>
        <translation>Vorstellung bearbeiten</translation>
    </message>
</context>
<context>
    <name>sb::gui::DismissCoachCommand</name>
    <message>
        <source>Dismiss Coach Advice</source>
        <translation>Hinweis des Coachs ausblenden</translation>
    </message>
</context>
<context>
    <name>sb::gui::ExampleStory</name>
    <message>
        <source>Example: Rescued a late product launch</source>
        <translation>Beispiel: Einen verspäteten Produktstart gerettet</translation>
    </message>
    <message>
        <source>Re-planned a slipping release with the team and shipped two days early.</source>
        <translation>Ein verrutschendes Release mit dem Team neu geplant und zwei Tage früher ausgeliefert.</translation>
    </message>
    <message>
        <source>At a 40-person software company, our biggest release of the year was three weeks behind, six weeks before a trade show where sales had already booked demos.</source>
        <translation>In einem Softwareunternehmen mit 40 Leuten lag unser größtes Release des Jahres drei Wochen zurück, sechs Wochen vor einer Messe, auf der der Vertrieb schon Vorführungen vereinbart hatte.</translation>
    </message>
    <message>
        <source>As the newest tech lead, I was asked to get a working release out in time without burning the team out.</source>
        <translation>Als neuester Tech Lead sollte ich rechtzeitig ein funktionierendes Release herausbringen, ohne das Team zu verheizen.</translation>
    </message>
    <message>
        <source>I met product and listed every open feature by customer value and risk. We cut four nice-to-haves and moved two to a follow-up. I paired with the engineer on the riskiest module for a week and set up a 15-minute daily check-in so problems surfaced the same day.</source>
        <translation>Ich habe mich mit dem Produktmanagement zusammengesetzt und jede offene Funktion nach Kundennutzen und Risiko geordnet. Wir haben vier verzichtbare Funktionen gestrichen und zwei auf ein Folgerelease verschoben. Eine Woche lang habe ich mit dem Entwickler des riskantesten Moduls im Pair gearbeitet und ein tägliches 15-Minuten-Treffen eingeführt, damit Probleme noch am selben Tag sichtbar wurden.</translation>
    </message>
    <message>
        <source>We shipped two days before the show. Sales closed 12 deals from the demos, and crash reports fell 40% compared with the previous release.</source>
        <translation>Wir haben zwei Tage vor der Messe ausgeliefert. Der Vertrieb hat aus den Vorführungen 12 Abschlüsse gemacht, und die Absturzberichte gingen gegenüber dem vorigen Release um 40 % zurück.</translation>
    </message>
    <message>
        <source>Cut scope early and in the open. I now review scope against the calendar every two weeks on every project I lead.</source>
        <translation>Umfang früh und offen kürzen. Heute prüfe ich in jedem Projekt, das ich leite, alle zwei Wochen den Umfang gegen den Kalender.</translation>
    </message>
    <message>
        <source>3 weeks late, trade show in 6</source>
        <translation>3 Wochen im Verzug, Messe in 6</translation>
    </message>
    <message>
        <source>ranked features by value and risk</source>
        <translation>Funktionen nach Nutzen und Risiko geordnet</translation>
    </message>
    <message>
        <source>cut 4, paired on riskiest module</source>
        <translation>4 gestrichen, Pairing am riskantesten Modul</translation>
    </message>
    <message>
        <source>shipped 2 days early, 12 deals, -40% crashes</source>
        <translation>2 Tage früher ausgeliefert, 12 Abschlüsse, -40 % Abstürze</translation>
    </message>
    <message>
        <source>Tech lead</source>
        <translation>Tech Lead</translation>
    </message>
    <message>
        <source>Example Ltd</source>
        <translation>Beispiel GmbH</translation>
    </message>
    <message>
        <source>2023</source>
        <translation>2023</translation>
    </message>
</context>
<context>
    <name>sb::gui::ExchangeActions</name>
    <message>
        <source>Import a Folder of Notes</source>
        <translation>Einen Ordner mit Notizen importieren</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>Notizen importieren</translation>
    </message>
    <message>
        <source>Notes and StoryBank exports (*.md *.markdown *.txt *.json);;Markdown notes (*.md *.markdown *.txt);;StoryBank exports (*.json)</source>
        <translation>Notizen und StoryBank-Exporte (*.md *.markdown *.txt *.json);;Markdown-Notizen (*.md *.markdown *.txt);;StoryBank-Exporte (*.json)</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Als JSON exportieren</translation>
    </message>
    <message>
        <source>StoryBank exports (*.json)</source>
        <translation>StoryBank-Exporte (*.json)</translation>
    </message>
    <message>
        <source>Export as Markdown</source>
        <translation>Als Markdown exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export to an Empty Folder</source>
        <translation>In einen leeren Ordner exportieren</translation>
    </message>
    <message>
        <source>&amp;Import Notes…</source>
        <translation>Notizen &amp;importieren …</translation>
    </message>
    <message>
        <source>Import &amp;Folder of Notes…</source>
        <translation>Notizen-&amp;Ordner importieren …</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>As &amp;Markdown File…</source>
        <translation>Als &amp;Markdown-Datei …</translation>
    </message>
    <message>
        <source>As Markdown &amp;Folder (a File per Story)…</source>
        <translation>Als Markdown-&amp;Ordner (eine Datei je Geschichte) …</translation>
    </message>
    <message>
        <source>As &amp;JSON (Everything, to Import Elsewhere)…</source>
        <translation>Als &amp;JSON (alles, zum Import anderswo) …</translation>
    </message>
    <message>
        <source>Reading notes…</source>
        <translation>Notizen werden gelesen …</translation>
    </message>
    <message>
        <source>Looking for notes…</source>
        <translation>Notizen werden gesucht …</translation>
    </message>
    <message>
        <source>Reading the note…</source>
        <translation>Die Notiz wird gelesen …</translation>
    </message>
    <message>
        <source>Reading notes… %1 of %2 files</source>
        <translation>Notizen werden gelesen … %1 von %2 Dateien</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Es wurde nichts importiert. %1</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Imported %1 and %2, with %3.</source>
        <translation>%1 und %2 importiert, mit %3.</translation>
    </message>
    <message>
        <source>Exporting the bank…</source>
        <translation>Die Sammlung wird exportiert …</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>Exported the bank to %1.</source>
        <translation>Die Sammlung wurde nach %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>sb::gui::ExpectedQuestionsPanel</name>
    <message>
        <source>Expected questions and planned stories</source>
        <translation>Erwartete Fragen und geplante Geschichten</translation>
    </message>
    <message>
        <source>&amp;Add from Bank…</source>
        <translation>Aus der &amp;Sammlung …</translation>
    </message>
    <message>
        <source>Expect a question from your bank</source>
        <translation>Eine Frage aus Ihrer Sammlung erwarten</translation>
    </message>
    <message>
        <source>&amp;Write New…</source>
        <translation>&amp;Neu schreiben …</translation>
    </message>
    <message>
        <source>Write a question that is not in your bank yet; it is added there too</source>
        <translation>Eine Frage schreiben, die noch nicht in Ihrer Sammlung ist; sie wird dort ebenfalls hinzugefügt</translation>
    </message>
    <message>
        <source>&amp;Plan a Story…</source>
        <translation>Geschichte &amp;planen …</translation>
    </message>
    <message>
        <source>Choose a story to tell for the selected question</source>
        <translation>Eine Geschichte für die ausgewählte Frage wählen</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected question, or the selected planned story</source>
        <translation>Die ausgewählte Frage oder die ausgewählte geplante Geschichte entfernen</translation>
    </message>
    <message>
        <source>Expect a Question</source>
        <translation>Eine Frage erwarten</translation>
    </message>
    <message>
        <source>Write a New Question</source>
        <translation>Neue Frage schreiben</translation>
    </message>
    <message>
        <source>The question as the interviewer would ask it:</source>
        <translation>Die Frage, wie der Interviewer sie stellen würde:</translation>
    </message>
    <message>
        <source>Plan a Story</source>
        <translation>Eine Geschichte planen</translation>
    </message>
    <message>
        <source>Told to this company before: they may notice a repeat. Consider another story.</source>
        <translation>Dieser Firma schon erzählt: Eine Wiederholung kann auffallen. Erwägen Sie eine andere Geschichte.</translation>
    </message>
    <message>
        <source>No story planned yet</source>
        <translation>Noch keine Geschichte geplant</translation>
    </message>
    <message>
        <source>Expect “%1”</source>
        <translation>„%1“ erwarten</translation>
    </message>
    <message>
        <source>Plan “%1”</source>
        <translation>„%1“ planen</translation>
    </message>
    <message>
        <source>Drop “%1” from the plan</source>
        <translation>„%1“ aus dem Plan nehmen</translation>
    </message>
    <message>
        <source>No longer expect “%1”</source>
        <translation>„%1“ nicht mehr erwarten</translation>
    </message>
    <message>
        <source>Reorder the expected questions</source>
        <translation>Erwartete Fragen umordnen</translation>
    </message>
</context>
<context>
    <name>sb::gui::FindReplaceBar</name>
    <message>
        <source>Find in this story</source>
        <translation>In dieser Geschichte</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Ersetzung</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß/klein</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>Find in Story…</source>
        <translation>In Geschichte suchen …</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace this match and find the next</source>
        <translation>Diesen Treffer ersetzen und den nächsten suchen</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Replace every match in this story, as one step to undo</source>
        <translation>Jeden Treffer in dieser Geschichte ersetzen, in einem rückgängig zu machenden Schritt</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>&amp;Ersetzen durch:</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
</context>
<context>
    <name>sb::gui::FlashcardWindow</name>
    <message>
        <source>Flashcards</source>
        <translation>Karteikarten</translation>
    </message>
    <message>
        <source>Show the Story  (Space)</source>
        <translation>Geschichte zeigen  (Leertaste)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Card %1 of %2</source>
        <translation>Karte %1 von %2</translation>
    </message>
    <message>
        <source>Which story do you tell, and how?</source>
        <translation>Welche Geschichte erzählen Sie, und wie?</translation>
    </message>
    <message>
        <source>Tell this story</source>
        <translation>Erzählen Sie diese Geschichte</translation>
    </message>
    <message>
        <source>Practice not saved</source>
        <translation>Übung nicht gespeichert</translation>
    </message>
    <message>
        <source>Nothing is due today. Write a story, or come back tomorrow.</source>
        <translation>Heute ist nichts fällig. Schreiben Sie eine Geschichte oder kommen Sie morgen wieder.</translation>
    </message>
    <message>
        <source>Again %1 · Hard %2 · Good %3 · Easy %4</source>
        <translation>Nochmal %1 · Schwer %2 · Gut %3 · Leicht %4</translation>
    </message>
    <message>
        <source>The ones you found hard come back soonest.</source>
        <translation>Was Ihnen schwerfiel, kommt am frühesten wieder.</translation>
    </message>
    <message>
        <source>Done: 1 card.</source>
        <translation>Fertig: 1 Karte.</translation>
    </message>
    <message>
        <source>Done: %1 cards.</source>
        <translation>Fertig: %1 Karten.</translation>
    </message>
</context>
<context>
    <name>sb::gui::ImportPreviewDialog</name>
    <message>
        <source>Import Preview</source>
        <translation>Importvorschau</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Woher</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>In the bank</source>
        <translation>In der Sammlung</translation>
    </message>
    <message>
        <source>What the import will add</source>
        <translation>Was der Import hinzufügt</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Importing adds to this bank. Questions, stories, categories and tags it already has are used as they are, never replaced.</source>
        <translation>Der Import ergänzt diese Sammlung. Fragen, Geschichten, Kategorien und Schlagwörter, die sie schon hat, werden unverändert verwendet, nie ersetzt.</translation>
    </message>
    <message>
        <source>This import cannot be made: %1</source>
        <translation>Dieser Import ist nicht möglich: %1</translation>
    </message>
    <message>
        <source>Everything in these files is in the bank already: there is nothing to add.</source>
        <translation>Alles aus diesen Dateien ist schon in der Sammlung: Es gibt nichts hinzuzufügen.</translation>
    </message>
    <message>
        <source>%1 interview, journal and practice records</source>
        <translation>%1 Interview-, Journal- und Übungseinträge</translation>
    </message>
    <message>
        <source>This import will add %1.</source>
        <translation>Dieser Import fügt %1 hinzu.</translation>
    </message>
    <message>
        <source>%1 and %2 are in the bank already and will be used as they are.</source>
        <translation>%1 und %2 sind schon in der Sammlung und werden unverändert verwendet.</translation>
    </message>
    <message>
        <source>See the %1 below.</source>
        <translation>Siehe %1 unten.</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Schon vorhanden</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Questions (%1)</source>
        <translation>Fragen (%1)</translation>
    </message>
    <message>
        <source>named only, %1</source>
        <translation>nur genannt, %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Stories (%1)</source>
        <translation>Geschichten (%1)</translation>
    </message>
    <message>
        <source>New categories (%1)</source>
        <translation>Neue Kategorien (%1)</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
</context>
<context>
    <name>sb::gui::InterviewCommands</name>
    <message>
        <source>New interview</source>
        <translation>Neues Interview</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
</context>
<context>
    <name>sb::gui::InterviewDayWindow</name>
    <message>
        <source>Interview day</source>
        <translation>Interviewtag</translation>
    </message>
    <message>
        <source>&amp;Cheat Sheet…</source>
        <translation>S&amp;pickzettel …</translation>
    </message>
    <message>
        <source>F11: full screen</source>
        <translation>F11: Vollbild</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Interview – StoryBank</source>
        <translation>Interview – StoryBank</translation>
    </message>
    <message>
        <source>This interview is no longer in the bank.</source>
        <translation>Dieses Interview ist nicht mehr in der Bank.</translation>
    </message>
    <message>
        <source>%1 – StoryBank</source>
        <translation>%1 – StoryBank</translation>
    </message>
</context>
<context>
    <name>sb::gui::InterviewEditor</name>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Name der Firma</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>e.g. Staff Engineer</source>
        <translation>z. B. Staff Engineer</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>e.g. L6, Senior, Principal</source>
        <translation>z. B. L6, Senior, Principal</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Names, e.g. Dana Reyes, Sam Ito</source>
        <translation>Namen, z. B. Dana Reyes, Sam Ito</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Recruiter screen</source>
        <translation>Recruiter-Gespräch</translation>
    </message>
    <message>
        <source>Phone screen</source>
        <translation>Telefoninterview</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Gespräch mit der Führungskraft</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technisches Interview</translation>
    </message>
    <message>
        <source>Onsite loop</source>
        <translation>Interviewrunde vor Ort</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Abschlussgespräch</translation>
    </message>
    <message>
        <source>Offer call</source>
        <translation>Angebotsgespräch</translation>
    </message>
    <message>
        <source>e.g. Phone screen</source>
        <translation>z. B. Telefoninterview</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Untick while the date is not known yet</source>
        <translation>Haken entfernen, solange das Datum noch nicht feststeht</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>Noch kein Datum</translation>
    </message>
    <message>
        <source>Day &amp;View…</source>
        <translation>&amp;Tagesansicht …</translation>
    </message>
    <message>
        <source>Everything for the day on one screen: pitch, questions with their stories and cues, questions to ask</source>
        <translation>Alles für den Tag auf einem Bildschirm: Pitch, Fragen mit ihren Geschichten und Stichworten, eigene Fragen</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>St&amp;ufe</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <source>&amp;Interviewers</source>
        <translation>&amp;Interviewer</translation>
    </message>
    <message>
        <source>Research notes</source>
        <translation>Recherchenotizen</translation>
    </message>
    <message>
        <source>What you found out: the company&apos;s values and culture, their lingo, the product and its customers, and the job description pasted in</source>
        <translation>Was Sie herausgefunden haben: Werte und Kultur der Firma, ihr Jargon, das Produkt und seine Kunden, dazu die eingefügte Stellenbeschreibung</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Eigene Fragen</translation>
    </message>
    <message>
        <source>One per line, e.g. “What does success look like in the first 90 days?”</source>
        <translation>Eine pro Zeile, z. B. „Woran erkennt man nach 90 Tagen, dass ich erfolgreich bin?“</translation>
    </message>
    <message>
        <source>Expected questions and planned stories</source>
        <translation>Erwartete Fragen und geplante Geschichten</translation>
    </message>
    <message>
        <source>Company values</source>
        <translation>Unternehmenswerte</translation>
    </message>
    <message>
        <source>Pitch for this interview</source>
        <translation>Pitch für dieses Interview</translation>
    </message>
    <message>
        <source>Stories told</source>
        <translation>Erzählte Geschichten</translation>
    </message>
    <message>
        <source>No interview is open. Choose one in the list, or press “New Interview” to prepare for one.</source>
        <translation>Kein Interview geöffnet. Wählen Sie eines in der Liste oder klicken Sie auf „Neues Interview“, um sich auf eines vorzubereiten.</translation>
    </message>
</context>
<context>
    <name>sb::gui::InterviewListModel</name>
    <message>
        <source>No date yet</source>
        <translation>Noch kein Datum</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
</context>
<context>
    <name>sb::gui::InterviewListPane</name>
    <message>
        <source>New &amp;Interview</source>
        <translation>Neues &amp;Interview</translation>
    </message>
    <message>
        <source>Prepare for a new interview</source>
        <translation>Auf ein neues Interview vorbereiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected interview (it can be undone)</source>
        <translation>Das ausgewählte Interview löschen (lässt sich rückgängig machen)</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Delete Interview</source>
        <translation>Interview löschen</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Neue Firma</translation>
    </message>
</context>
<context>
    <name>sb::gui::InterviewText</name>
    <message>
        <source>New interview</source>
        <translation>Neues Interview</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>Noch kein Datum</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>Told to %1 in round %2 (%3)</source>
        <translation>%1 in Runde %2 erzählt (%3)</translation>
    </message>
    <message>
        <source>Told to %1 (%2)</source>
        <translation>%1 erzählt (%2)</translation>
    </message>
    <message>
        <source>Told in round %1 (%2)</source>
        <translation>In Runde %1 erzählt (%2)</translation>
    </message>
    <message>
        <source>Told before (%1)</source>
        <translation>Schon erzählt (%1)</translation>
    </message>
</context>
<context>
    <name>sb::gui::JournalCommands</name>
    <message>
        <source>New journal entry “%1”</source>
        <translation>Neuer Journaleintrag „%1“</translation>
    </message>
    <message>
        <source>Delete journal entry “%1”</source>
        <translation>Journaleintrag „%1“ löschen</translation>
    </message>
    <message>
        <source>Promote “%1” to a story</source>
        <translation>„%1“ zur Geschichte machen</translation>
    </message>
</context>
<context>
    <name>sb::gui::JournalEditor</name>
    <message>
        <source>Open Story</source>
        <translation>Geschichte öffnen</translation>
    </message>
    <message>
        <source>Promote to Story</source>
        <translation>Zur Geschichte machen</translation>
    </message>
    <message>
        <source>Show the story written from this entry</source>
        <translation>Die aus diesem Eintrag geschriebene Geschichte zeigen</translation>
    </message>
    <message>
        <source>Write a draft story (STAR) from this entry: what happened becomes the situation, the metrics and feedback the result</source>
        <translation>Aus diesem Eintrag einen Geschichtenentwurf (STAR) schreiben: Was geschah, wird zur Situation, Kennzahlen und Rückmeldungen werden zum Ergebnis</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>What you did, e.g. “Cut the build time in half”</source>
        <translation>Was Sie getan haben, z. B. „Build-Zeit halbiert“</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>&amp;Period until</source>
        <translation>&amp;Zeitraum bis</translation>
    </message>
    <message>
        <source>For a project or a quarter rather than one day</source>
        <translation>Für ein Projekt oder ein Quartal statt eines einzelnen Tages</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Promote to story</source>
        <translation>Zur Geschichte machen</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>The situation, what you did and how it turned out, in your own words</source>
        <translation>Die Lage, was Sie getan haben und wie es ausging, in Ihren eigenen Worten</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Numbers that show the result, e.g. build 40 → 18 min</source>
        <translation>Zahlen, die das Ergebnis zeigen, z. B. Build 40 → 18 min</translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation>Erhaltene Rückmeldungen</translation>
    </message>
    <message>
        <source>Quotes from reviews, praise, thanks</source>
        <translation>Zitate aus Beurteilungen, Lob, Dank</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Comma separated, e.g. leadership, performance</source>
        <translation>Durch Kommas getrennt, z. B. Führung, Performance</translation>
    </message>
    <message>
        <source>They become the story&apos;s tags when the entry is promoted</source>
        <translation>Sie werden zu den Schlagwörtern der Geschichte, wenn der Eintrag zur Geschichte wird</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Reichweite</translation>
    </message>
    <message>
        <source>Involvement</source>
        <translation>Beteiligung</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>No journal entry is open.

Press %1 to note an accomplishment quickly, or choose an entry from the list.</source>
        <translation>Kein Journaleintrag ist geöffnet.

Drücken Sie %1, um schnell einen Erfolg festzuhalten, oder wählen Sie einen Eintrag aus der Liste.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Untick for an entry without a date</source>
        <translation>Abwählen für einen Eintrag ohne Datum</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
</context>
<context>
    <name>sb::gui::JournalListModel</name>
    <message>
        <source>→ story</source>
        <translation>→ Geschichte</translation>
    </message>
</context>
<context>
    <name>sb::gui::JournalListPane</name>
    <message>
        <source>Order of journal entries</source>
        <translation>Reihenfolge der Journaleinträge</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Best story material first</source>
        <translation>Bester Geschichtenstoff zuerst</translation>
    </message>
    <message>
        <source>Best story material: impact, scope and involvement added up</source>
        <translation>Bester Geschichtenstoff: Wirkung, Reichweite und Beteiligung zusammengezählt</translation>
    </message>
    <message>
        <source>Not yet written as stories, strongest first.</source>
        <translation>Noch nicht als Geschichte geschrieben, die stärksten zuerst.</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Journaleinträge</translation>
    </message>
    <message>
        <source>New Entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>New journal entry</source>
        <translation>Neuer Journaleintrag</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete journal entry</source>
        <translation>Journaleintrag löschen</translation>
    </message>
</context>
<context>
    <name>sb::gui::JournalSection</name>
    <message>
        <source>Delete Journal Entry</source>
        <translation>Journaleintrag löschen</translation>
    </message>
    <message>
        <source>New journal entry</source>
        <translation>Neuer Journaleintrag</translation>
    </message>
    <message>
        <source>Journal entry deleted.</source>
        <translation>Journaleintrag gelöscht.</translation>
    </message>
    <message>
        <source>Noted in the journal: “%1”.</source>
        <translation>Im Journal notiert: „%1“.</translation>
    </message>
</context>
<context>
    <name>sb::gui::JournalText</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>impact %1</source>
        <translation>Wirkung %1</translation>
    </message>
    <message>
        <source>scope %1</source>
        <translation>Reichweite %1</translation>
    </message>
    <message>
        <source>involvement %1</source>
        <translation>Beteiligung %1</translation>
    </message>
</context>
<context>
    <name>sb::gui::LabelEditor</name>
    <message>
        <source>Tag name</source>
        <translation>Name des Schlagworts</translation>
    </message>
    <message>
        <source>Category name</source>
        <translation>Name der Kategorie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>What interviewers want to learn with these</source>
        <translation>Was Interviewer damit herausfinden wollen</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Double-click a story to open it</source>
        <translation>Doppelklicken Sie auf eine Geschichte, um sie zu öffnen</translation>
    </message>
    <message>
        <source>Stories filed under it</source>
        <translation>Darunter abgelegte Geschichten</translation>
    </message>
    <message>
        <source>Tag to merge into</source>
        <translation>Schlagwort, in das zusammengeführt wird</translation>
    </message>
    <message>
        <source>&amp;Merge Into</source>
        <translation>&amp;Zusammenführen mit</translation>
    </message>
    <message>
        <source>Move every story of this tag to the chosen tag, and delete this one. Undo splits them again.</source>
        <translation>Alle Geschichten dieses Schlagworts auf das gewählte Schlagwort übertragen und dieses löschen. Rückgängig trennt sie wieder.</translation>
    </message>
    <message>
        <source>&amp;Delete Tag…</source>
        <translation>Schlagwort &amp;löschen …</translation>
    </message>
    <message>
        <source>&amp;Delete Category…</source>
        <translation>Kategorie &amp;löschen …</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Keine Farbe</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Farbe %1</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Andere …</translation>
    </message>
    <message>
        <source>Choose a Colour</source>
        <translation>Farbe wählen</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>An %1 vergeben</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>Geschichte ohne Titel</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Schlagwort umbenennen</translation>
    </message>
    <message>
        <source>Edit category</source>
        <translation>Kategorie bearbeiten</translation>
    </message>
    <message>
        <source>Recolour tag</source>
        <translation>Farbe des Schlagworts ändern</translation>
    </message>
    <message>
        <source>Recolour category</source>
        <translation>Farbe der Kategorie ändern</translation>
    </message>
    <message>
        <source>Delete the tag “%1”? It is on %2, which keep everything else.</source>
        <translation>Das Schlagwort „%1“ löschen? Es ist an %2 vergeben; sonst ändert sich daran nichts.</translation>
    </message>
    <message>
        <source>Delete the category “%1”? %2 are filed under it; they keep everything else.</source>
        <translation>Die Kategorie „%1“ löschen? Darunter abgelegt: %2; sonst ändert sich daran nichts.</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Schlagwort löschen</translation>
    </message>
    <message>
        <source>Delete Category</source>
        <translation>Kategorie löschen</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Sie können das rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>sb::gui::LabelListModel</name>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
</context>
<context>
    <name>sb::gui::LabelListPane</name>
    <message>
        <source>New &amp;Tag</source>
        <translation>Neues &amp;Schlagwort</translation>
    </message>
    <message>
        <source>New C&amp;ategory</source>
        <translation>Neue &amp;Kategorie</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Neues Schlagwort</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Neue Kategorie</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>sb::gui::LinkTableModel</name>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passung</translation>
    </message>
    <message>
        <source>Angle for this question</source>
        <translation>Blickwinkel für diese Frage</translation>
    </message>
    <message>
        <source>Change link</source>
        <translation>Verknüpfung ändern</translation>
    </message>
</context>
<context>
    <name>sb::gui::MainWindow</name>
    <message>
        <source>%1 – StoryBank</source>
        <translation>%1 – StoryBank</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved: the bank takes changes again.</source>
        <translation>Gespeichert: Die Sammlung nimmt wieder Änderungen an.</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <source>Story deleted.</source>
        <translation>Geschichte gelöscht.</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Neue Frage</translation>
    </message>
    <message>
        <source>Question deleted.</source>
        <translation>Frage gelöscht.</translation>
    </message>
    <message>
        <source>Press %1 to bring it back.</source>
        <translation>Mit %1 holen Sie sie zurück.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Cheat Sheet…</source>
        <translation>S&amp;pickzettel …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Stories</source>
        <translation>&amp;Geschichten</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Fragen</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Kategorien</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Schlagwörter</translation>
    </message>
    <message>
        <source>C&amp;overage…</source>
        <translation>&amp;Abdeckung …</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>&amp;Geschichte</translation>
    </message>
    <message>
        <source>&amp;New Story</source>
        <translation>&amp;Neue Geschichte</translation>
    </message>
    <message>
        <source>&amp;Delete Story</source>
        <translation>Geschichte &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Frage</translation>
    </message>
    <message>
        <source>New &amp;Question</source>
        <translation>Neue &amp;Frage</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Delete Question</source>
        <translation>Frage &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Organize</source>
        <translation>&amp;Ordnen</translation>
    </message>
    <message>
        <source>New C&amp;ategory</source>
        <translation>Neue &amp;Kategorie</translation>
    </message>
    <message>
        <source>Delete Category</source>
        <translation>Kategorie löschen</translation>
    </message>
    <message>
        <source>New &amp;Tag</source>
        <translation>Neues &amp;Schlagwort</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Schlagwort löschen</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>&amp;Üben</translation>
    </message>
    <message>
        <source>&amp;Flashcards…</source>
        <translation>&amp;Karteikarten …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About StoryBank</source>
        <translation>Ü&amp;ber StoryBank</translation>
    </message>
    <message>
        <source>About StoryBank</source>
        <translation>Über StoryBank</translation>
    </message>
    <message>
        <source>&lt;h3&gt;StoryBank %1&lt;/h3&gt;&lt;p&gt;Write, organize and practise your interview stories. Everything stays in one file on this computer.&lt;/p&gt;&lt;p&gt;Bank: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;StoryBank %1&lt;/h3&gt;&lt;p&gt;Schreiben, ordnen und üben Sie Ihre Geschichten für Vorstellungsgespräche. Alles bleibt in einer Datei auf diesem Computer.&lt;/p&gt;&lt;p&gt;Sammlung: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>The text here is not saved yet, so it stays open until it is. StoryBank keeps trying.</source>
        <translation>Der Text hier ist noch nicht gespeichert und bleibt deshalb offen, bis er es ist. StoryBank versucht es weiter.</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation>Ohne Speichern schließen?</translation>
    </message>
    <message>
        <source>StoryBank could not save your latest typing, and it is still trying. If you close the window now, that text is lost.</source>
        <translation>StoryBank konnte Ihre letzten Eingaben nicht speichern und versucht es weiter. Wenn Sie das Fenster jetzt schließen, geht dieser Text verloren.</translation>
    </message>
    <message>
        <source>Free some disk space (or make the bank writable again), wait for “All changes saved”, then close.</source>
        <translation>Schaffen Sie Speicherplatz (oder machen Sie die Sammlung wieder beschreibbar), warten Sie auf „Alle Änderungen gespeichert“ und schließen Sie dann.</translation>
    </message>
    <message>
        <source>Keep Open</source>
        <translation>Offen lassen</translation>
    </message>
    <message>
        <source>Close and Lose It</source>
        <translation>Schließen und verwerfen</translation>
    </message>
    <message>
        <source>&amp;Mock Interview…</source>
        <translation>&amp;Probe-Interview …</translation>
    </message>
    <message>
        <source>Interview deleted.</source>
        <translation>Interview gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Interviews</source>
        <translation>&amp;Interviews</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>&amp;Quick Capture…</source>
        <translation>&amp;Schnell notieren …</translation>
    </message>
    <message>
        <source>New &amp;Entry</source>
        <translation>Neuer &amp;Eintrag</translation>
    </message>
    <message>
        <source>&amp;Story Material</source>
        <translation>&amp;Geschichtenstoff</translation>
    </message>
    <message>
        <source>&amp;Tell Me About Yourself…</source>
        <translation>&amp;Erzählen Sie von sich …</translation>
    </message>
</context>
<context>
    <name>sb::gui::MockInterviewSetup</name>
    <message>
        <source>&lt;h2&gt;Mock interview&lt;/h2&gt;&lt;p&gt;Questions come one at a time, as an interviewer would ask them. Answer out loud, then see the stories you prepared and say how it went.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Probe-Interview&lt;/h2&gt;&lt;p&gt;Die Fragen kommen einzeln, so wie eine Interviewerin sie stellen würde. Antworten Sie laut, sehen Sie sich dann die vorbereiteten Geschichten an und sagen Sie, wie es lief.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Any question in the bank</source>
        <translation>Beliebige Fragen aus der Sammlung</translation>
    </message>
    <message>
        <source>Questions in these categories:</source>
        <translation>Fragen aus diesen Kategorien:</translation>
    </message>
    <message>
        <source>Questions due for practice today (%1)</source>
        <translation>Heute zum Üben fällige Fragen (%1)</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>&amp;Fragen:</translation>
    </message>
    <message>
        <source>&amp;Time for each answer:</source>
        <translation>&amp;Zeit je Antwort:</translation>
    </message>
    <message>
        <source>&amp;Record my answers, to listen to them afterwards</source>
        <translation>Antworten &amp;aufnehmen, um sie danach anzuhören</translation>
    </message>
    <message>
        <source>Start the Interview</source>
        <translation>Interview beginnen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>category name and its number of questions</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Questions expected at an &amp;interview:</source>
        <translation>Erwartete Fragen eines &amp;Interviews:</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an interview, its number of questions</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>sb::gui::MockInterviewWindow</name>
    <message>
        <source>Mock Interview</source>
        <translation>Probe-Interview</translation>
    </message>
    <message>
        <source>I’ve Answered: Show My Stories  (Space)</source>
        <translation>Geantwortet: Meine Geschichten zeigen  (Leertaste)</translation>
    </message>
    <message>
        <source>How did your answer go?</source>
        <translation>Wie lief Ihre Antwort?</translation>
    </message>
    <message>
        <source>Esc ends the interview · F11 full window</source>
        <translation>Esc beendet das Interview · F11 ganzer Bildschirm</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Wie es lief</translation>
    </message>
    <message>
        <source>Practise Again</source>
        <translation>Noch einmal üben</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No question is due today. Choose another set, or come back tomorrow.</source>
        <translation>Heute ist keine Frage fällig. Wählen Sie andere Fragen oder kommen Sie morgen wieder.</translation>
    </message>
    <message>
        <source>There are no questions to ask in this choice. Add questions to the bank, or choose other categories.</source>
        <translation>In dieser Auswahl gibt es keine Fragen. Legen Sie Fragen an oder wählen Sie andere Kategorien.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Frage %1 von %2</translation>
    </message>
    <message>
        <source>Practice not saved</source>
        <translation>Übung nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 (over by %2)</source>
        <translation>%1 (%2 zu lang)</translation>
    </message>
    <message>
        <source>1 question answered</source>
        <translation>1 Frage beantwortet</translation>
    </message>
    <message>
        <source>%1 questions answered</source>
        <translation>%1 Fragen beantwortet</translation>
    </message>
    <message>
        <source>%1 in all · %2 of %3 within %4 · The ones you found hard come back soonest.</source>
        <translation>%1 insgesamt · %2 von %3 innerhalb von %4 · Was schwerfiel, kommt am frühesten wieder.</translation>
    </message>
</context>
<context>
    <name>sb::gui::NavigatorModel</name>
    <message>
        <source>Stories (%1)</source>
        <translation>Geschichten (%1)</translation>
    </message>
    <message>
        <source>Questions (%1)</source>
        <translation>Fragen (%1)</translation>
    </message>
    <message>
        <source>Categories (%1)</source>
        <translation>Kategorien (%1)</translation>
    </message>
    <message>
        <source>Tags (%1)</source>
        <translation>Schlagwörter (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Drop a story here to file it under “%1”</source>
        <translation>Legen Sie hier eine Geschichte ab, um sie unter „%1“ einzuordnen</translation>
    </message>
    <message>
        <source>A story answers it. Drop another story here to link it too.</source>
        <translation>Eine Geschichte beantwortet sie. Legen Sie hier eine weitere Geschichte ab, um auch diese zu verknüpfen.</translation>
    </message>
    <message>
        <source>No story yet. Drop a story here to link it.</source>
        <translation>Noch keine Geschichte. Legen Sie hier eine Geschichte ab, um sie zu verknüpfen.</translation>
    </message>
    <message>
        <source>Link “%1” to a question</source>
        <translation>„%1“ mit einer Frage verknüpfen</translation>
    </message>
    <message>
        <source>File “%1” under “%2”</source>
        <translation>„%1“ unter „%2“ einordnen</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Keine Kategorie</translation>
    </message>
    <message>
        <source>Nothing is due for practice today. Double-click or press Enter to practise the stories you have not practised yet.</source>
        <translation>Heute ist nichts zum Üben fällig. Doppelklicken oder Eingabe drücken, um die noch nicht geübten Geschichten zu üben.</translation>
    </message>
    <message>
        <source>One story or question is due for practice today. Double-click or press Enter to start the flashcards.</source>
        <translation>Heute ist eine Geschichte oder Frage zum Üben fällig. Doppelklicken oder Eingabe drücken, um die Karteikarten zu beginnen.</translation>
    </message>
    <message>
        <source>%1 stories and questions are due for practice today. Double-click or press Enter to start the flashcards.</source>
        <translation>Heute sind %1 Geschichten und Fragen zum Üben fällig. Doppelklicken oder Eingabe drücken, um die Karteikarten zu beginnen.</translation>
    </message>
    <message>
        <source>Practice (none due)</source>
        <translation>Üben (nichts fällig)</translation>
    </message>
    <message>
        <source>Practice (%1 due)</source>
        <translation>Üben (%1 fällig)</translation>
    </message>
    <message>
        <source>Interviews (%1)</source>
        <translation>Interviews (%1)</translation>
    </message>
    <message>
        <source>Journal (%1)</source>
        <translation>Journal (%1)</translation>
    </message>
    <message>
        <source>Story material (%1)</source>
        <translation>Geschichtenstoff (%1)</translation>
    </message>
    <message>
        <source>Journal entries not yet written as stories, the strongest first</source>
        <translation>Journaleinträge, die noch keine Geschichte sind, die stärksten zuerst</translation>
    </message>
    <message>
        <source>Held already: record here which stories you told.</source>
        <translation>Schon geführt: Halten Sie hier fest, welche Geschichten Sie erzählt haben.</translation>
    </message>
    <message>
        <source>Your next interview.</source>
        <translation>Ihr nächstes Interview.</translation>
    </message>
</context>
<context>
    <name>sb::gui::PitchEditor</name>
    <message>
        <source>&amp;Who you are</source>
        <translation>&amp;Wer Sie sind</translation>
    </message>
    <message>
        <source>&amp;Highlights</source>
        <translation>&amp;Höhepunkte</translation>
    </message>
    <message>
        <source>What you &amp;seek next</source>
        <translation>Was Sie als &amp;Nächstes suchen</translation>
    </message>
    <message>
        <source>Who you are</source>
        <translation>Wer Sie sind</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Höhepunkte</translation>
    </message>
    <message>
        <source>What you seek next</source>
        <translation>Was Sie als Nächstes suchen</translation>
    </message>
    <message>
        <source>Who you are and what you do, in a sentence or two, and one personal twist that makes you memorable</source>
        <translation>Wer Sie sind und was Sie tun, in ein, zwei Sätzen, und eine persönliche Note, die im Gedächtnis bleibt</translation>
    </message>
    <message>
        <source>Two or three notable accomplishments, each with its impact: what you did and what changed because of it</source>
        <translation>Zwei oder drei bemerkenswerte Erfolge, jeweils mit Wirkung: was Sie getan haben und was sich dadurch geändert hat</translation>
    </message>
    <message>
        <source>What you want next and why this role fits: tie it to the company and the job</source>
        <translation>Was Sie als Nächstes wollen und warum diese Stelle passt: mit Bezug auf Unternehmen und Aufgabe</translation>
    </message>
    <message>
        <source>Spoken time of “%1”</source>
        <translation>Sprechzeit von „%1“</translation>
    </message>
    <message>
        <source>Spoken time of the whole pitch</source>
        <translation>Sprechzeit der ganzen Vorstellung</translation>
    </message>
    <message>
        <source>e.g. “I’m a backend engineer who likes untangling slow systems; outside work I coach a junior football team.”</source>
        <translation>z. B. „Ich bin Backend-Entwicklerin und entwirre gern langsame Systeme; außerhalb der Arbeit trainiere ich eine Jugendfußballmannschaft.“</translation>
    </message>
    <message>
        <source>e.g. “Last year I led the checkout rewrite that cut page load by 40% and lifted conversion 3%.”</source>
        <translation>z. B. „Letztes Jahr habe ich die Neuentwicklung des Checkouts geleitet: 40 % kürzere Ladezeit und 3 % mehr Abschlüsse.“</translation>
    </message>
    <message>
        <source>e.g. “Now I want to own a platform end to end, which is why this role on your payments team appeals to me.”</source>
        <translation>z. B. „Jetzt möchte ich eine Plattform von Anfang bis Ende verantworten – deshalb reizt mich diese Stelle in Ihrem Payments-Team.“</translation>
    </message>
    <message>
        <source>From the default pitch: %1</source>
        <translation>Aus der Standard-Vorstellung: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Empty: the default pitch is used (%1 spoken).</source>
        <translation>Leer: Die Standard-Vorstellung wird verwendet (%1 gesprochen).</translation>
    </message>
    <message>
        <source>Aim for %1–%2 spoken in all.</source>
        <translation>Ziel: insgesamt %1–%2 gesprochen.</translation>
    </message>
    <message>
        <source>%1 spoken in all (%2): over two minutes, cut it to %3–%4.</source>
        <translation>Insgesamt %1 gesprochen (%2): über zwei Minuten, auf %3–%4 kürzen.</translation>
    </message>
    <message>
        <source>%1 spoken in all (%2): short, aim for %3–%4.</source>
        <translation>Insgesamt %1 gesprochen (%2): kurz, Ziel %3–%4.</translation>
    </message>
    <message>
        <source>%1 spoken in all (%2), aim for %3–%4.</source>
        <translation>Insgesamt %1 gesprochen (%2), Ziel %3–%4.</translation>
    </message>
</context>
<context>
    <name>sb::gui::PracticeAnswer</name>
    <message>
        <source>&lt;p&gt;No story answers this question yet, and it has no prepared answer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch keine Geschichte beantwortet diese Frage, und sie hat keine vorbereitete Antwort.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <comment>comes back in</comment>
        <translation>in %1 Tagen</translation>
    </message>
</context>
<context>
    <name>sb::gui::QuestionCommands</name>
    <message>
        <source>New question</source>
        <translation>Neue Frage</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
</context>
<context>
    <name>sb::gui::QuestionEditor</name>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>The question as an interviewer would ask it</source>
        <translation>Die Frage, wie ein Interviewer sie stellen würde</translation>
    </message>
    <message>
        <source>Other phrasings</source>
        <translation>Andere Formulierungen</translation>
    </message>
    <message>
        <source>Other ways the same question is asked, one per line</source>
        <translation>Andere Arten, dieselbe Frage zu stellen, eine pro Zeile</translation>
    </message>
    <message>
        <source>Kind of question</source>
        <translation>Art der Frage</translation>
    </message>
    <message>
        <source>Behavioral (tell me about a time…)</source>
        <translation>Verhaltensfrage (Erzählen Sie von einer Situation …)</translation>
    </message>
    <message>
        <source>Hypothetical (what would you do if…)</source>
        <translation>Hypothetische Frage (Was würden Sie tun, wenn …)</translation>
    </message>
    <message>
        <source>Role fit (why this company, this role)</source>
        <translation>Passung (warum dieses Unternehmen, diese Stelle)</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Fachfrage</translation>
    </message>
    <message>
        <source>About you (strengths, pitch…)</source>
        <translation>Über Sie (Stärken, Selbstvorstellung …)</translation>
    </message>
    <message>
        <source>A question to ask the interviewer</source>
        <translation>Eine Frage an den Interviewer</translation>
    </message>
    <message>
        <source>Categories of this question</source>
        <translation>Kategorien dieser Frage</translation>
    </message>
    <message>
        <source>Notes or prepared answer</source>
        <translation>Notizen oder vorbereitete Antwort</translation>
    </message>
    <message>
        <source>Talking points, or the answer itself for questions not answered with a story</source>
        <translation>Gesprächspunkte oder die Antwort selbst bei Fragen, die nicht mit einer Geschichte beantwortet werden</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Beantwortet von</translation>
    </message>
    <message>
        <source>Stories that may answer it</source>
        <translation>Geschichten, die sie beantworten könnten</translation>
    </message>
    <message>
        <source>Change the kind of a question</source>
        <translation>Art einer Frage ändern</translation>
    </message>
    <message>
        <source>Change the categories of a question</source>
        <translation>Kategorien einer Frage ändern</translation>
    </message>
    <message>
        <source>Edit a question</source>
        <translation>Frage bearbeiten</translation>
    </message>
</context>
<context>
    <name>sb::gui::QuestionLinksModel</name>
    <message>
        <source>Untitled story</source>
        <translation>Geschichte ohne Titel</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Geschichte</translation>
    </message>
    <message>
        <source>Double-click to open the story</source>
        <translation>Doppelklicken, um die Geschichte zu öffnen</translation>
    </message>
</context>
<context>
    <name>sb::gui::QuestionLinksPanel</name>
    <message>
        <source>Stories that answer this question</source>
        <translation>Geschichten, die diese Frage beantworten</translation>
    </message>
    <message>
        <source>No story answers this question yet. Link one or write a new one, or write a prepared answer above.</source>
        <translation>Noch keine Geschichte beantwortet diese Frage. Verknüpfen Sie eine, schreiben Sie eine neue oder oben eine vorbereitete Antwort.</translation>
    </message>
    <message>
        <source>&amp;Link a Story…</source>
        <translation>Geschichte &amp;verknüpfen …</translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation>Verknüpfung entfernen</translation>
    </message>
    <message>
        <source>&amp;New Story for This Question</source>
        <translation>&amp;Neue Geschichte für diese Frage</translation>
    </message>
    <message>
        <source>Link story</source>
        <translation>Geschichte verknüpfen</translation>
    </message>
    <message>
        <source>Unlink story</source>
        <translation>Verknüpfung zur Geschichte lösen</translation>
    </message>
    <message>
        <source>New Story for a Question</source>
        <translation>Neue Geschichte für eine Frage</translation>
    </message>
</context>
<context>
    <name>sb::gui::QuestionListModel</name>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
</context>
<context>
    <name>sb::gui::QuestionListPane</name>
    <message>
        <source>Search questions</source>
        <translation>Fragen durchsuchen</translation>
    </message>
    <message>
        <source>Every category</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Show questions of a category</source>
        <translation>Fragen einer Kategorie zeigen</translation>
    </message>
    <message>
        <source>&amp;No story yet</source>
        <translation>&amp;Noch keine Geschichte</translation>
    </message>
    <message>
        <source>Show only the questions no story answers yet</source>
        <translation>Nur die Fragen zeigen, die noch keine Geschichte beantwortet</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
</context>
<context>
    <name>sb::gui::QuestionPicker</name>
    <message>
        <source>Link a Question</source>
        <translation>Frage verknüpfen</translation>
    </message>
    <message>
        <source>Type words of the question, e.g. “conflict manager”</source>
        <translation>Tippen Sie Wörter der Frage, z. B. „Konflikt Vorgesetzte“</translation>
    </message>
    <message>
        <source>Find a question</source>
        <translation>Eine Frage finden</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
</context>
<context>
    <name>sb::gui::QuickCaptureDialog</name>
    <message>
        <source>New Journal Entry</source>
        <translation>Neuer Journaleintrag</translation>
    </message>
    <message>
        <source>What did you do today that you would like to remember?</source>
        <translation>Was haben Sie heute getan, an das Sie sich erinnern möchten?</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Title, e.g. “Unblocked the data migration”</source>
        <translation>Titel, z. B. „Datenmigration wieder in Gang gebracht“</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>What happened: what you did, who it helped, the numbers</source>
        <translation>Was geschah: was Sie getan haben, wem es half, die Zahlen</translation>
    </message>
    <message>
        <source>Enter in the title or %1 saves it, dated today; Esc cancels.</source>
        <translation>Eingabe im Titel oder %1 speichert mit heutigem Datum; Esc bricht ab.</translation>
    </message>
</context>
<context>
    <name>sb::gui::RemoveStoryCommand</name>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
</context>
<context>
    <name>sb::gui::RestoreBackupDialog</name>
    <message>
        <source>as it was</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>as it was (the week&apos;s copy)</source>
        <translation>Stand der Wochenkopie</translation>
    </message>
    <message>
        <source>as it was before a restore</source>
        <translation>Stand vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>as it was before a repair</source>
        <translation>Stand vor einer Reparatur</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>StoryBank keeps a copy of this bank for each of the last seven days you used it and for each of the last four weeks. Choose the copy to go back to. The bank as it is now is kept too, so you can change your mind.</source>
        <translation>StoryBank bewahrt eine Kopie dieser Sammlung für jeden der letzten sieben Tage auf, an denen Sie sie benutzt haben, und für jede der letzten vier Wochen. Wählen Sie die Kopie, zu der Sie zurückkehren möchten. Die Sammlung im jetzigen Zustand bleibt ebenfalls erhalten, Sie können es sich also anders überlegen.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>%1 — %2 at %3 (%4)</source>
        <translation>%1, %3 Uhr — %2 (%4)</translation>
    </message>
    <message>
        <source>There are no backups of this bank yet. StoryBank makes the first one a moment after the bank opens.</source>
        <translation>Von dieser Sammlung gibt es noch keine Sicherungen. StoryBank legt die erste kurz nach dem Öffnen der Sammlung an.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Choose a &amp;File…</source>
        <translation>&amp;Datei wählen …</translation>
    </message>
    <message>
        <source>the copy saved on %1 at %2</source>
        <translation>Kopie vom %1, %2 Uhr</translation>
    </message>
    <message>
        <source>Restore from a Copy</source>
        <translation>Aus einer Kopie wiederherstellen</translation>
    </message>
    <message>
        <source>StoryBank banks (*.storybank)</source>
        <translation>StoryBank-Sammlungen (*.storybank)</translation>
    </message>
</context>
<context>
    <name>sb::gui::SheetOptionsPanel</name>
    <message>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Only stories marked &amp;ready</source>
        <translation>Nur als &amp;fertig markierte Geschichten</translation>
    </message>
    <message>
        <source>Stories per category</source>
        <translation>Geschichten je Kategorie</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>“Tell me about yourself”</source>
        <translation>„Erzählen Sie etwas über sich“</translation>
    </message>
    <message>
        <source>Prepared answers</source>
        <translation>Vorbereitete Antworten</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Eigene Fragen</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Two columns</source>
        <translation>Zwei Spalten</translation>
    </message>
    <message>
        <source>One column</source>
        <translation>Eine Spalte</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;Heading</source>
        <translation>Ü&amp;berschrift</translation>
    </message>
    <message>
        <source>Stories per &amp;category</source>
        <translation>Geschichten je &amp;Kategorie</translation>
    </message>
    <message>
        <source>Categories (none ticked: all)</source>
        <translation>Kategorien (keine angehakt: alle)</translation>
    </message>
    <message>
        <source>Tags (none ticked: any)</source>
        <translation>Schlagwörter (keines angehakt: beliebig)</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>Außerdem</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>Pa&amp;ges</source>
        <translation>S&amp;eiten</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>&amp;Interview</source>
        <translation>&amp;Interview</translation>
    </message>
    <message>
        <source>None: the whole bank</source>
        <translation>Keines: die ganze Bank</translation>
    </message>
</context>
<context>
    <name>sb::gui::StoryEditor</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 of %2 spoken · %3 at %4 per minute</source>
        <translation>%1 von %2 gesprochen · %3 bei %4 pro Minute</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Tell “%1” as %2</source>
        <translation>„%1“ als %2 erzählen</translation>
    </message>
    <message>
        <source>Tag “%1” with “%2”</source>
        <translation>„%1“ mit dem Schlagwort „%2“ versehen</translation>
    </message>
    <message>
        <source>Story title, e.g. “Rescued the Q3 launch”</source>
        <translation>Titel der Geschichte, z. B. „Den Start im 3. Quartal gerettet“</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>The one-line hook you would open with</source>
        <translation>Der Aufhänger in einer Zeile, mit dem Sie beginnen würden</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Aufhänger (Zusammenfassung)</translation>
    </message>
    <message>
        <source>STAR</source>
        <translation>STAR</translation>
    </message>
    <message>
        <source>STAR+L</source>
        <translation>STAR+L</translation>
    </message>
    <message>
        <source>CARL</source>
        <translation>CARL</translation>
    </message>
    <message>
        <source>Tell this story as %1</source>
        <translation>Diese Geschichte als %1 erzählen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>Sprechdauer</translation>
    </message>
    <message>
        <source>3–5 short lines to glance at on your cheat sheet, one per line</source>
        <translation>3–5 kurze Zeilen für einen Blick auf den Spickzettel, eine pro Zeile</translation>
    </message>
    <message>
        <source>Cues</source>
        <translation>Stichpunkte</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Categories and tags</source>
        <translation>Kategorien und Schlagwörter</translation>
    </message>
    <message>
        <source>Questions this story answers</source>
        <translation>Fragen, die diese Geschichte beantwortet</translation>
    </message>
    <message>
        <source>Your role, e.g. Tech lead</source>
        <translation>Ihre Rolle, z. B. Tech Lead</translation>
    </message>
    <message>
        <source>Company or team</source>
        <translation>Unternehmen oder Team</translation>
    </message>
    <message>
        <source>When, e.g. Spring 2023</source>
        <translation>Wann, z. B. Frühjahr 2023</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation>Komplexität</translation>
    </message>
    <message>
        <source>Involvement</source>
        <translation>Eigenanteil</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>No story is open.

Press %1 to write a new one, or choose one from the list.</source>
        <translation>Keine Geschichte geöffnet.

Drücken Sie %1, um eine neue zu schreiben, oder wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <source>Categories of “%1”</source>
        <translation>Kategorien von „%1“</translation>
    </message>
    <message>
        <source>Untag “%1”</source>
        <translation>Schlagwort von „%1“ entfernen</translation>
    </message>
    <message>
        <source>Where and when? Set the scene in two or three sentences.</source>
        <translation>Wo und wann? Beschreiben Sie die Ausgangslage in zwei, drei Sätzen.</translation>
    </message>
    <message>
        <source>What was your responsibility or the goal you were given?</source>
        <translation>Wofür waren Sie verantwortlich, welches Ziel hatten Sie?</translation>
    </message>
    <message>
        <source>The situation and what was at stake for you, briefly.</source>
        <translation>Die Situation und was für Sie auf dem Spiel stand, kurz gefasst.</translation>
    </message>
    <message>
        <source>What did you do, step by step? Say “I”, not “we”.</source>
        <translation>Was haben Sie getan, Schritt für Schritt? Sagen Sie „ich“, nicht „wir“.</translation>
    </message>
    <message>
        <source>What changed? Numbers help: time saved, revenue, people, %.</source>
        <translation>Was hat sich verändert? Zahlen helfen: gesparte Zeit, Umsatz, Menschen, %.</translation>
    </message>
    <message>
        <source>What did you take away, and what do you do differently now?</source>
        <translation>Was haben Sie mitgenommen, und was machen Sie heute anders?</translation>
    </message>
    <message>
        <source>1 word</source>
        <translation>1 Wort</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 Wörter</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Üben</translation>
    </message>
</context>
<context>
    <name>sb::gui::StoryLabelsPanel</name>
    <message>
        <source>Categories this story covers</source>
        <translation>Kategorien, die diese Geschichte abdeckt</translation>
    </message>
    <message>
        <source>Add a tag (a skill, a company…) and press Enter</source>
        <translation>Schlagwort hinzufügen (eine Fähigkeit, ein Unternehmen …) und Eingabe drücken</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <source>%1 ✕</source>
        <translation>%1 ✕</translation>
    </message>
    <message>
        <source>Remove the tag “%1” from this story</source>
        <translation>Das Schlagwort „%1“ von dieser Geschichte entfernen</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Schlagwort %1 entfernen</translation>
    </message>
</context>
<context>
    <name>sb::gui::StoryLinksModel</name>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
</context>
<context>
    <name>sb::gui::StoryLinksPanel</name>
    <message>
        <source>Questions this story answers</source>
        <translation>Fragen, die diese Geschichte beantwortet</translation>
    </message>
    <message>
        <source>Not linked to a question yet. Link the questions this story answers, to find it when preparing for them.</source>
        <translation>Noch mit keiner Frage verknüpft. Verknüpfen Sie die Fragen, die diese Geschichte beantwortet, damit Sie sie bei der Vorbereitung darauf finden.</translation>
    </message>
    <message>
        <source>&amp;Link a Question…</source>
        <translation>Frage &amp;verknüpfen …</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Verknüpfung lösen</translation>
    </message>
    <message>
        <source>Link question</source>
        <translation>Frage verknüpfen</translation>
    </message>
    <message>
        <source>Unlink question</source>
        <translation>Verknüpfung zur Frage lösen</translation>
    </message>
</context>
<context>
    <name>sb::gui::StoryListModel</name>
    <message>
        <source>Untitled story</source>
        <translation>Geschichte ohne Titel</translation>
    </message>
</context>
<context>
    <name>sb::gui::StoryListPane</name>
    <message>
        <source>Search stories (Ctrl+F)</source>
        <translation>Geschichten durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search stories</source>
        <translation>Geschichten durchsuchen</translation>
    </message>
    <message>
        <source>Show stories by status</source>
        <translation>Geschichten nach Status zeigen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideen</translation>
    </message>
    <message>
        <source>Show stories by method</source>
        <translation>Geschichten nach Methode zeigen</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>Jede Methode</translation>
    </message>
    <message>
        <source>STAR</source>
        <translation>STAR</translation>
    </message>
    <message>
        <source>STAR+L</source>
        <translation>STAR+L</translation>
    </message>
    <message>
        <source>CARL</source>
        <translation>CARL</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Jede Kategorie</translation>
    </message>
    <message>
        <source>Show stories of a category</source>
        <translation>Geschichten einer Kategorie zeigen</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <source>Show stories with a tag</source>
        <translation>Geschichten mit einem Schlagwort zeigen</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Geschichten</translation>
    </message>
</context>
<context>
    <name>sb::gui::StoryOriginLabel</name>
    <message>
        <source>Journal entry of this story</source>
        <translation>Journaleintrag dieser Geschichte</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Written from the journal entry %1 of %2</source>
        <translation>Geschrieben aus dem Journaleintrag %1 vom %2</translation>
    </message>
</context>
<context>
    <name>sb::gui::StoryPicker</name>
    <message>
        <source>Link a Story</source>
        <translation>Geschichte verknüpfen</translation>
    </message>
    <message>
        <source>Type words of the story, e.g. “migration deadline”</source>
        <translation>Tippen Sie Wörter der Geschichte, z. B. „Migration Frist“</translation>
    </message>
    <message>
        <source>Find a story</source>
        <translation>Eine Geschichte finden</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Geschichten</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
</context>
<context>
    <name>sb::gui::StoryPracticePanel</name>
    <message>
        <source>Practice of this story</source>
        <translation>Übungen dieser Geschichte</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Practised</source>
        <translation>Geübt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Wie es lief</translation>
    </message>
    <message>
        <source>Next practice</source>
        <translation>Nächste Übung</translation>
    </message>
    <message>
        <source>The story itself</source>
        <translation>Die Geschichte selbst</translation>
    </message>
    <message>
        <source>A removed question</source>
        <translation>Eine gelöschte Frage</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Not practised yet. Practice › Flashcards… brings it up with the other new stories.</source>
        <translation>Noch nicht geübt. Üben › Karteikarten … bringt sie mit den anderen neuen Geschichten.</translation>
    </message>
    <message>
        <source>Next practice: not practised on its own yet</source>
        <translation>Nächste Übung: noch nicht für sich allein geübt</translation>
    </message>
    <message>
        <source>Next practice: due now</source>
        <translation>Nächste Übung: jetzt fällig</translation>
    </message>
    <message>
        <source>Next practice: tomorrow</source>
        <translation>Nächste Übung: morgen</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>a date this year</comment>
        <translation>ddd d. MMM</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>a date in another year</comment>
        <translation>ddd d. MMM yyyy</translation>
    </message>
    <message>
        <source>Next practice: in %1 days (%2)</source>
        <translation>Nächste Übung: in %1 Tagen (%2)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a date in another year</comment>
        <translation>d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>sb::gui::SuggestedStoriesPanel</name>
    <message>
        <source>Stories that may answer this question</source>
        <translation>Geschichten, die diese Frage beantworten könnten</translation>
    </message>
    <message>
        <source>No other story shares this question&apos;s categories or words.</source>
        <translation>Keine weitere Geschichte teilt Kategorien oder Wörter mit dieser Frage.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>Link the chosen story to this question</source>
        <translation>Die gewählte Geschichte mit dieser Frage verknüpfen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>sb::gui::TagCommands</name>
    <message>
        <source>Delete tag “%1”</source>
        <translation>Schlagwort „%1“ löschen</translation>
    </message>
    <message>
        <source>Merge tag “%1” into “%2”</source>
        <translation>Schlagwort „%1“ mit „%2“ zusammenführen</translation>
    </message>
</context>
<context>
    <name>sb::gui::ToldStoriesPanel</name>
    <message>
        <source>Stories told</source>
        <translation>Erzählte Geschichten</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Geschichte</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Gegenüber</translation>
    </message>
    <message>
        <source>After the interview, record the stories you told: later rounds at the same company warn before you tell them again.</source>
        <translation>Halten Sie nach dem Interview fest, welche Geschichten Sie erzählt haben: Spätere Runden bei derselben Firma warnen, bevor Sie sie noch einmal erzählen.</translation>
    </message>
    <message>
        <source>Record a &amp;Telling…</source>
        <translation>Erzählung &amp;festhalten …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Record a Story You Told</source>
        <translation>Eine erzählte Geschichte festhalten</translation>
    </message>
    <message>
        <source>Record telling “%1”</source>
        <translation>Erzählung „%1“ festhalten</translation>
    </message>
    <message>
        <source>Change the round of a telling</source>
        <translation>Runde einer Erzählung ändern</translation>
    </message>
    <message>
        <source>Change who heard a story</source>
        <translation>Ändern, wer eine Geschichte gehört hat</translation>
    </message>
    <message>
        <source>Remove a telling</source>
        <translation>Eine Erzählung entfernen</translation>
    </message>
</context>
<context>
    <name>sb::gui::WritingAids</name>
    <message>
        <source>No Suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>Zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>Accept “%1” as correctly spelt from now on</source>
        <translation>„%1“ ab jetzt als richtig geschrieben annehmen</translation>
    </message>
</context>
<context>
    <name>sb::validate</name>
    <message>
        <source>%1 must be between 1 and 5 (or 0 for not rated), not %2.</source>
        <translation>%1 muss zwischen 1 und 5 liegen (oder 0 für nicht bewertet), nicht %2.</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>Eine Kategorie braucht einen Namen.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Ein Schlagwort braucht einen Namen.</translation>
    </message>
    <message>
        <source>A question needs its text.</source>
        <translation>Eine Frage braucht ihren Text.</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation>Komplexität</translation>
    </message>
    <message>
        <source>Involvement</source>
        <translation>Eigenanteil</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>A practice record must name the story or the question practised.</source>
        <translation>Ein Übungseintrag muss die geübte Geschichte oder Frage nennen.</translation>
    </message>
    <message>
        <source>A practice rating must be between 1 (again) and 4 (easy), not %1.</source>
        <translation>Eine Übungsbewertung muss zwischen 1 (nochmal) und 4 (leicht) liegen, nicht %1.</translation>
    </message>
    <message>
        <source>A practice cannot last less than no time.</source>
        <translation>Eine Übung kann nicht kürzer als null Sekunden dauern.</translation>
    </message>
    <message>
        <source>A practice recording must be a file name in the bank&apos;s recordings folder, not “%1”.</source>
        <translation>Eine Übungsaufnahme muss ein Dateiname im Aufnahmeordner der Sammlung sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>An interview needs the company&apos;s name.</source>
        <translation>Ein Vorstellungsgespräch braucht den Namen der Firma.</translation>
    </message>
    <message>
        <source>Each company value needs a name.</source>
        <translation>Jeder Unternehmenswert braucht einen Namen.</translation>
    </message>
    <message>
        <source>A journal entry needs a title.</source>
        <translation>Ein Journaleintrag braucht einen Titel.</translation>
    </message>
    <message>
        <source>A journal entry&apos;s period cannot end before it starts.</source>
        <translation>Der Zeitraum eines Journaleintrags kann nicht enden, bevor er beginnt.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Reichweite</translation>
    </message>
</context>
</TS>
