#include "timeline_data.h"

#include "core/analysis/snapshot_cache.h"
#include "core/jobs/cancel_token.h"
#include "core/sessions/timeline.h"
#include "core/store/project.h"

#include <QCoreApplication>
#include <QLocale>

namespace waymark::ui {

namespace {

class TimelineText {
    Q_DECLARE_TR_FUNCTIONS(waymark::ui::TimelineText)
};

QString qtext(const std::string& s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

LinkedRecord linkedRecord(const sessions::LinkedRecord& in)
{
    LinkedRecord r;
    r.tsMs = in.tsMs;
    if (in.kind == sessions::LinkedRecord::Kind::Ticket) {
        r.kind = LinkedRecord::Kind::Ticket;
        r.title = qtext(in.subject);
        const QString status = qtext(in.status), theme = qtext(in.theme);
        r.detail = theme.isEmpty() ? status : TimelineText::tr("%1 · %2").arg(status, theme);
    } else {
        r.kind = LinkedRecord::Kind::Feedback;
        const QString kind = qtext(in.feedbackKind).toUpper();
        r.title = in.score ? TimelineText::tr("%1 %2").arg(kind, QLocale().toString(*in.score)) : kind;
        r.detail = qtext(in.comment);
    }
    return r;
}

} // namespace

SessionTimeline loadTimeline(const std::string& projectPath, analysis::SnapshotCache& snapshots,
    qint64 sessionId, const jobs::CancelToken& cancel)
{
    auto project = store::Project::openReadOnly(projectPath);
    const auto snapshot = snapshots.get(&cancel);
    cancel.throwIfCancelled();
    const sessions::Timeline t = sessions::loadTimeline(project->db(), *snapshot, sessionId);
    SessionTimeline out;
    out.sessionId = t.sessionId;
    out.userId = t.userId;
    out.user = qtext(t.user);
    out.startMs = t.startMs;
    out.endMs = t.endMs;
    for (const auto& e : t.events)
        out.events.push_back({ e.rowId, e.tsMs, qtext(e.name), qtext(e.stage), qtext(e.props) });
    for (const auto& r : t.linked)
        out.linked.push_back(linkedRecord(r));
    return out;
}

} // namespace waymark::ui
