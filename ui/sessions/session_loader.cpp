#include "session_loader.h"

#include "core/store/project.h"

#include <QSet>
#include <algorithm>

namespace waymark::ui {

namespace {

std::string orderBy(const SessionQuery& query)
{
    const char* key = "s.start_ts";
    switch (query.sort) {
    case SessionSort::Start:
        key = "s.start_ts";
        break;
    case SessionSort::User:
        key = "u.external_id";
        break;
    case SessionSort::Duration:
        key = "s.end_ts - s.start_ts";
        break;
    case SessionSort::Events:
        key = "s.event_count";
        break;
    case SessionSort::Segment:
        key = "a.segment";
        break;
    case SessionSort::Label:
        key = "l.label";
        break;
    }
    const char* dir = query.descending ? " DESC" : "";
    return std::string(" ORDER BY ") + key + dir + ", s.id" + dir;
}

QString text(const store::Statement& st, int column)
{
    const auto view = st.columnText(column);
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
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
        // Only the joins the sort needs: listing a million ids must stay a single cheap scan.
        std::string sql = "SELECT s.id, s.user_id FROM sessions s";
        if (query.sort == SessionSort::User || query.sort == SessionSort::Segment)
            sql += " LEFT JOIN users u ON u.id = s.user_id";
        if (query.sort == SessionSort::Segment) sql += " LEFT JOIN accounts a ON a.id = u.account_id";
        if (query.sort == SessionSort::Label) sql += " LEFT JOIN session_labels l ON l.session_id = s.id";
        sql += " WHERE s.start_ts >= ? AND s.start_ts < ?" + orderBy(query);
        auto st = project().db().prepare(sql);
        st.bind(1, int64_t(query.fromMs.value_or(INT64_MIN)))
            .bind(2, int64_t(query.toMs.value_or(INT64_MAX)));

        QSet<qint64> users, sessions;
        if (query.userIds) users = QSet<qint64>(query.userIds->begin(), query.userIds->end());
        if (query.sessionIds) sessions = QSet<qint64>(query.sessionIds->begin(), query.sessionIds->end());
        QVector<qint64> chunk;
        chunk.reserve(kListChunk);
        int sinceCheck = 0;
        while (st.step()) {
            if (++sinceCheck == 4096) {
                sinceCheck = 0;
                if (stale(life)) return;
            }
            const qint64 id = st.columnInt(0);
            if (query.userIds && !users.contains(st.columnInt(1))) continue;
            if (query.sessionIds && !sessions.contains(id)) continue;
            chunk.push_back(id);
            if (chunk.size() == kListChunk) {
                m_callbacks.listed(life, std::exchange(chunk, {}), false);
                chunk.reserve(kListChunk);
            }
        }
        m_callbacks.listed(life, std::move(chunk), true);
    } catch (const std::exception& e) {
        m_callbacks.failed(life, QString::fromUtf8(e.what()));
    }
}

void SessionLoader::fetch(quint64 life, int block, const QVector<qint64>& ids)
{
    if (stale(life) || ids.isEmpty()) return;
    try {
        std::string sql
            = "SELECT s.id, s.user_id, u.external_id, u.email, s.start_ts, s.end_ts, s.event_count, "
              "a.segment, l.label, l.note FROM sessions s LEFT JOIN users u ON u.id = s.user_id "
              "LEFT JOIN accounts a ON a.id = u.account_id "
              "LEFT JOIN session_labels l ON l.session_id = s.id WHERE s.id IN (";
        for (qsizetype i = 0; i < ids.size(); ++i)
            sql += i ? ",?" : "?";
        sql += ")";
        auto st = project().db().prepare(sql);
        for (qsizetype i = 0; i < ids.size(); ++i)
            st.bind(int(i + 1), int64_t(ids[i]));
        QHash<qint64, SessionRow> byId;
        while (st.step()) {
            SessionRow row;
            row.id = st.columnInt(0);
            row.userId = st.columnInt(1);
            row.user = text(st, 2);
            row.email = text(st, 3);
            row.startMs = st.columnInt(4);
            row.endMs = st.columnInt(5);
            row.events = st.columnInt(6);
            row.segment = text(st, 7);
            if (!st.columnIsNull(8)) row.label.label = int(st.columnInt(8));
            row.label.note = text(st, 9);
            byId.insert(row.id, row);
        }
        QVector<SessionRow> rows;
        rows.reserve(ids.size());
        for (qint64 id : ids) {
            SessionRow row = byId.value(id);
            row.id = id; // a session deleted meanwhile shows as an empty row rather than shifting others
            rows.push_back(std::move(row));
        }
        m_callbacks.fetched(life, block, std::move(rows));
    } catch (const std::exception& e) {
        m_callbacks.failed(life, QString::fromUtf8(e.what()));
    }
}

} // namespace waymark::ui
