#include "tests/print/SampleSheets.h"

namespace sb::print::samples {

SheetStory story(const QString& title, const QString& hook, const QStringList& cues,
    const QString& keyFigure, bool cuesDerived)
{
    static int64_t nextId = 1;
    SheetStory result;
    result.id = StoryId(nextId++);
    result.title = title;
    result.hook = hook;
    result.cues = cues;
    result.cuesDerived = cuesDerived;
    result.keyFigure = keyFigure;
    return result;
}

namespace {

SheetCategory category(
    int64_t id, const QString& name, const QString& colour, QList<SheetStory> stories)
{
    SheetCategory result;
    result.id = CategoryId(id);
    result.name = name;
    result.colour = colour;
    result.stories = std::move(stories);
    return result;
}

} // namespace

CheatSheet realisticSheet()
{
    CheatSheet sheet;
    sheet.title = QStringLiteral("Northwind Analytics");
    sheet.subtitle = QStringLiteral("Senior Backend Engineer · onsite loop · 14 May");
    sheet.categories = {
        category(1, QStringLiteral("Leadership"), QStringLiteral("#2563eb"),
            {story(QStringLiteral("Led the billing migration"),
                 QStringLiteral("Moved 40 services off the legacy billing system in one quarter"),
                 {QStringLiteral("No owner, 3 teams blocked"),
                     QStringLiteral("Wrote the cut-over plan, ran weekly syncs"),
                     QStringLiteral("Zero failed invoices at switch-over")},
                 QStringLiteral("40 services")),
                story(QStringLiteral("Stepped in as interim lead"),
                    QStringLiteral("Kept a six-person team shipping after our manager left"),
                    {QStringLiteral("Set up 1:1s within the first week"),
                        QStringLiteral("Protected the roadmap, said no to two asks"),
                        QStringLiteral("Two promotions that cycle")})}),
        category(2, QStringLiteral("Conflict"), QStringLiteral("#dc2626"),
            {story(QStringLiteral("Disagreed on the caching design"),
                 QStringLiteral("Settled a two-week stand-off with a one-day spike"),
                 {QStringLiteral("Both designs had merit"),
                     QStringLiteral("Proposed measuring instead of arguing"),
                     QStringLiteral("Data picked the hybrid, p99 down")},
                 QStringLiteral("-35% p99")),
                story(QStringLiteral("Pushed back on a launch date"),
                    QStringLiteral("Told the VP the date was unsafe and offered a smaller scope"),
                    {QStringLiteral("Listed the three open risks"),
                        QStringLiteral("Offered a beta to five customers"),
                        QStringLiteral("Full launch two weeks later, no incidents")})}),
        category(3, QStringLiteral("Failure"), QStringLiteral("#d97706"),
            {story(QStringLiteral("The outage I caused"),
                 QStringLiteral("A config change took checkout down for 20 minutes"),
                 {QStringLiteral("Skipped the canary to save time"),
                     QStringLiteral("Rolled back, wrote the postmortem"),
                     QStringLiteral("Added config validation to CI")},
                 QStringLiteral("20 min")),
                story(QStringLiteral("Missed the search relevance goal"),
                    QStringLiteral("Shipped on time but below target; learned to test earlier"),
                    {QStringLiteral("Offline metrics looked great"),
                        QStringLiteral("Users disagreed in A/B"),
                        QStringLiteral("Now: small online tests first")})}),
        category(4, QStringLiteral("Teamwork"), QStringLiteral("#059669"),
            {story(QStringLiteral("Paired with data science on fraud"),
                 QStringLiteral("Turned a notebook model into a production service"),
                 {QStringLiteral("Different vocabularies, weekly demo"),
                     QStringLiteral("Shared on-call for the first month"),
                     QStringLiteral("Chargebacks down by a quarter")},
                 QStringLiteral("$1.2M")),
                story(QStringLiteral("Onboarded the new Lisbon team"),
                    QStringLiteral("Made a remote team productive across five time zones"),
                    {QStringLiteral("Recorded architecture walk-throughs"),
                        QStringLiteral("Buddy system, overlapping hours"),
                        QStringLiteral("First feature shipped in week three")})}),
        category(5, QStringLiteral("Problem solving"), QStringLiteral("#7c3aed"),
            {story(QStringLiteral("Hunted a memory leak in prod"),
                 QStringLiteral("Found a leak nobody could reproduce, using heap dumps"),
                 {QStringLiteral("Only under one customer's traffic"),
                     QStringLiteral("Diffed heap dumps an hour apart"),
                     QStringLiteral("Unbounded cache key, fixed in 3 lines")},
                 QStringLiteral("3x uptime")),
                story(QStringLiteral("Sped up the nightly batch"),
                    QStringLiteral("Cut a nine-hour job to under two"),
                    {QStringLiteral("Profiled before touching anything"),
                        QStringLiteral("N+1 queries, then parallel partitions"),
                        QStringLiteral("Freed the morning reporting window")},
                    QStringLiteral("-78%"))}),
        category(6, QStringLiteral("Customer focus"), QStringLiteral("#0891b2"),
            {story(QStringLiteral("Rebuilt the export for accountants"),
                 QStringLiteral("Sat with three customers before writing a line"),
                 {QStringLiteral("They re-typed our CSV by hand"),
                     QStringLiteral("Matched their ledger format"),
                     QStringLiteral("Support tickets on exports halved")},
                 QStringLiteral("-50% tickets")),
                story(QStringLiteral("Saved a churning enterprise account"),
                    QStringLiteral("Flew out, listened, fixed the two things that mattered"),
                    {QStringLiteral("Weekly call with their admin"),
                        QStringLiteral("SSO fix and audit log in a sprint"),
                        QStringLiteral("Renewed for three years")})}),
    };
    sheet.pitch = QStringLiteral(
        "Backend engineer, eight years, the last four on payments at scale. I like the unglamorous "
        "work that makes systems boring: migrations, observability, clear ownership. Looking for "
        "a team where reliability is a product feature.");
    sheet.preparedAnswers = {
        {QStringLiteral("Why Northwind?"),
            QStringLiteral("Your data platform is the product; I want to work where backend "
                           "quality is visible to customers.")},
        {QStringLiteral("Biggest weakness?"),
            QStringLiteral("I over-prepare; now I time-box design docs to two days.")},
    };
    sheet.questionsToAsk = {QStringLiteral("How do you decide what goes on the roadmap?"),
        QStringLiteral("What does on-call look like for this team?"),
        QStringLiteral("What would success look like in six months?")};
    return sheet;
}

CheatSheet longSheet(int storyCount)
{
    const QStringList names {QStringLiteral("Leadership"), QStringLiteral("Conflict"),
        QStringLiteral("Failure"), QStringLiteral("Teamwork"), QStringLiteral("Initiative"),
        QStringLiteral("Problem solving"), QStringLiteral("Adaptability"),
        QStringLiteral("Communication"), QStringLiteral("Influence"),
        QStringLiteral("Decision making"), QStringLiteral("Prioritization"),
        QStringLiteral("Mentoring"), QStringLiteral("Impact"), QStringLiteral("Learning")};
    CheatSheet sheet;
    sheet.title = QStringLiteral("Everything I have");
    sheet.subtitle = QStringLiteral("All ready stories");
    for (int i = 0; i < storyCount; ++i) {
        const int c = i / 3;
        if (c >= sheet.categories.size()) {
            sheet.categories.append(category(c + 1, names.value(c % names.size()),
                QStringLiteral("#%1").arg(0x335588 + c * 0x0a1f03, 6, 16, QLatin1Char('0')), {}));
        }
        const bool derived = i % 2 == 0;
        sheet.categories.last().stories.append(story(
            QStringLiteral("Story %1: a long title about a project that went through many phases")
                .arg(i + 1),
            QStringLiteral("A long hook that tells the whole situation in one breath, with the "
                           "context, the stakes, what I did and how it ended for everyone %1")
                .arg(i + 1),
            {QStringLiteral("Situation: the team had no plan and two weeks to deliver"),
                QStringLiteral("Task: I owned the delivery and the communication with sales"),
                QStringLiteral("Action: split the work, paired with juniors, cut scope twice"),
                QStringLiteral("Result: shipped on the day, the customer renewed for three years"),
                QStringLiteral("Lesson: agree on scope before agreeing on dates")},
            QStringLiteral("%1%").arg(10 + i), derived));
    }
    sheet.pitch = QStringLiteral("A long pitch. ").repeated(30);
    for (int i = 0; i < 4; ++i) {
        sheet.preparedAnswers.append({QStringLiteral("Prepared question %1?").arg(i + 1),
            QStringLiteral("A prepared answer that takes a few lines to say properly. ")
                .repeated(3)});
        sheet.questionsToAsk.append(
            QStringLiteral("A thoughtful question to ask, number %1?").arg(i + 1));
    }
    return sheet;
}

CheatSheet hostileSheet()
{
    CheatSheet sheet;
    sheet.title = hostileTexts.join(u' ');
    sheet.subtitle = hostileTexts.at(1);
    SheetCategory hostile =
        category(1, hostileTexts.at(5), QStringLiteral("red;}</style><script>"), {});
    for (const QString& text : hostileTexts)
        hostile.stories.append(story(text, text, {text, text}, text));
    sheet.categories.append(hostile);
    sheet.pitch = hostileTexts.join(u'\n');
    sheet.preparedAnswers.append({hostileTexts.at(0), hostileTexts.at(2)});
    sheet.questionsToAsk = hostileTexts;
    return sheet;
}

} // namespace sb::print::samples
