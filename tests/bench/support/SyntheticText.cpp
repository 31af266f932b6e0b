#include "tests/bench/support/SyntheticText.h"

#include <array>

namespace sb::bench {

namespace {

// Words of the trade, and a few from other scripts: the search index and the PDF must cope
// with them at every size.
constexpr std::array kWords {"team", "project", "deadline", "customer", "release", "migration",
    "database", "latency", "budget", "stakeholder", "roadmap", "incident", "on-call", "review",
    "design", "prototype", "feedback", "mentor", "hiring", "interview", "conflict", "priority",
    "estimate", "risk", "launch", "metric", "dashboard", "pipeline", "deployment", "outage",
    "escalation", "contract", "vendor", "negotiation", "workshop", "retrospective", "backlog",
    "sprint", "quarter", "revenue", "churn", "onboarding", "documentation", "testing", "automation",
    "security", "audit", "compliance", "architecture", "service", "client", "manager", "engineer",
    "designer", "analyst", "director", "partner", "support", "sales", "marketing", "product",
    "strategy", "plan", "goal", "result", "impact", "scope", "quality", "performance", "cost",
    "schedule", "trust", "decision", "proposal", "presentation", "meeting", "email", "report",
    "analysis", "experiment", "hypothesis", "survey", "training", "process", "handover",
    "ownership", "alignment", "consensus", "disagreement", "compromise", "I", "we", "they", "my",
    "our", "the", "a", "with", "for", "after", "before", "because", "while", "during", "across",
    "between", "without", "then", "so", "but", "and", "led", "built", "wrote", "asked", "proposed",
    "measured", "reduced", "increased", "shipped", "convinced", "explained", "noticed", "decided",
    "learned", "changed", "fixed", "tested", "planned", "organised", "coached", "negotiated",
    "delivered", "simplified", "rewrote", "interviewed", "recovered", "escalated", "documented",
    "reviewed", "owned", "café", "naïve", "façade", "résumé", "Zürich", "Größe", "Straße", "Ärger",
    "Δέλτα", "μέτρηση", "東京", "品質", "改善", "チーム", "🚀", "✅", "Kraków", "São", "Paulo",
    "Montréal"};

constexpr std::array kUnits {"%", " ms", " days", " weeks", " users", " k€", " hours"};

} // namespace

SyntheticText::SyntheticText(uint64_t seed) : m_state(seed * 0x9E3779B97F4A7C15ULL + 1) { }

// splitmix64: tiny, fast and the same everywhere.
uint64_t SyntheticText::next()
{
    uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

int SyntheticText::between(int low, int high)
{
    return low + int(next() % uint64_t(high - low + 1));
}

QString SyntheticText::word()
{
    return QString::fromUtf8(kWords[next() % kWords.size()]);
}

QString SyntheticText::prose(int words)
{
    QString text;
    text.reserve(words * 8);
    int written = 0;
    while (written < words) {
        const int sentence = between(6, 18);
        for (int i = 0; i < sentence; ++i) {
            QString w = word();
            if (i == 0)
                w[0] = w[0].toUpper();
            if (!text.isEmpty())
                text += QLatin1Char(' ');
            text += w;
            if (i == sentence / 2 && between(0, 3) == 0) {
                text += QLatin1Char(' ') + QString::number(between(2, 95))
                    + QString::fromUtf8(kUnits[next() % kUnits.size()]);
            }
        }
        text += QLatin1Char('.');
        written += sentence;
    }
    return text;
}

QString SyntheticText::title()
{
    const int count = between(3, 7);
    QStringList words;
    for (int i = 0; i < count; ++i)
        words.append(word());
    QString text = words.join(QLatin1Char(' '));
    text[0] = text[0].toUpper();
    return text;
}

} // namespace sb::bench
