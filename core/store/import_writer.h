#pragma once

#include "../ingest/rows.h"
#include "../util/chunked_vector.h"
#include "database.h"
#include "event_pipe.h"
#include "key_log.h"
#include "session_spill.h"

#include <array>
#include <chrono>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

namespace waymark::store {

struct ImportSettings {
    std::string path; // the imported file, as given
    std::string format; // registry name, e.g. "csv"
    int64_t sessionGapMs = 30 * 60 * 1000;
    std::string optionsJson; // how it was imported, kept on the source row
};

struct Reject {
    int64_t line = 0;
    std::string reason;
};

struct ImportStats {
    int64_t sourceId = 0;
    int64_t rowsRead = 0;
    int64_t rowsImported = 0;
    int64_t rowsRejected = 0;
    int64_t duplicatesSkipped = 0;
    std::vector<Reject> rejects; // the first kMaxListedRejects
};

constexpr size_t kMaxListedRejects = 100;

// Thrown by ImportWriter::commit() when its cancel check says so; nothing has been committed.
class ImportCancelled : public std::runtime_error {
public:
    ImportCancelled()
        : std::runtime_error("import cancelled")
    {
    }
};

// Writes one import into a project inside a single transaction. Events are integer-coded as they
// stream in; identity stitching, sessions and joins are settled in commit(). Destroying the writer
// without commit() rolls everything back, so a failed or cancelled import leaves no trace.
class ImportWriter final : public ingest::RowSink {
public:
    ImportWriter(Database& db, ImportSettings settings);
    ~ImportWriter() override;

    bool event(const ingest::EventRow&) override;
    bool identify(const ingest::IdentifyRow&) override;
    bool ticket(const ingest::TicketRow&) override;
    bool ticketMessage(const ingest::TicketMessageRow&) override;
    bool feedback(const ingest::FeedbackRow&) override;
    bool account(const ingest::AccountRow&) override;
    bool annotation(const ingest::AnnotationRow&) override;
    void reject(int64_t line, const std::string& reason) override;
    void rowRead() override { ++m_stats.rowsRead; }

    const ImportStats& stats() const { return m_stats; }
    // Settles identities and sessions, records the source and commits. Settling a big import takes
    // seconds, so it asks `cancelled` between passes and every 64k rows within them, and throws
    // ImportCancelled (the writer then rolls back when destroyed).
    ImportStats commit();
    void setCancelCheck(std::function<bool()> cancelled) { m_cancelled = std::move(cancelled); }

private:
    // Per user: the latest time seen and the open gap session. A gap session closes when the user's
    // next event comes more than the gap later; closed sessions go to m_closedSessions (a file), so
    // memory grows with users, not with sessions or events.
    struct UserState {
        int64_t lastTs = 0; // latest event time, stored sessions included
        int64_t openId = 0; // the open gap session, 0 = none yet
        int64_t openStart = 0;
        int64_t openEnd = 0;
        int32_t openCount = 0;
        int32_t storedCount = -1; // event_count of the open session as stored, -1 = a new session
        bool hasSession = false; // a gap session of this import, or any stored session
        bool dirty = false; // events arrived out of order: gap sessions are rebuilt in commit()
    };
    // A session named by the export (its session id); kept in memory until commit.
    struct SessionAgg {
        int64_t id = 0;
        int64_t user = 0;
        int64_t start = 0;
        int64_t end = 0;
        int64_t count = 0;
        std::string externalId;
    };
    struct StringHash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const;
    };
    using StringMap = std::unordered_map<std::string, int64_t, StringHash, std::equal_to<>>;

    void loadDictionaries();
    int64_t identityFor(std::string_view externalId, int kind, int64_t userHint);
    // A user first seen as the identity about to be created (its name is the user's external id).
    int64_t newUser(int64_t creatorIdentity);
    int64_t findUser(int64_t user);
    void mergeUsers(int64_t from, int64_t to);
    // The alias id of a raw event name (creating the alias, and its type, when new).
    int64_t aliasFor(std::string_view rawName);
    int64_t newExternalSession(int64_t user, int64_t ts, std::string_view externalId);
    // Adds the event at `ts` to the user's gap session (opening one when the gap is exceeded).
    int64_t gapSession(UserState& state, int64_t user, int64_t ts);
    int64_t sourceId() const { return m_stats.sourceId; }
    // Finishes the event stream so the connection can be used on this thread again.
    void drainEvents();

    void writeDictionaries();
    void settleMerges();
    void rebuildDirtySessions();
    void writeSessions();
    void continueStoredSessions();
    // Finds the events of this import that repeat one already stored or an earlier row of the
    // import, deletes them and adjusts their sessions; stores the keys of the rest.
    void resolveDuplicates();
    void dropDuplicateEvents(int64_t count);
    void resolveRecordUsers();
    void writePropertyCatalog();
    // An empty temporary table for a settling pass (dropped with the connection).
    void freshTempTable(const char* name, const char* columns);
    void checkCancelled() const
    {
        if (m_cancelled && m_cancelled()) throw ImportCancelled();
    }
    // Every 65,536th call checks for a cancel (for loops over rows).
    void tickCancel(uint64_t& counter) const
    {
        if ((++counter & 0xFFFF) == 0) checkCancelled();
    }
    std::function<bool()> m_cancelled;

    Database& m_db;
    ImportSettings m_settings;
    std::chrono::steady_clock::time_point m_created = std::chrono::steady_clock::now();
    std::unique_ptr<Transaction> m_tx;
    ImportStats m_stats;

    // Dictionaries are kept in memory and new entries written in commit(), so the per-row work
    // never waits for SQLite; ids are assigned here.
    StringMap m_identities; // external id -> identity id
    ChunkedVector<int64_t> m_identityUser; // identity id -> user id (before union-find)
    ChunkedVector<int64_t> m_userParent; // union-find over user ids
    ChunkedVector<UserState> m_userState;
    // New identities and users are written at commit; their names are the keys of m_identities.
    int64_t m_firstNewIdentity = 1;
    std::vector<uint8_t> m_newIdentityKind; // [identity - m_firstNewIdentity]
    std::vector<int64_t> m_newUserIdentity; // [user - m_firstNewUser]: the identity that made it
    struct NewType {
        int64_t id;
        std::string canonical, display;
    };
    std::vector<NewType> m_newTypes;
    struct NewAlias {
        int64_t id;
        std::string rawName;
        int64_t type;
    };
    std::vector<NewAlias> m_newAliases;
    std::vector<int64_t> m_aliasType; // alias id -> event type id
    int64_t m_nextAlias = 1;
    int64_t m_firstNewUser = 1;
    int64_t m_nextIdentity = 1;
    int64_t m_nextType = 1;

    std::vector<SessionAgg> m_sessions; // sessions named by the export
    std::unordered_map<uint64_t, int64_t> m_externalSessions; // hash(device/user, session key) -> index
    std::unique_ptr<SessionSpill> m_closedSessions;
    StringMap m_aliases; // raw name -> alias id
    StringMap m_eventTypesByKey;
    // Every event's dedup key: duplicates are found at commit by sorting, within a fixed memory budget.
    KeyLog m_keys;
    int64_t m_firstNewSessionId = 1;
    int64_t m_nextSessionId = 1;
    int64_t m_firstEventId = 1;
    int64_t m_nextEventId = 1;

    std::string m_keyScratch;
    std::string m_lastIdentityName;
    int64_t m_lastIdentity = 0;
    EventBatch m_batch;
    std::unique_ptr<EventPipe> m_pipe;

    // Prepared once, on the first row of each kind.
    struct RecordStatements;
    std::unique_ptr<RecordStatements> m_records;
    RecordStatements& records();
    const char* sourceKind() const;
    std::array<int64_t, 5> m_kindRows {}; // tickets, feedback, accounts, annotations, events
};

} // namespace waymark::store
