#pragma once

#include "journey_data.h"
#include "ui/shell/page.h"

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QMenu;
class QSpinBox;
class QTimer;
class QToolButton;

namespace waymark::ui {

class JourneyGrid;

// The journey map: the step paths of users (or sessions) from a start event, towards an end event
// or between the two, as an interactive Sankey. Paths and geometry are computed in one job; the
// view only paints. Clicking a node or band lists its users on the sessions page.
class JourneyPage : public Page {
    Q_OBJECT
public:
    explicit JourneyPage(ProjectContext& context, QWidget* parent = nullptr);
    ~JourneyPage() override;

    QString pageId() const override { return QStringLiteral("journey"); }
    QString title() const override { return tr("Journey map"); }
    QIcon icon() const override;
    QString description() const override { return tr("Step paths from a start event as a Sankey diagram"); }

    const JourneyResult* result() const { return m_result.get(); }
    const JourneySettings& settings() const { return m_settings; }
    JourneyGrid* grid() const { return m_grid; }

    // What the controls and the context menu do (public for tests and scripting).
    void setStartEvent(qint64 typeId);
    void setEndEvent(qint64 typeId);
    void excludeEvent(qint64 typeId);
    void includeAllEvents();
    void expandOther();
    void setCollapseRepeats(bool collapse);
    void setComparedSegments(const QStringList& segments);
    void drillDown(int panel, int node, int link);
    bool exportTo(const QString& path, QString* error = nullptr) const;
    // The context menu of a node (link < 0), a band (node < 0) or the background; the caller owns it.
    QMenu* contextMenu(int panel, int node, int link);

protected:
    void reload() override;
    void clear() override;

private:
    QWidget* buildControls();
    void buildActions();
    void run();
    void showResult(std::shared_ptr<const JourneyResult> result);
    void showEventTypes(const JourneyResult& result);
    void syncControls();
    void relayout();
    void fillCompareMenu();
    void fillExclusionMenu();
    void exportWithDialog();
    QString caption() const;
    QString eventName(qint64 typeId) const;

    JourneySettings m_settings;
    std::shared_ptr<const JourneyResult> m_result;
    quint64 m_generation = 0;
    bool m_running = false;
    QComboBox* m_mode;
    QComboBox* m_start;
    QComboBox* m_end;
    QSpinBox* m_steps;
    QSpinBox* m_top;
    QCheckBox* m_collapse;
    QToolButton* m_compare;
    QToolButton* m_exclusions;
    QAction* m_happyPath;
    QLabel* m_summary;
    QLabel* m_error;
    JourneyGrid* m_grid;
    QTimer* m_relayout;
};

} // namespace waymark::ui
