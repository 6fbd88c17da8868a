#pragma once

#include <QPointer>
#include <QStatusBar>

class QLabel;

namespace waymark::ui {

class BusyIndicator;
class Page;
class ProjectContext;

// Project counts, the active filter and whether the current view is working.
class StatusBar : public QStatusBar {
    Q_OBJECT
public:
    StatusBar(ProjectContext& context, QWidget* parent = nullptr);

    void setPage(Page* page);
    void showTransient(const QString& message);
    void updateBusy();
    // Work that belongs to no page, such as generating the demo project.
    void setBackgroundBusy(bool busy);
    QString summaryText() const;

private:
    void updateSummary();

    ProjectContext& m_context;
    QPointer<Page> m_page;
    QLabel* m_summary;
    QLabel* m_filter;
    BusyIndicator* m_busy;
    bool m_demoBusy = false;
};

} // namespace waymark::ui
