// libFuzzer entry point for the Markdown importer; built by the "fuzz" preset only.
#include "tests/fuzz/FuzzEntry.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    sb::fuzz::importMarkdownOnce(data, size);
    return 0;
}
