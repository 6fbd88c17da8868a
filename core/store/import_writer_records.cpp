// Non-event rows of an import: support tickets and their messages, feedback, CRM accounts, releases.
#include "../util/hash.h"
#include "import_writer.h"
#include "import_writer_statements.h"

#include <cmath>
#include <cstdio>

namespace waymark::store {

namespace {
std::string prefixed(const std::string& format, std::string_view id)
{
    std::string out = format;
    out.push_back(':');
    out.append(id);
    return out;
}

std::string hexKey(const char* prefix, uint64_t h)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s%016llx", prefix, static_cast<unsigned long long>(h));
    return buf;
}
} // namespace

ImportWriter::RecordStatements& ImportWriter::records()
{
    drainEvents(); // the connection is ours again
    if (!m_records) m_records = std::make_unique<RecordStatements>(m_db);
    return *m_records;
}

bool ImportWriter::ticket(const ingest::TicketRow& row)
{
    RecordStatements& rs = records();
    const std::string external = prefixed(m_settings.format, row.externalId);
    const bool known = rs.ticketExists.bind(1, external).step();
    rs.ticketExists.reset();
    Statement& st = rs.ticketUpsert;
    st.bind(1, sourceId()).bind(2, external).bindOptional(3, row.userRef).bindOptional(4, row.email);
    st.bind(5, row.createdMs);
    if (row.updatedMs) st.bind(6, row.updatedMs);
    st.bindOptional(7, row.subject).bindOptional(8, row.body).bindOptional(9, row.status);
    st.bindOptional(10, row.priority).bindOptional(11, row.channel).bindOptional(12, row.tags);
    st.bindOptional(13, row.satisfaction).bindOptional(14, row.propsJson);
    st.run();
    ++m_kindRows[0];
    if (known)
        ++m_stats.duplicatesSkipped;
    else
        ++m_stats.rowsImported;
    return true;
}

bool ImportWriter::ticketMessage(const ingest::TicketMessageRow& row)
{
    RecordStatements& rs = records();
    const std::string external = prefixed(m_settings.format, row.ticketExternalId);
    if (!rs.ticketExists.bind(1, external).step()) {
        rs.ticketExists.reset();
        reject(
            row.line, "message refers to unknown conversation '" + std::string(row.ticketExternalId) + "'");
        return true;
    }
    const int64_t ticketId = rs.ticketExists.columnInt(0);
    rs.ticketExists.reset();
    uint64_t key = hash64(external, 11);
    key = hashCombine(key, static_cast<uint64_t>(row.timeMs));
    key = hashCombine(key, hash64(row.body, 12));
    Statement& st = rs.messageInsert;
    st.bind(1, ticketId).bind(2, row.timeMs).bindOptional(3, row.authorType).bindOptional(4, row.body);
    st.bind(5, static_cast<int64_t>(key)).run();
    if (m_db.changes() == 0)
        ++m_stats.duplicatesSkipped;
    else
        ++m_stats.rowsImported;
    return true;
}

bool ImportWriter::feedback(const ingest::FeedbackRow& row)
{
    RecordStatements& rs = records();
    std::string external;
    if (!row.externalId.empty()) {
        external = prefixed(m_settings.format, row.externalId);
    } else {
        uint64_t h = hash64(row.userRef, 21);
        h = hashCombine(h, hash64(row.email, 22));
        h = hashCombine(h, static_cast<uint64_t>(row.timeMs));
        h = hashCombine(h, hash64(row.kind, 23));
        h = hashCombine(h, hash64(row.comment, 24));
        h = hashCombine(h, std::isnan(row.score) ? 0 : static_cast<uint64_t>(std::llround(row.score * 1000)));
        external = hexKey("feedback:", h);
    }
    Statement& st = rs.feedbackInsert;
    st.bind(1, sourceId()).bind(2, external).bindOptional(3, row.userRef).bindOptional(4, row.email);
    st.bind(5, row.timeMs).bind(6, row.kind.empty() ? std::string_view("comment") : row.kind);
    if (std::isnan(row.score))
        st.bindNull(7);
    else
        st.bind(7, row.score);
    st.bindOptional(8, row.comment).bindOptional(9, row.propsJson);
    st.run();
    ++m_kindRows[1];
    if (m_db.changes() == 0)
        ++m_stats.duplicatesSkipped;
    else
        ++m_stats.rowsImported;
    return true;
}

bool ImportWriter::account(const ingest::AccountRow& row)
{
    RecordStatements& rs = records();
    const bool known = rs.accountExists.bind(1, row.accountId).step();
    rs.accountExists.reset();
    Statement& st = rs.accountUpsert;
    st.bind(1, row.accountId).bindOptional(2, row.name).bindOptional(3, row.plan);
    if (std::isnan(row.mrr))
        st.bindNull(4);
    else
        st.bind(4, row.mrr);
    if (row.companySize < 0)
        st.bindNull(5);
    else
        st.bind(5, row.companySize);
    st.bindOptional(6, row.segment).bindOptional(7, row.propsJson);
    st.run();
    bool newMember = false;
    if (!row.userRef.empty() || !row.email.empty()) {
        // '' rather than NULL: the UNIQUE constraint treats NULLs as distinct, so re-imports would repeat.
        rs.memberInsert.bind(1, row.userRef).bind(2, row.email).bind(3, row.accountId).run();
        newMember = m_db.changes() > 0;
    }
    ++m_kindRows[2];
    if (known && !newMember)
        ++m_stats.duplicatesSkipped;
    else
        ++m_stats.rowsImported;
    return true;
}

bool ImportWriter::annotation(const ingest::AnnotationRow& row)
{
    Statement& st = records().annotationInsert;
    st.bind(1, sourceId()).bind(2, row.timeMs).bind(3, row.title).bindOptional(4, row.description);
    st.bind(5, row.kind.empty() ? std::string_view("release") : row.kind).bindOptional(6, row.version).run();
    ++m_kindRows[3];
    if (m_db.changes() == 0)
        ++m_stats.duplicatesSkipped;
    else
        ++m_stats.rowsImported;
    return true;
}

// What a source brought, for the sources list: one kind, or "mixed" (the demo writes every kind).
const char* ImportWriter::sourceKind() const
{
    static const char* names[] = { "tickets", "feedback", "accounts", "annotations", "events" };
    const char* kind = nullptr;
    for (size_t i = 0; i < m_kindRows.size(); ++i) {
        if (m_kindRows[i] == 0) continue;
        if (kind) return "mixed";
        kind = names[i];
    }
    return kind ? kind : "events";
}

} // namespace waymark::store
