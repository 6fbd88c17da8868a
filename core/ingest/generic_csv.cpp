#include "csv_events.h"
#include "field_detect.h"
#include "parsers.h"
#include "sniff_util.h"

namespace waymark::ingest {

int sniffGenericCsv(std::string_view head, std::string_view)
{
    const auto header = csvHeaderOf(head);
    if (header.empty()) return 0;
    try {
        detectEventColumns(header, {});
        return 10;
    } catch (...) {
        return 1; // delimited text, but the user must map columns
    }
}

ParseResult parseGenericCsv(InputStream& in, const ParseOptions& options, RowSink& sink)
{
    return parseCsvEvents(in, options, sink, {});
}

} // namespace waymark::ingest
