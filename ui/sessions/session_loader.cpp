#include "session_loader.h"

#include "core/sessions/session_list.h"
#include "core/store/project.h"
#include "ui/common/format.h"

#include <algorithm>

namespace waymark::ui {

namespace {

sessions::ListQuery toCore(const SessionQuery& q)
{
    sessions::ListQuery out;
    out.fromMs = q.fromMs;
    out.toMs = q.toMs;
    if (q.userIds) out.userIds = std::vector<int64_t>(q.userIds->begin(), q.userIds->end());
    if (q.sessionIds) out.sessionIds = std::vector<int64_t>(q.sessionIds->begin(), q.sessionIds->end());
    out.sort = q.sort;
    out.descending = q.descending;
    return out;
}

} // namespace

SessionLoader::SessionLoader(
    QString projectPath, std::shared_ptr<std::atomic<quint64>> life, Callbacks callbacks)
    : m_path(std::move(projectPath))
    , m_life(std::move(life))
    , m_callbacks(std::move(callbacks))
{
}

SessionLoader::~SessionLoader() = default;

store::Project& SessionLoader::project()
{
    if (!m_project) m_project = store::Project::openReadOnly(m_path.toStdString());
    return *m_project;
}

bool SessionLoader::hasPredictions()
{
    try {
        return project().db().queryInt(
                   "SELECT count(*) FROM sqlite_master WHERE name = 'session_predictions'")
            > 0;
    } catch (const std::exception&) {
        return false;
    }
}

void SessionLoader::list(quint64 life, const SessionQuery& query)
{
    if (stale(life)) return;
    try {
        sessions::listSessionIds(
            project().db(), toCore(query), kListChunk,
            [&](std::vector<int64_t>&& ids, bool complete) {
                m_callbacks.listed(life, QVector<qint64>(ids.begin(), ids.end()), complete);
            },
            [&] { return stale(life); });
    } catch (const std::exception& e) {
        m_callbacks.failed(life, QString::fromUtf8(e.what()));
    }
}

void SessionLoader::fetch(quint64 life, int block, const QVector<qint64>& ids)
{
    if (stale(life) || ids.isEmpty()) return;
    try {
        const auto records
            = sessions::fetchSessions(project().db(), std::vector<int64_t>(ids.begin(), ids.end()));
        QVector<SessionRow> rows;
        rows.reserve(ids.size());
        for (const auto& r : records) {
            SessionRow row;
            row.id = r.id;
            row.userId = r.userId;
            row.user = fromStd(r.user);
            row.email = fromStd(r.email);
            row.startMs = r.startMs;
            row.endMs = r.endMs;
            row.events = r.events;
            row.segment = fromStd(r.segment);
            row.label.label = r.label;
            row.label.note = fromStd(r.note);
            rows.push_back(std::move(row));
        }
        m_callbacks.fetched(life, block, std::move(rows));
    } catch (const std::exception& e) {
        m_callbacks.failed(life, QString::fromUtf8(e.what()));
    }
}

} // namespace waymark::ui
