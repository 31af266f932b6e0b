#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace sb::fuzz {

// Feeds one input to MarkdownImporter::parse. A refusal (ImportError) is a correct answer;
// any other exception escapes and a broken invariant of the parsed document aborts, so both
// the fuzzer and the robustness test see them as findings.
void importMarkdownOnce(const uint8_t* data, size_t size);

// The same for bytes at hand; true when the importer parsed them, false when it refused them.
bool importMarkdown(const QByteArray& bytes);

} // namespace sb::fuzz
