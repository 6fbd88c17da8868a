#include "event_pipe.h"

#include "database.h"

#include <sqlite3.h>

namespace waymark::store {

namespace {
constexpr size_t kMaxQueued = 3;
}

EventPipe::EventPipe(sqlite3* db)
    : m_db(db)
{
    if (sqlite3_prepare_v3(m_db,
            "INSERT INTO events(identity, type, alias, ts, session, props) VALUES(?,?,?,?,?,?)", -1,
            SQLITE_PREPARE_PERSISTENT, &m_insert, nullptr)
        != SQLITE_OK)
        throw DatabaseError(sqlite3_errmsg(m_db));
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
    for (const auto& r : batch.rows) {
        // The row id is left to SQLite: an explicit id costs a uniqueness seek per row, while an
        // automatic one appends. It equals r.id because this import is the only writer; checked.
        sqlite3_bind_int64(m_insert, 1, r.identity);
        sqlite3_bind_int64(m_insert, 2, r.type);
        sqlite3_bind_int64(m_insert, 3, r.alias);
        sqlite3_bind_int64(m_insert, 4, r.ts);
        sqlite3_bind_int64(m_insert, 5, r.session);
        if (r.propsLength == 0)
            sqlite3_bind_null(m_insert, 6);
        else
            sqlite3_bind_text(m_insert, 6, batch.props.data() + r.propsOffset,
                static_cast<int>(r.propsLength), SQLITE_STATIC);
        const int rc = sqlite3_step(m_insert);
        sqlite3_reset(m_insert);
        if (rc != SQLITE_DONE) throw DatabaseError(std::string("writing events: ") + sqlite3_errmsg(m_db));
        if (&r == &batch.rows.back() && sqlite3_last_insert_rowid(m_db) != r.id)
            throw DatabaseError(
                "writing events: row ids out of step (was the project written by another process?)");
    }
}

} // namespace waymark::store
