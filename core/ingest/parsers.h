#pragma once

#include "format.h"

// Every importer is a pure function (input stream, options) -> rows into a sink, plus a sniffer.
// One pair per format; the registry in format.cpp lists them.
namespace waymark::ingest {

#define WAYMARK_DECLARE_FORMAT(name)                                                                         \
    int sniff##name(std::string_view head, std::string_view fileName);                                       \
    ParseResult parse##name(InputStream& in, const ParseOptions& options, RowSink& sink);

WAYMARK_DECLARE_FORMAT(GenericCsv)
WAYMARK_DECLARE_FORMAT(GenericJson)
WAYMARK_DECLARE_FORMAT(Mixpanel)
WAYMARK_DECLARE_FORMAT(Amplitude)
WAYMARK_DECLARE_FORMAT(Segment)
WAYMARK_DECLARE_FORMAT(Posthog)
WAYMARK_DECLARE_FORMAT(Ga4)
WAYMARK_DECLARE_FORMAT(Heap)
WAYMARK_DECLARE_FORMAT(Xes)
WAYMARK_DECLARE_FORMAT(Zendesk)
WAYMARK_DECLARE_FORMAT(Intercom)
WAYMARK_DECLARE_FORMAT(Feedback)
WAYMARK_DECLARE_FORMAT(Crm)
WAYMARK_DECLARE_FORMAT(Annotations)

#undef WAYMARK_DECLARE_FORMAT

} // namespace waymark::ingest
