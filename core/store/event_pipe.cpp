#include "event_pipe.h"

#include "database.h"

#include <sqlite3.h>

namespace waymark::store {

namespace {
constexpr size_t kMaxQueued = 3;
// Rows per multi-row INSERT: one statement step for many rows spares the per-step overhead (about
// a quarter of the time per row); 64 rows use 384 of SQLite's 32,766 parameters.
constexpr size_t kRowsPerInsert = 64;

sqlite3_stmt* prepareInsert(sqlite3* db, size_t rows)
{
    std::string sql = "INSERT INTO events(identity, type, alias, ts, session, props) VALUES";
    for (size_t i = 0; i < rows; ++i)
        sql += i ? ",(?,?,?,?,?,?)" : "(?,?,?,?,?,?)";
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v3(db, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &st, nullptr) != SQLITE_OK)
        throw DatabaseError(sqlite3_errmsg(db));
    return st;
}
} // namespace

EventPipe::EventPipe(sqlite3* db)
    : m_db(db)
{
    m_insert = prepareInsert(m_db, 1);
    m_insertMany = prepareInsert(m_db, kRowsPerInsert);
    m_thread = std::thread([this] { run(); });
}

EventPipe::~EventPipe()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_queue.clear();
    }
    m_changed.notify_all();
    m_thread.join();
    sqlite3_finalize(m_insert);
    sqlite3_finalize(m_insertMany);
}

void EventPipe::push(EventBatch& batch)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_queue.size() < kMaxQueued || m_error; });
    if (m_error) std::rethrow_exception(m_error);
    m_queue.push_back(std::move(batch));
    batch = EventBatch {};
    if (!m_spare.empty()) {
        batch = std::move(m_spare.back());
        m_spare.pop_back();
    }
    batch.clear();
    lock.unlock();
    m_changed.notify_all();
}

void EventPipe::drain()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return (m_queue.empty() && !m_busy) || m_error; });
    if (m_error) std::rethrow_exception(m_error);
}

void EventPipe::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [&] { return m_stop || !m_queue.empty(); });
        if (m_stop) return;
        EventBatch batch = std::move(m_queue.front());
        m_queue.pop_front();
        m_busy = true;
        lock.unlock();
        std::exception_ptr error;
        try {
            write(batch);
        } catch (...) {
            error = std::current_exception();
        }
        lock.lock();
        m_busy = false;
        if (error && !m_error) m_error = error;
        if (m_spare.size() < kMaxQueued) m_spare.push_back(std::move(batch));
        m_changed.notify_all();
    }
}

void EventPipe::write(const EventBatch& batch)
{
    const auto bind = [&](sqlite3_stmt* st, int first, const EventBatch::Row& r) {
        sqlite3_bind_int64(st, first, r.identity);
        sqlite3_bind_int64(st, first + 1, r.type);
        sqlite3_bind_int64(st, first + 2, r.alias);
        sqlite3_bind_int64(st, first + 3, r.ts);
        sqlite3_bind_int64(st, first + 4, r.session);
        if (r.propsLength == 0)
            sqlite3_bind_null(st, first + 5);
        else
            sqlite3_bind_text(st, first + 5, batch.props.data() + r.propsOffset,
                static_cast<int>(r.propsLength), SQLITE_STATIC);
    };
    const auto run = [&](sqlite3_stmt* st) {
        const int rc = sqlite3_step(st);
        sqlite3_reset(st);
        if (rc != SQLITE_DONE) throw DatabaseError(std::string("writing events: ") + sqlite3_errmsg(m_db));
    };
    const size_t n = batch.rows.size();
    size_t i = 0;
    for (; i + kRowsPerInsert <= n; i += kRowsPerInsert) {
        for (size_t k = 0; k < kRowsPerInsert; ++k)
            bind(m_insertMany, int(k * 6 + 1), batch.rows[i + k]);
        run(m_insertMany);
    }
    for (; i < n; ++i) {
        bind(m_insert, 1, batch.rows[i]);
        run(m_insert);
    }
    // The row ids are left to SQLite: an explicit id costs a uniqueness seek per row, while an
    // automatic one appends. They equal the writer's ids because this import is the only writer.
    if (n && sqlite3_last_insert_rowid(m_db) != batch.rows.back().id)
        throw DatabaseError(
            "writing events: row ids out of step (was the project written by another process?)");
}

} // namespace waymark::store
