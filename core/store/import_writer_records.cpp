// Non-event rows of an import: support tickets and their messages, feedback, CRM accounts, releases.
#include "import_writer.h"

#include "../util/hash.h"

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

bool ImportWriter::ticket(const ingest::TicketRow& row)
{
    drainEvents();
    const std::string external = prefixed(m_settings.format, row.externalId);
    auto exists = m_db.prepare("SELECT 1 FROM tickets WHERE external_id = ?");
    const bool known = exists.bind(1, external).step();
    auto st = m_db.prepare(
        "INSERT INTO tickets(source, external_id, user_ref, email, created_ts, updated_ts, subject, body, status, "
        "priority, channel, tags, satisfaction, props) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) "
        "ON CONFLICT(external_id) DO UPDATE SET updated_ts = excluded.updated_ts, status = excluded.status, "
        "priority = excluded.priority, tags = excluded.tags, satisfaction = excluded.satisfaction, "
        "subject = coalesce(excluded.subject, subject), body = coalesce(excluded.body, body), "
        "user_ref = coalesce(excluded.user_ref, user_ref), email = coalesce(excluded.email, email), "
        "props = coalesce(excluded.props, props)");
    st.bind(1, sourceId()).bind(2, external).bindOptional(3, row.userRef).bindOptional(4, row.email);
    st.bind(5, row.createdMs);
    if (row.updatedMs)
        st.bind(6, row.updatedMs);
    st.bindOptional(7, row.subject).bindOptional(8, row.body).bindOptional(9, row.status);
    st.bindOptional(10, row.priority).bindOptional(11, row.channel).bindOptional(12, row.tags);
    st.bindOptional(13, row.satisfaction).bindOptional(14, row.propsJson);
    st.run();
    if (known)
        ++m_stats.duplicatesSkipped;
    else
        ++m_stats.rowsImported;
    return true;
}

bool ImportWriter::ticketMessage(const ingest::TicketMessageRow& row)
{
    drainEvents();
    const std::string external = prefixed(m_settings.format, row.ticketExternalId);
    auto find = m_db.prepare("SELECT id FROM tickets WHERE external_id = ?");
    if (!find.bind(1, external).step()) {
        reject(row.line, "message refers to unknown conversation '" + std::string(row.ticketExternalId) + "'");
        return true;
    }
    const int64_t ticketId = find.columnInt(0);
    uint64_t key = hash64(external, 11);
    key = hashCombine(key, static_cast<uint64_t>(row.timeMs));
    key = hashCombine(key, hash64(row.body, 12));
    auto st = m_db.prepare("INSERT OR IGNORE INTO ticket_messages(ticket_id, ts, author_type, body, dedup) VALUES(?,?,?,?,?)");
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
    drainEvents();
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
    auto st = m_db.prepare("INSERT OR IGNORE INTO feedback(source, external_id, user_ref, email, ts, kind, score, "
                           "comment, props) VALUES(?,?,?,?,?,?,?,?,?)");
    st.bind(1, sourceId()).bind(2, external).bindOptional(3, row.userRef).bindOptional(4, row.email);
    st.bind(5, row.timeMs).bind(6, row.kind.empty() ? std::string_view("comment") : row.kind);
    if (std::isnan(row.score))
        st.bindNull(7);
    else
        st.bind(7, row.score);
    st.bindOptional(8, row.comment).bindOptional(9, row.propsJson);
    st.run();
    if (m_db.changes() == 0)
        ++m_stats.duplicatesSkipped;
    else
        ++m_stats.rowsImported;
    return true;
}

bool ImportWriter::account(const ingest::AccountRow& row)
{
    drainEvents();
    auto exists = m_db.prepare("SELECT id FROM accounts WHERE external_id = ?");
    const bool known = exists.bind(1, row.accountId).step();
    auto st = m_db.prepare(
        "INSERT INTO accounts(external_id, name, plan, mrr, company_size, segment, props) VALUES(?1,?2,?3,?4,?5,?6,?7) "
        "ON CONFLICT(external_id) DO UPDATE SET name = coalesce(excluded.name, name), "
        "plan = coalesce(excluded.plan, plan), mrr = coalesce(excluded.mrr, mrr), "
        "company_size = coalesce(excluded.company_size, company_size), segment = coalesce(excluded.segment, segment), "
        "props = coalesce(excluded.props, props)");
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
        auto member = m_db.prepare("INSERT OR IGNORE INTO account_members(account_id, user_ref, email) "
                                   "SELECT id, ?, ? FROM accounts WHERE external_id = ?");
        member.bindOptional(1, row.userRef).bindOptional(2, row.email).bind(3, row.accountId).run();
        newMember = m_db.changes() > 0;
    }
    if (known && !newMember)
        ++m_stats.duplicatesSkipped;
    else
        ++m_stats.rowsImported;
    return true;
}

bool ImportWriter::annotation(const ingest::AnnotationRow& row)
{
    drainEvents();
    auto st = m_db.prepare("INSERT OR IGNORE INTO annotations(source, ts, title, description, kind, version) "
                           "VALUES(?,?,?,?,?,?)");
    st.bind(1, sourceId()).bind(2, row.timeMs).bind(3, row.title).bindOptional(4, row.description);
    st.bind(5, row.kind.empty() ? std::string_view("release") : row.kind).bindOptional(6, row.version).run();
    if (m_db.changes() == 0)
        ++m_stats.duplicatesSkipped;
    else
        ++m_stats.rowsImported;
    return true;
}

} // namespace waymark::store
