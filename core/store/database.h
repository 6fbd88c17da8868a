#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace waymark::store {

class DatabaseError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Statement;

// One SQLite connection. Worker threads open their own; a connection is used by one thread at a time.
class Database {
public:
    enum class Mode { ReadWrite, ReadOnly };
    // Opens (and with ReadWrite creates) the file. Throws DatabaseError naming the file.
    explicit Database(const std::string& path, Mode mode = Mode::ReadWrite);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void exec(std::string_view sql);
    Statement prepare(std::string_view sql);
    int64_t lastInsertId() const;
    int changes() const;
    int userVersion();
    const std::string& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }
    // Shortcuts for single-value queries.
    int64_t queryInt(std::string_view sql, int64_t fallback = 0);
    std::optional<std::string> queryText(std::string_view sql);

private:
    sqlite3* m_db = nullptr;
    std::string m_path;
};

// RAII transaction: rolls back unless commit() was called.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

class Statement {
public:
    Statement(Database& db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;

    Statement& bind(int index, int64_t v);
    Statement& bind(int index, int v) { return bind(index, static_cast<int64_t>(v)); }
    Statement& bind(int index, double v);
    Statement& bind(int index, std::string_view text); // copied by SQLite
    Statement& bindNull(int index);
    Statement& bindBlob(int index, const void* data, size_t size); // copied by SQLite
    Statement& bindOptional(int index, std::string_view textOrEmptyIsNull);

    // Steps once: true when a row is available.
    bool step();
    // Steps to completion (for statements returning no rows) and resets.
    void run();
    void reset();

    int64_t columnInt(int i) const;
    double columnDouble(int i) const;
    std::string_view columnText(int i) const;
    std::string_view columnBlob(int i) const;
    bool columnIsNull(int i) const;

private:
    Database* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace waymark::store
