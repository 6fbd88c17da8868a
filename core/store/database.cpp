#include "database.h"

#include <sqlite3.h>

namespace waymark::store {

namespace {
[[noreturn]] void throwError(sqlite3* db, const std::string& context)
{
    throw DatabaseError(context + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}
} // namespace

Database::Database(const std::string& path, Mode mode)
    : m_path(path)
{
    const int flags
        = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (sqlite3_open_v2(path.c_str(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        const std::string message
            = path + ": cannot open project: " + (m_db ? sqlite3_errmsg(m_db) : "out of memory");
        sqlite3_close(m_db);
        m_db = nullptr;
        throw DatabaseError(message);
    }
    sqlite3_busy_timeout(m_db, 5000);
    sqlite3_extended_result_codes(m_db, 1);
}

Database::~Database()
{
    sqlite3_close_v2(m_db);
}

void Database::exec(std::string_view sql)
{
    char* error = nullptr;
    const std::string text(sql);
    if (sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        std::string message = m_path + ": " + (error ? error : "SQL error");
        sqlite3_free(error);
        throw DatabaseError(message);
    }
}

Statement Database::prepare(std::string_view sql)
{
    return Statement(*this, sql);
}

int64_t Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}
int Database::changes() const
{
    return sqlite3_changes(m_db);
}

int Database::userVersion()
{
    return static_cast<int>(queryInt("PRAGMA user_version"));
}

int64_t Database::queryInt(std::string_view sql, int64_t fallback)
{
    Statement st(*this, sql);
    if (!st.step() || st.columnIsNull(0)) return fallback;
    return st.columnInt(0);
}

std::optional<std::string> Database::queryText(std::string_view sql)
{
    Statement st(*this, sql);
    if (!st.step() || st.columnIsNull(0)) return std::nullopt;
    return std::string(st.columnText(0));
}

Transaction::Transaction(Database& db)
    : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (...) {
        }
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

Statement::Statement(Database& db, std::string_view sql)
    : m_db(&db)
{
    if (sqlite3_prepare_v3(db.handle(), sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
            &m_stmt, nullptr)
        != SQLITE_OK)
        throwError(db.handle(), db.path() + ": cannot prepare '" + std::string(sql.substr(0, 80)) + "'");
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

Statement& Statement::bind(int index, int64_t v)
{
    sqlite3_bind_int64(m_stmt, index, v);
    return *this;
}

Statement& Statement::bind(int index, double v)
{
    sqlite3_bind_double(m_stmt, index, v);
    return *this;
}

Statement& Statement::bind(int index, std::string_view text)
{
    sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindBlob(int index, const void* data, size_t size)
{
    sqlite3_bind_blob64(m_stmt, index, data, size, SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement& Statement::bindOptional(int index, std::string_view text)
{
    return text.empty() ? bindNull(index) : bind(index, text);
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    throwError(m_db->handle(), m_db->path());
}

void Statement::run()
{
    while (step()) { }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int64_t Statement::columnInt(int i) const
{
    return sqlite3_column_int64(m_stmt, i);
}
double Statement::columnDouble(int i) const
{
    return sqlite3_column_double(m_stmt, i);
}
std::string_view Statement::columnText(int i) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, i));
    return text ? std::string_view(text, static_cast<size_t>(sqlite3_column_bytes(m_stmt, i)))
                : std::string_view();
}
std::string_view Statement::columnBlob(int i) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, i));
    return data ? std::string_view(data, static_cast<size_t>(sqlite3_column_bytes(m_stmt, i)))
                : std::string_view();
}
bool Statement::columnIsNull(int i) const
{
    return sqlite3_column_type(m_stmt, i) == SQLITE_NULL;
}

} // namespace waymark::store
