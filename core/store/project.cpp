#include "project.h"

#include "schema.h"

#include <filesystem>

namespace waymark::store {

Project::Project(std::string path, std::unique_ptr<Database> db)
    : m_path(std::move(path))
    , m_db(std::move(db))
{
}

std::unique_ptr<Project> Project::open(const std::string& path)
{
    auto db = std::make_unique<Database>(path, Database::Mode::ReadWrite);
    // 16 KiB pages for a new file (an existing one keeps its size): the events table is appended to
    // and scanned whole, and bigger pages make a big import about 10% faster (docs/performance.md).
    db->exec("PRAGMA page_size = 16384");
    db->exec("PRAGMA journal_mode = WAL");
    db->exec("PRAGMA synchronous = NORMAL");
    db->exec("PRAGMA foreign_keys = OFF");
    db->exec("PRAGMA temp_store = FILE");
    // Bounded page cache (64 MB): big imports spill dirty pages to the WAL instead of growing memory.
    db->exec("PRAGMA cache_size = -65536");
    migrate(*db);
    return std::unique_ptr<Project>(new Project(path, std::move(db)));
}

std::unique_ptr<Project> Project::openReadOnly(const std::string& path)
{
    if (!std::filesystem::exists(path)) throw DatabaseError(path + ": no such project file");
    auto db = std::make_unique<Database>(path, Database::Mode::ReadOnly);
    const int version = db->userVersion();
    if (version != kSchemaVersion)
        throw DatabaseError(path + ": project schema " + std::to_string(version)
            + " needs migrating; open it read-write first");
    return std::unique_ptr<Project>(new Project(path, std::move(db)));
}

ProjectInfo Project::info()
{
    ProjectInfo info;
    Database& db = *m_db;
    info.events = db.queryInt("SELECT count(*) FROM events");
    info.users
        = db.queryInt("SELECT count(*) FROM users WHERE id IN (SELECT DISTINCT user_id FROM identities "
                      "WHERE id IN (SELECT DISTINCT identity FROM events))");
    info.sessions = db.queryInt("SELECT count(*) FROM sessions");
    info.eventTypes
        = db.queryInt("SELECT count(*) FROM event_types WHERE id IN (SELECT DISTINCT type FROM events)");
    info.firstEventMs = db.queryInt("SELECT min(ts) FROM events");
    info.lastEventMs = db.queryInt("SELECT max(ts) FROM events");
    info.tickets = db.queryInt("SELECT count(*) FROM tickets");
    info.feedback = db.queryInt("SELECT count(*) FROM feedback");
    info.accounts = db.queryInt("SELECT count(*) FROM accounts");
    info.annotations = db.queryInt("SELECT count(*) FROM annotations");
    auto st
        = db.prepare("SELECT id, path, format, kind, imported_at, rows_read, rows_imported, rows_rejected, "
                     "duplicates_skipped FROM sources ORDER BY id");
    while (st.step()) {
        SourceInfo s;
        s.id = st.columnInt(0);
        s.path = st.columnText(1);
        s.format = st.columnText(2);
        s.kind = st.columnText(3);
        s.importedAt = st.columnInt(4);
        s.rowsRead = st.columnInt(5);
        s.rowsImported = st.columnInt(6);
        s.rowsRejected = st.columnInt(7);
        s.duplicatesSkipped = st.columnInt(8);
        info.sources.push_back(std::move(s));
    }
    return info;
}

} // namespace waymark::store
