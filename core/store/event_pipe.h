#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace waymark::store {

// Integer-coded events on their way into the events table.
struct EventBatch {
    struct Row {
        int64_t id, identity, type, alias, ts, session;
        uint32_t propsOffset, propsLength; // into props; length 0 = no properties
    };
    std::vector<Row> rows;
    std::string props;
    void clear()
    {
        rows.clear();
        props.clear();
    }
};

// Inserts event batches on a second thread, so parsing and dictionary work overlap with SQLite.
// The connection is used by the writer thread only between the first push() and drain(); callers
// must not touch it in between. A bounded queue keeps memory constant whatever the file size.
class EventPipe {
public:
    explicit EventPipe(sqlite3* db);
    ~EventPipe();
    EventPipe(const EventPipe&) = delete;
    EventPipe& operator=(const EventPipe&) = delete;

    // Hands a full batch over (the argument is left empty for reuse). Rethrows a writer error.
    void push(EventBatch& batch);
    // Waits until every pushed batch is written; afterwards the caller may use the connection.
    // Rethrows the writer thread's error, if any.
    void drain();

private:
    void run();
    void write(const EventBatch& batch);

    sqlite3* m_db;
    sqlite3_stmt* m_insert = nullptr;
    sqlite3_stmt* m_insertMany = nullptr;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<EventBatch> m_queue;
    std::vector<EventBatch> m_spare;
    bool m_busy = false;
    bool m_stop = false;
    std::exception_ptr m_error;
};

} // namespace waymark::store
