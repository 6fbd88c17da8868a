#pragma once

#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// Normalised rows that every importer produces. Views point into the parser's buffers and are valid
// only during the sink call; a sink copies what it keeps.
namespace waymark::ingest {

struct EventRow {
    std::string_view userId; // known user id; may be empty when only a device id is known
    std::string_view anonymousId; // device / anonymous id; may be empty
    std::string_view event; // raw event name
    int64_t timeMs = 0; // UTC milliseconds since the epoch
    std::string_view sessionId; // the export's own session key, empty when it has none
    // The export's dedup id ($insert_id, insert_id, uuid, messageId, event_id), empty if none. The store
    // pairs it with the event name, the time and the user / device ids, as Mixpanel's
    // (event, time, distinct_id, $insert_id): the same id on another event is another event.
    std::string_view insertId;
    // The time that id is paired with when it is not timeMs: Segment's skew-corrected `timestamp`
    // moves when a message is retried, its `originalTimestamp` does not.
    std::optional<int64_t> dedupTimeMs;
    std::string_view propsJson; // JSON object of event properties, empty when none
    int64_t line = 0;
};

// An identity link without an event (Segment identify/alias, PostHog $identify, Mixpanel
// $identify): the device's events belong to the user from now on, including earlier ones.
struct IdentifyRow {
    std::string_view userId;
    std::string_view anonymousId;
    int64_t line = 0;
};

struct TicketRow {
    std::string_view externalId;
    std::string_view userRef; // requester's external user id
    std::string_view email; // requester's email, when known
    int64_t createdMs = 0;
    int64_t updatedMs = 0; // 0 when unknown
    std::string_view subject;
    std::string_view body;
    std::string_view status;
    std::string_view priority;
    std::string_view channel;
    std::string_view tags; // comma-separated
    std::string_view satisfaction; // e.g. "good", "bad", "4"
    std::string_view propsJson;
    int64_t line = 0;
};

// One message of a support conversation (Intercom parts, ticket comments).
struct TicketMessageRow {
    std::string_view ticketExternalId;
    int64_t timeMs = 0;
    std::string_view authorType; // user, admin, bot
    std::string_view body;
    int64_t line = 0;
};

struct FeedbackRow {
    std::string_view externalId; // may be empty: a content hash is used then
    std::string_view userRef;
    std::string_view email;
    int64_t timeMs = 0;
    std::string_view kind; // nps, csat, rating, comment
    double score = std::nan(""); // NaN when the row has no score
    std::string_view comment;
    std::string_view propsJson;
    int64_t line = 0;
};

struct AccountRow {
    std::string_view accountId;
    std::string_view name;
    std::string_view plan;
    double mrr = std::nan("");
    int64_t companySize = -1;
    std::string_view segment;
    std::string_view userRef; // a member's external user id (rows may list one member each)
    std::string_view email;
    std::string_view propsJson;
    int64_t line = 0;
};

struct AnnotationRow {
    int64_t timeMs = 0;
    std::string_view title;
    std::string_view description;
    std::string_view kind; // release, incident, campaign, note
    std::string_view version;
    int64_t line = 0;
};

// Where an importer sends its rows. Returning false from a row call stops the import (cancel).
class RowSink {
public:
    virtual ~RowSink() = default;
    virtual bool event(const EventRow&) { return true; }
    virtual bool identify(const IdentifyRow&) { return true; }
    virtual bool ticket(const TicketRow&) { return true; }
    virtual bool ticketMessage(const TicketMessageRow&) { return true; }
    virtual bool feedback(const FeedbackRow&) { return true; }
    virtual bool account(const AccountRow&) { return true; }
    virtual bool annotation(const AnnotationRow&) { return true; }
    // A skipped row: 1-based line number in the (decompressed) input and a human-readable reason.
    virtual void reject(int64_t line, const std::string& reason) = 0;
    // Every parsed input row is counted once, accepted or rejected.
    virtual void rowRead() { }
};

} // namespace waymark::ingest
