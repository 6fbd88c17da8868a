#include "collecting_sink.h"

#include "core/util/timestamp.h"

namespace waymark::test {

namespace {
std::string s(std::string_view v)
{
    return std::string(v);
}
} // namespace

bool CollectingSink::event(const ingest::EventRow& r)
{
    events.push_back({ s(r.userId), s(r.anonymousId), s(r.event), s(r.sessionId), s(r.insertId),
        s(r.propsJson), r.timeMs, r.line });
    return stopAfter < 0 || static_cast<int64_t>(events.size()) < stopAfter;
}

bool CollectingSink::ticket(const ingest::TicketRow& r)
{
    tickets.push_back(
        { s(r.externalId), s(r.userRef), s(r.email), s(r.subject), s(r.body), s(r.status), s(r.priority),
            s(r.channel), s(r.tags), s(r.satisfaction), s(r.propsJson), r.createdMs, r.updatedMs, r.line });
    return true;
}

bool CollectingSink::ticketMessage(const ingest::TicketMessageRow& r)
{
    messages.push_back({ s(r.ticketExternalId), s(r.authorType), s(r.body), r.timeMs, r.line });
    return true;
}

bool CollectingSink::feedback(const ingest::FeedbackRow& r)
{
    feedbacks.push_back({ s(r.externalId), s(r.userRef), s(r.email), s(r.kind), s(r.comment), s(r.propsJson),
        r.timeMs, r.line, r.score });
    return true;
}

bool CollectingSink::account(const ingest::AccountRow& r)
{
    accounts.push_back({ s(r.accountId), s(r.name), s(r.plan), s(r.segment), s(r.userRef), s(r.email),
        s(r.propsJson), r.mrr, r.companySize, r.line });
    return true;
}

bool CollectingSink::annotation(const ingest::AnnotationRow& r)
{
    annotations.push_back({ s(r.title), s(r.description), s(r.kind), s(r.version), r.timeMs, r.line });
    return true;
}

ingest::ParseResult parseInto(const std::string& path, CollectingSink& sink, ingest::Format format,
    const ingest::ParseOptions& options, ingest::Format* detected)
{
    return ingest::parseFile(path, format, options, sink, detected);
}

int64_t utcMs(int y, int mo, int d, int h, int mi, int sec, int ms)
{
    return daysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * 86400000LL
        + (h * 3600LL + mi * 60LL + sec) * 1000LL + ms;
}

} // namespace waymark::test
