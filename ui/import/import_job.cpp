#include "import_job.h"

#include "core/jobs/cancel_token.h"
#include "core/jobs/progress_sink.h"
#include "core/store/project.h"

#include <atomic>

namespace waymark::ui {

ImportBatchResult runImportBatch(const std::string& projectPath, const std::vector<ImportFilePlan>& files,
    const std::string& timezone, int64_t sessionGapMs, const jobs::CancelToken& cancel,
    jobs::ProgressSink& progress)
{
    ImportBatchResult result;
    auto project = store::Project::open(projectPath);
    double totalBytes = 0;
    for (const auto& f : files)
        totalBytes += double(std::max<qint64>(f.bytes, 1));
    double done = 0;
    std::atomic<bool> stop { false };
    for (const ImportFilePlan& file : files) {
        if (cancel.isCancelled()) break;
        const double weight = double(std::max<qint64>(file.bytes, 1)) / totalBytes;
        const jobs::ProgressRange range(&progress, done, done + weight);
        import::ImportOptions options;
        options.format = file.format;
        options.columnMap = file.columnMap;
        options.timezone = timezone;
        options.sessionGapMs = sessionGapMs;
        options.cancel = &stop;
        // The importer polls its flag from the progress callback; the job's token is mirrored into it there.
        options.progress = [&](double fraction) {
            if (cancel.isCancelled()) stop = true;
            range.report(fraction);
        };
        result.reports.push_back(import::importFile(*project, file.path.toStdString(), options));
        done += weight;
        if (result.reports.back().outcome == ingest::Outcome::Cancelled) break;
    }
    progress.report(1.0);
    return result;
}

void ImportProgressMeter::update(double fraction, qint64 elapsedMs)
{
    m_fraction = std::clamp(fraction, 0.0, 1.0);
    if (elapsedMs < 200 || m_fraction <= 0.001) return;
    const double seconds = double(elapsedMs) / 1000.0;
    const double rate = m_fraction * m_rows / seconds;
    // Smoothed, so the figure does not jitter with every report.
    m_rate = m_rate > 0 ? 0.7 * m_rate + 0.3 * rate : rate;
    m_remaining = qint64(double(elapsedMs) * (1.0 - m_fraction) / m_fraction);
}

} // namespace waymark::ui
