// The settling passes of ImportWriter::commit(): identity merges, out-of-order sessions, joins.
#include "import_writer.h"

#include <algorithm>
#include <simdjson.h>
#include <unordered_set>

namespace waymark::store {

void ImportWriter::writeDictionaries()
{
    // The names of the new identities, from the map that holds them.
    const auto fresh = static_cast<int64_t>(m_newIdentityKind.size());
    std::vector<std::string_view> names(static_cast<size_t>(fresh));
    for (const auto& [name, id] : m_identities)
        if (id >= m_firstNewIdentity) names[static_cast<size_t>(id - m_firstNewIdentity)] = name;

    auto users = m_db.prepare("INSERT INTO users(id, external_id) VALUES(?, ?)");
    for (size_t i = 0; i < m_newUserIdentity.size(); ++i) {
        const int64_t id = m_firstNewUser + static_cast<int64_t>(i);
        if (findUser(id) == id) // users merged away before they were ever written stay unwritten
            users.bind(1, id)
                .bind(2, names[static_cast<size_t>(m_newUserIdentity[i] - m_firstNewIdentity)])
                .run();
    }
    // In key order, so the unique index on external_id grows at its end instead of at random.
    std::vector<uint32_t> order(static_cast<size_t>(fresh));
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<uint32_t>(i);
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return names[a] < names[b]; });
    // The secondary index is rebuilt in one sort when this import brings most of the identities.
    const bool rebuildIndex = fresh > 100000 && fresh > m_nextIdentity - 1 - fresh;
    if (rebuildIndex) m_db.exec("DROP INDEX identities_user");
    {
        auto identities
            = m_db.prepare("INSERT INTO identities(id, external_id, kind, user_id) VALUES(?, ?, ?, ?)");
        for (const uint32_t i : order) {
            const int64_t id = m_firstNewIdentity + static_cast<int64_t>(i);
            identities.bind(1, id)
                .bind(2, names[i])
                .bind(3, static_cast<int>(m_newIdentityKind[i]))
                .bind(4, findUser(m_identityUser[static_cast<size_t>(id)]))
                .run();
        }
    }
    if (rebuildIndex) m_db.exec("CREATE INDEX identities_user ON identities(user_id)");
    auto types = m_db.prepare("INSERT INTO event_types(id, canonical, display_name) VALUES(?, ?, ?)");
    for (const auto& t : m_newTypes)
        types.bind(1, t.id).bind(2, t.canonical).bind(3, t.display).run();
    auto aliases = m_db.prepare("INSERT INTO event_aliases(id, raw_name, event_type) VALUES(?, ?, ?)");
    for (const auto& a : m_newAliases)
        aliases.bind(1, a.id).bind(2, a.rawName).bind(3, a.type).run();
}

// Users that existed before this import and were merged into another person now.
void ImportWriter::settleMerges()
{
    std::vector<std::pair<int64_t, int64_t>> merged; // (from, to)
    for (int64_t u = 1; u < m_firstNewUser; ++u) {
        const int64_t root = findUser(u);
        if (root != u) merged.emplace_back(u, root);
    }
    for (auto& s : m_sessions)
        s.user = findUser(s.user);
    if (merged.empty()) return;
    auto identities = m_db.prepare("UPDATE identities SET user_id = ?1 WHERE user_id = ?2");
    auto sessions = m_db.prepare("UPDATE sessions SET user_id = ?1 WHERE user_id = ?2");
    auto tickets = m_db.prepare("UPDATE tickets SET user_id = ?1 WHERE user_id = ?2");
    auto feedback = m_db.prepare("UPDATE feedback SET user_id = ?1 WHERE user_id = ?2");
    auto carry
        = m_db.prepare("UPDATE users SET email = coalesce(email, (SELECT email FROM users WHERE id = ?2)), "
                       "account_id = coalesce(account_id, (SELECT account_id FROM users WHERE id = ?2)) "
                       "WHERE id = ?1");
    auto drop = m_db.prepare("DELETE FROM users WHERE id = ?1");
    for (const auto& [from, to] : merged) {
        for (Statement* st : { &identities, &sessions, &tickets, &feedback, &carry })
            st->bind(1, to).bind(2, from).run();
        drop.bind(1, from).run();
    }
}

// Tickets, feedback and account members name people by external id or email; link them to users.
void ImportWriter::resolveRecordUsers()
{
    for (const char* table : { "tickets", "feedback" }) {
        const std::string t(table);
        if (m_db.queryInt("SELECT count(*) FROM " + t + " WHERE user_id IS NULL") == 0) continue;
        m_db.exec("UPDATE " + t + " SET user_id = (SELECT user_id FROM identities WHERE external_id = " + t
            + ".user_ref) WHERE user_id IS NULL AND user_ref IS NOT NULL");
        m_db.exec("UPDATE " + t + " SET user_id = (SELECT id FROM users WHERE email = " + t
            + ".email ORDER BY id LIMIT 1) WHERE user_id IS NULL AND email IS NOT NULL");
        m_db.exec("UPDATE " + t + " SET user_id = (SELECT user_id FROM identities WHERE external_id = " + t
            + ".email) WHERE user_id IS NULL AND email IS NOT NULL");
    }
    if (m_db.queryInt("SELECT count(*) FROM account_members") == 0) return;
    m_db.exec("UPDATE users SET email = (SELECT m.email FROM account_members m JOIN identities i ON "
              "i.external_id = "
              "m.user_ref WHERE i.user_id = users.id AND m.email <> '' LIMIT 1) WHERE email IS NULL");
    m_db.exec(
        "UPDATE users SET account_id = (SELECT m.account_id FROM account_members m JOIN identities i ON "
        "i.external_id = m.user_ref WHERE i.user_id = users.id LIMIT 1) WHERE account_id IS NULL");
    m_db.exec("UPDATE users SET account_id = (SELECT m.account_id FROM account_members m WHERE m.email = "
              "users.email LIMIT 1) WHERE account_id IS NULL AND email IS NOT NULL");
    // CRM fields become typed user properties, so segments and breakdowns can use plan or MRR.
    if (m_kindRows[2] > 0 || !m_newUserIdentity.empty()) {
        m_db.exec("UPDATE users SET props = json_patch(coalesce(props, '{}'), (SELECT json_object("
                  "'account', a.name, 'plan', a.plan, 'mrr', a.mrr, 'company_size', a.company_size, "
                  "'segment', a.segment) FROM accounts a WHERE a.id = users.account_id)) "
                  "WHERE account_id IS NOT NULL");
        m_db.exec(
            "INSERT OR IGNORE INTO property_keys(scope, name, type) VALUES ('user', 'account', 'string'), "
            "('user', 'plan', 'string'), ('user', 'mrr', 'number'), ('user', 'company_size', 'number'), "
            "('user', 'segment', 'string')");
    }
    // Tickets and feedback that name only an email now find users whose email came from the CRM.
    for (const char* table : { "tickets", "feedback" }) {
        const std::string t(table);
        m_db.exec("UPDATE " + t + " SET user_id = (SELECT id FROM users WHERE email = " + t
            + ".email ORDER BY id LIMIT 1) WHERE user_id IS NULL AND email IS NOT NULL");
    }
}

// Records which property keys this source brought and their JSON types, from a sample of rows.
void ImportWriter::writePropertyCatalog()
{
    auto sample = m_db.prepare("SELECT props FROM events WHERE id >= ? AND props IS NOT NULL LIMIT 2000");
    sample.bind(1, m_firstEventId);
    auto insert
        = m_db.prepare("INSERT OR IGNORE INTO property_keys(scope, name, type) VALUES('event', ?, ?)");
    simdjson::dom::parser parser;
    std::unordered_set<std::string> seen;
    while (sample.step()) {
        simdjson::dom::object obj;
        if (parser.parse(std::string(sample.columnText(0))).get(obj) != simdjson::SUCCESS) continue;
        for (auto [key, value] : obj) {
            if (!seen.insert(std::string(key)).second) continue;
            const char* type = "string";
            switch (value.type()) {
            case simdjson::dom::element_type::INT64:
            case simdjson::dom::element_type::UINT64:
            case simdjson::dom::element_type::DOUBLE:
                type = "number";
                break;
            case simdjson::dom::element_type::BOOL:
                type = "bool";
                break;
            case simdjson::dom::element_type::OBJECT:
                type = "object";
                break;
            case simdjson::dom::element_type::ARRAY:
                type = "array";
                break;
            default:
                break;
            }
            insert.bind(1, key).bind(2, std::string_view(type)).run();
        }
    }
}

} // namespace waymark::store
