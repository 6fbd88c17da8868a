#include "journey_grid.h"

#include "sankey_text.h"
#include "sankey_view.h"

#include <QGridLayout>
#include <QLabel>
#include <QResizeEvent>

namespace waymark::ui {

QString journeyPanelTitle(const JourneyPanel& panel)
{
    const qint64 units = panel.scene ? panel.scene->input.units : 0;
    const bool sessions = panel.scene && panel.scene->sessions;
    return JourneyGrid::tr("%1 · %2").arg(panel.segment, sankeyUnitCount(units, sessions));
}

JourneyGrid::JourneyGrid(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QGridLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(12);
    for (int i = 0; i < kMaxComparedSegments; ++i) {
        auto* title = new QLabel(this);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        auto* view = new SankeyView(this);
        m_layout->addWidget(title, (i / 2) * 2, i % 2);
        m_layout->addWidget(view, (i / 2) * 2 + 1, i % 2);
        title->hide();
        view->setVisible(i == 0);
        connect(view, &SankeyView::nodeClicked, this, [this, i](int node) { emit nodeClicked(i, node); });
        connect(view, &SankeyView::linkClicked, this, [this, i](int link) { emit linkClicked(i, link); });
        connect(
            view, &SankeyView::contextMenuRequested, this, [this, i](int node, int link, const QPoint& pos) {
                emit contextMenuRequested(i, node, link, pos);
            });
        m_titles.push_back(title);
        m_views.push_back(view);
    }
}

SankeyView* JourneyGrid::view(int panel) const
{
    return panel >= 0 && panel < int(m_views.size()) ? m_views[size_t(panel)] : nullptr;
}

void JourneyGrid::setPanels(const std::vector<JourneyPanel>& panels)
{
    const bool compared = panels.size() > 1 || (!panels.empty() && !panels.front().segment.isEmpty());
    m_shown = std::max(1, int(std::min(panels.size(), m_views.size())));
    for (size_t i = 0; i < m_views.size(); ++i) {
        const bool shown = int(i) < m_shown;
        m_views[i]->setVisible(shown);
        m_titles[i]->setVisible(shown && compared);
        m_views[i]->setScene(i < panels.size() ? panels[i].scene : nullptr);
        if (i < panels.size()) m_titles[i]->setText(journeyPanelTitle(panels[i]));
    }
    // Rows of hidden panels take no room.
    for (int row = 0; row < m_layout->rowCount(); ++row)
        m_layout->setRowStretch(row, row % 2 == 1 && row / 2 * 2 < m_shown ? 1 : 0);
}

void JourneyGrid::setHappyPathVisible(bool visible)
{
    for (SankeyView* v : m_views)
        v->setHappyPathVisible(visible);
}

void JourneyGrid::zoomIn()
{
    for (SankeyView* v : m_views)
        v->zoomIn();
}

void JourneyGrid::zoomOut()
{
    for (SankeyView* v : m_views)
        v->zoomOut();
}

void JourneyGrid::resetZoom()
{
    for (SankeyView* v : m_views)
        v->resetZoom();
}

void JourneyGrid::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    emit resized(event->size());
}

} // namespace waymark::ui
