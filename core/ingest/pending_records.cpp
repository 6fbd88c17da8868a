// TEMPORARY: formats whose importers are being written. Each is removed from here when it lands.
#include "parsers.h"

namespace waymark::ingest {
#define PENDING(name)                                                                                          \
    int sniff##name(std::string_view, std::string_view) { return 0; }                                          \
    ParseResult parse##name(InputStream&, const ParseOptions&, RowSink&)                                       \
    {                                                                                                          \
        return { Outcome::Failed, "the " #name " importer is not written yet" };                               \
    }
PENDING(Xes)
PENDING(Zendesk)
PENDING(Intercom)
PENDING(Feedback)
PENDING(Crm)
PENDING(Annotations)
} // namespace waymark::ingest
