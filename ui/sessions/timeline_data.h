#pragma once

#include <QString>
#include <QVector>

namespace waymark::analysis {
class SnapshotCache;
}
namespace waymark::jobs {
class CancelToken;
}

namespace waymark::ui {

struct TimelineEvent {
    qint64 rowId = 0; // events.id
    qint64 tsMs = 0;
    QString name;
    QString stage;
    QString props; // JSON object text
};

// A support ticket or a feedback response of the session's user, near the session in time.
struct LinkedRecord {
    enum class Kind { Ticket, Feedback };
    Kind kind = Kind::Ticket;
    qint64 tsMs = 0;
    QString title; // ticket subject, or "NPS 6"
    QString detail; // ticket status and theme, or the comment
};

struct SessionTimeline {
    qint64 sessionId = 0;
    qint64 userId = 0;
    QString user;
    qint64 startMs = 0;
    qint64 endMs = 0;
    QVector<TimelineEvent> events;
    QVector<LinkedRecord> linked;
};

// Records this long before the session or after it count as linked to it.
inline constexpr qint64 kLinkWindowMs = 48ll * 3600 * 1000;

// Reads one session's events from the project snapshot (events have no index by session, the
// snapshot has them grouped by user), their properties by row id, and the user's tickets and
// feedback around it. Runs on a worker thread.
SessionTimeline loadTimeline(const std::string& projectPath, analysis::SnapshotCache& snapshots,
    qint64 sessionId, const jobs::CancelToken& cancel);

} // namespace waymark::ui
