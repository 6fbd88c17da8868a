#pragma once

#include "session_row.h"
#include "ui/filters/drill_down.h"
#include "ui/shell/page.h"

class QLabel;
class QSplitter;
class QTableView;
class QUndoStack;
class QFrame;

namespace waymark::ui {

class SessionTableModel;
class SessionTimelineView;
class TagBar;

// The session list with its timeline and tagging. Other views open drill-downs here
// (ProjectContext::showDrillDown) to list the sessions of chosen users or sessions.
class SessionsPage : public Page {
    Q_OBJECT
public:
    explicit SessionsPage(ProjectContext& context, QWidget* parent = nullptr);
    ~SessionsPage() override;

    QString pageId() const override { return QStringLiteral("sessions"); }
    QString title() const override { return tr("Sessions"); }
    QIcon icon() const override;
    QString description() const override
    {
        return tr("Every session with its events; tag sessions positive, negative or neutral");
    }

    void showDrillDown(const DrillDown& drillDown);
    void clearDrillDown();
    const DrillDown& drillDown() const { return m_drillDown; }

    SessionTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    SessionTimelineView* timelineView() const { return m_timeline; }
    QUndoStack* undoStack() const { return m_undo; }
    void tagCurrent(std::optional<int> label);
    void setNoteOfCurrent(const QString& note);

protected:
    void reload() override;
    void clear() override;

private:
    void buildActions();
    void ensureModel();
    void applyQuery(SessionQuery query);
    void currentChanged();
    void loadTimeline(qint64 sessionId);
    void updateCount();
    void labelChanged(qint64 sessionId, const SessionLabel& label);
    SessionLabel currentLabel() const;

    SessionTableModel* m_model = nullptr;
    QTableView* m_table;
    SessionTimelineView* m_timeline;
    TagBar* m_tagBar;
    QSplitter* m_splitter;
    QUndoStack* m_undo;
    QFrame* m_banner;
    QLabel* m_bannerText;
    QLabel* m_count;
    DrillDown m_drillDown;
    qint64 m_currentSession = 0;
    QMetaObject::Connection m_labelConnection;
};

} // namespace waymark::ui
