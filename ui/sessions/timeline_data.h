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

// One session as the timeline view shows it: sessions::loadTimeline, with the tickets and feedback
// titled for display. Runs on a worker thread.
SessionTimeline loadTimeline(const std::string& projectPath, analysis::SnapshotCache& snapshots,
    qint64 sessionId, const jobs::CancelToken& cancel);

} // namespace waymark::ui
