#pragma once

#include "database.h"

#include <memory>
#include <string>
#include <vector>

namespace waymark::store {

struct SourceInfo {
    int64_t id = 0;
    std::string path;
    std::string format;
    std::string kind;
    int64_t importedAt = 0;
    int64_t rowsRead = 0;
    int64_t rowsImported = 0;
    int64_t rowsRejected = 0;
    int64_t duplicatesSkipped = 0;
};

struct ProjectInfo {
    int64_t events = 0;
    int64_t users = 0;
    int64_t sessions = 0;
    int64_t eventTypes = 0;
    int64_t firstEventMs = 0;
    int64_t lastEventMs = 0;
    int64_t tickets = 0;
    int64_t feedback = 0;
    int64_t accounts = 0;
    int64_t annotations = 0;
    std::vector<SourceInfo> sources;
};

// A project file (*.waymark): one SQLite database in WAL mode, migrated to the current schema on open.
class Project {
public:
    // Opens or creates the project. Throws DatabaseError with a message naming the file.
    static std::unique_ptr<Project> open(const std::string& path);
    // Opens an existing project without creating or migrating it (read-only analysis connections).
    static std::unique_ptr<Project> openReadOnly(const std::string& path);

    Database& db() { return *m_db; }
    const std::string& path() const { return m_path; }
    ProjectInfo info();

private:
    Project(std::string path, std::unique_ptr<Database> db);
    std::string m_path;
    std::unique_ptr<Database> m_db;
};

} // namespace waymark::store
