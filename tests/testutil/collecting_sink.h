#pragma once

#include "core/ingest/format.h"
#include "core/ingest/rows.h"

#include <string>
#include <vector>

namespace waymark::test {

// Owned copies of the rows an importer produced, for assertions.
struct Event {
    std::string userId, anonymousId, event, sessionId, insertId, props;
    int64_t timeMs = 0;
    int64_t line = 0;
};
struct Ticket {
    std::string externalId, userRef, email, subject, body, status, priority, channel, tags, satisfaction,
        props;
    int64_t createdMs = 0, updatedMs = 0, line = 0;
};
struct TicketMessage {
    std::string ticketExternalId, authorType, body;
    int64_t timeMs = 0, line = 0;
};
struct Feedback {
    std::string externalId, userRef, email, kind, comment, props;
    int64_t timeMs = 0, line = 0;
    double score = 0;
};
struct Account {
    std::string accountId, name, plan, segment, userRef, email, props;
    double mrr = 0;
    int64_t companySize = -1, line = 0;
};
struct Annotation {
    std::string title, description, kind, version;
    int64_t timeMs = 0, line = 0;
};
struct Rejected {
    int64_t line = 0;
    std::string reason;
};

class CollectingSink : public ingest::RowSink {
public:
    bool event(const ingest::EventRow&) override;
    bool ticket(const ingest::TicketRow&) override;
    bool ticketMessage(const ingest::TicketMessageRow&) override;
    bool feedback(const ingest::FeedbackRow&) override;
    bool account(const ingest::AccountRow&) override;
    bool annotation(const ingest::AnnotationRow&) override;
    void reject(int64_t line, const std::string& reason) override { rejects.push_back({ line, reason }); }
    void rowRead() override { ++rowsRead; }

    std::vector<Event> events;
    std::vector<Ticket> tickets;
    std::vector<TicketMessage> messages;
    std::vector<Feedback> feedbacks;
    std::vector<Account> accounts;
    std::vector<Annotation> annotations;
    std::vector<Rejected> rejects;
    int64_t rowsRead = 0;
    int64_t stopAfter = -1; // return false (cancel) after this many rows
};

// Parses a file with the given format (Auto = sniffed) into a CollectingSink.
ingest::ParseResult parseInto(const std::string& path, CollectingSink& sink,
    ingest::Format format = ingest::Format::Auto, const ingest::ParseOptions& options = {},
    ingest::Format* detected = nullptr);

// Milliseconds since the epoch for a UTC date-time, for readable expectations.
int64_t utcMs(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0);

} // namespace waymark::test
