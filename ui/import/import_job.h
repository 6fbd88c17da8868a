#pragma once

#include "core/import/importer.h"

#include <QString>
#include <map>
#include <string>
#include <vector>

namespace waymark::jobs {
class CancelToken;
class ProgressSink;
} // namespace waymark::jobs

namespace waymark::ui {

struct ImportFilePlan {
    QString path;
    ingest::Format format = ingest::Format::Auto;
    std::map<std::string, std::string> columnMap;
    double estimatedRows = 0;
    qint64 bytes = 0;
};

struct ImportBatchResult {
    std::vector<import::ImportReport> reports;
};

// Imports the files one after the other through a connection of its own; each file is one
// transaction, so a cancel rolls back the file in progress and keeps the ones finished before.
// Progress is weighted by file size. Runs on a worker thread.
ImportBatchResult runImportBatch(const std::string& projectPath, const std::vector<ImportFilePlan>& files,
    const std::string& timezone, int64_t sessionGapMs, const jobs::CancelToken& cancel,
    jobs::ProgressSink& progress);

// Turns progress fractions into rows per second and time left, for the progress page.
class ImportProgressMeter {
public:
    explicit ImportProgressMeter(double estimatedRows = 0)
        : m_rows(estimatedRows)
    {
    }
    void update(double fraction, qint64 elapsedMs);
    double rowsPerSecond() const { return m_rate; }
    // -1 while unknown (too early to tell).
    qint64 remainingMs() const { return m_remaining; }
    double rowsDone() const { return m_fraction * m_rows; }

private:
    double m_rows;
    double m_fraction = 0;
    double m_rate = 0;
    qint64 m_remaining = -1;
};

} // namespace waymark::ui
