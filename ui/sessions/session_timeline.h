#pragma once

#include "timeline_data.h"

#include <QWidget>
#include <memory>

class QLabel;
class QTableView;

namespace waymark::ui {

class RecordTableModel;

// The right-hand side of the sessions page: every event of one session with its time since the
// session start, stage and properties, and the user's tickets and feedback around it.
class SessionTimelineView : public QWidget {
    Q_OBJECT
public:
    explicit SessionTimelineView(QWidget* parent = nullptr);
    ~SessionTimelineView() override;

    void setTimeline(std::shared_ptr<const SessionTimeline> timeline);
    void showMessage(const QString& message);
    void clear();
    const SessionTimeline* timeline() const { return m_timeline.get(); }
    RecordTableModel* eventsModel() const { return m_events; }
    RecordTableModel* linkedModel() const { return m_linked; }

private:
    std::shared_ptr<const SessionTimeline> m_timeline;
    QLabel* m_header;
    RecordTableModel* m_events;
    RecordTableModel* m_linked;
    QTableView* m_eventView;
    QTableView* m_linkedView;
    QLabel* m_linkedTitle;
};

} // namespace waymark::ui
