#pragma once

#include "core/analysis/CoverageReport.h"

namespace sb {

class Bank;

// Which categories the stories cover, where the gaps are and which stories carry too much.
// Computed once from a handful of whole-bank reads (categories, questions, stories, links),
// never a read per story or question, so a bank of thousands stays instant.
class Coverage {
public:
    explicit Coverage(const Bank& bank, const CoverageOptions& options = {});

    const CoverageReport& report() const { return m_report; }
    const CoverageOptions& options() const { return m_options; }

private:
    CoverageOptions m_options;
    CoverageReport m_report;
};

} // namespace sb
