#pragma once

#include "journey_data.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace waymark::ui {

class SankeyView;

// The page's maps: one Sankey filling the area, or up to four small multiples (two columns), each
// titled with its segment and unit count. Zoom and the happy path apply to all of them.
class JourneyGrid : public QWidget {
    Q_OBJECT
public:
    explicit JourneyGrid(QWidget* parent = nullptr);

    void setPanels(const std::vector<JourneyPanel>& panels);
    int count() const { return m_shown; }
    SankeyView* view(int panel) const;

    void setHappyPathVisible(bool visible);
    void zoomIn();
    void zoomOut();
    void resetZoom();

signals:
    void nodeClicked(int panel, int node);
    void linkClicked(int panel, int link);
    void contextMenuRequested(int panel, int node, int link, const QPoint& globalPos);
    void resized(QSize size);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QGridLayout* m_layout;
    std::vector<QLabel*> m_titles;
    std::vector<SankeyView*> m_views;
    int m_shown = 0;
};

QString journeyPanelTitle(const JourneyPanel& panel);

} // namespace waymark::ui
