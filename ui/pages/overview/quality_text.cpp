#include "quality_text.h"

#include "ui/common/format.h"

#include <QCoreApplication>

namespace waymark::ui {

namespace {
QString share(const QualityIssue& issue)
{
    return issue.total > 0 ? formatPercent(double(issue.count) / double(issue.total)) : QString();
}
} // namespace

class QualityText {
    Q_DECLARE_TR_FUNCTIONS(waymark::ui::QualityText)
public:
    static QString text(const QualityIssue& issue);
};

QString qualityIssueText(const QualityIssue& issue)
{
    return QualityText::text(issue);
}

QString QualityText::text(const QualityIssue& issue)
{
    const QString count = formatCount(issue.count);
    const QString example = fromStd(issue.example);
    switch (issue.kind) {
    case QualityIssue::Kind::RejectedRows:
        return tr("%1 rows were rejected at import (%2 of the rows read); the import summary lists line and "
                  "reason.")
            .arg(count, share(issue));
    case QualityIssue::Kind::DuplicatesSkipped:
        return tr("%1 duplicate rows were skipped (%2 of the rows read).").arg(count, share(issue));
    case QualityIssue::Kind::AnonymousUsers:
        return tr("%1 people (%2) were only ever seen anonymously, without a user id.")
            .arg(count, share(issue));
    case QualityIssue::Kind::SingleEventSessions:
        return tr("%1 sessions (%2) have a single event; check the session gap or the session column.")
            .arg(count, share(issue));
    case QualityIssue::Kind::FutureEvents:
        return tr("%1 events have a time in the future; check the time column and its time zone.").arg(count);
    case QualityIssue::Kind::UnlinkedTickets:
        return tr("%1 support tickets (%2) could not be linked to a user.").arg(count, share(issue));
    case QualityIssue::Kind::UnlinkedFeedback:
        return tr("%1 feedback responses (%2) could not be linked to a user.").arg(count, share(issue));
    case QualityIssue::Kind::RareEventTypes:
        return tr(
            "%1 event types occur fewer than five times (for example “%2”): possible typos or test events.")
            .arg(count, example);
    case QualityIssue::Kind::QuietDays:
        return tr("%1 days without any event inside the time span (first: %2): a tracking outage or a "
                  "missing export?")
            .arg(count, example);
    case QualityIssue::Kind::NoStages:
        return tr("No journey stages are defined yet, so events are not grouped into stages.");
    }
    return {};
}

} // namespace waymark::ui
