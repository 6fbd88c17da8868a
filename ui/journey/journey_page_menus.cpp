// The journey page's menus (context menu, compared segments, excluded events) and its export.
#include "journey_grid.h"
#include "journey_page.h"
#include "sankey_export.h"
#include "ui/filters/filter_state.h"
#include "ui/filters/segment_library.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QToolButton>

namespace waymark::ui {

QString JourneyPage::caption() const
{
    if (!m_result) return title();
    const auto& s = m_result->settings;
    const QString start = s.startTypeId ? eventName(*s.startTypeId) : QString();
    const QString end = s.endTypeId ? eventName(*s.endTypeId) : QString();
    QString what;
    switch (s.mode) {
    case analysis::PathMode::Start:
        what = tr("Journey map from %1").arg(start);
        break;
    case analysis::PathMode::End:
        what = tr("Journey map up to %1").arg(end);
        break;
    case analysis::PathMode::Between:
        what = tr("Journey map from %1 to %2").arg(start, end);
        break;
    }
    return tr("%1 · %2 steps · %3").arg(what).arg(s.steps).arg(context().filters().describe());
}

bool JourneyPage::exportTo(const QString& path, QString* error) const
{
    std::vector<SankeyExportPanel> panels;
    if (m_result)
        for (const JourneyPanel& p : m_result->panels)
            panels.push_back({ p.segment.isEmpty() ? QString() : journeyPanelTitle(p), p.scene });
    return exportSankey(path, caption(), panels, m_happyPath->isChecked(), error);
}

void JourneyPage::exportWithDialog()
{
    QString filter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export journey map"), tr("journey-map.png"),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"), &filter);
    if (path.isEmpty()) return;
    // A name typed without a suffix takes the one of the chosen format.
    if (QFileInfo(path).suffix().isEmpty()) {
        const int dot = filter.lastIndexOf(QLatin1String("*."));
        path += dot >= 0 ? filter.mid(dot + 1, 4) : QStringLiteral(".png");
    }
    QString error;
    if (exportTo(path, &error))
        emit statusMessage(tr("Journey map saved to %1").arg(path));
    else
        emit statusMessage(error);
}

void JourneyPage::fillCompareMenu()
{
    QMenu* menu = m_compare->menu();
    menu->clear();
    const QStringList names = savedSegmentNames(context().db());
    if (names.isEmpty()) menu->addAction(tr("No saved segments yet"))->setEnabled(false);
    const bool full = m_settings.segments.size() >= kMaxComparedSegments;
    for (const QString& name : names) {
        QAction* action = menu->addAction(name);
        action->setCheckable(true);
        action->setChecked(m_settings.segments.contains(name));
        action->setEnabled(action->isChecked() || !full);
        connect(action, &QAction::toggled, this, [this, name](bool on) {
            QStringList segments = m_settings.segments;
            if (on)
                segments.push_back(name);
            else
                segments.removeAll(name);
            setComparedSegments(segments);
        });
    }
    menu->addSeparator();
    QAction* stop = menu->addAction(tr("Stop comparing"));
    stop->setEnabled(!m_settings.segments.isEmpty());
    connect(stop, &QAction::triggered, this, [this] { setComparedSegments({}); });
}

void JourneyPage::fillExclusionMenu()
{
    QMenu* menu = m_exclusions->menu();
    menu->clear();
    for (qint64 id : std::as_const(m_settings.excludedTypeIds))
        connect(menu->addAction(tr("Include %1 again").arg(eventName(id))), &QAction::triggered, this,
            [this, id] {
                m_settings.excludedTypeIds.removeAll(id);
                syncControls();
                run();
            });
    menu->addSeparator();
    connect(menu->addAction(tr("Include all")), &QAction::triggered, this, &JourneyPage::includeAllEvents);
}

QMenu* JourneyPage::contextMenu(int panel, int node, int link)
{
    auto* menu = new QMenu(this);
    const SankeyInput* input = m_result && size_t(panel) < m_result->panels.size()
        ? &m_result->panels[size_t(panel)].scene->input
        : nullptr;
    if (input && (node >= 0 || link >= 0)) {
        QAction* list
            = menu->addAction(m_settings.sessions ? tr("List these sessions") : tr("List these users"));
        connect(list, &QAction::triggered, this, [this, panel, node, link] { drillDown(panel, node, link); });
    }
    if (input && node >= 0) {
        const SankeyNode& n = input->nodes[size_t(node)];
        if (n.kind == SankeyNodeKind::Event) {
            const qint64 id = n.eventTypeId;
            menu->addSeparator();
            connect(menu->addAction(tr("Set as start event")), &QAction::triggered, this,
                [this, id] { setStartEvent(id); });
            connect(menu->addAction(tr("Set as end event")), &QAction::triggered, this,
                [this, id] { setEndEvent(id); });
            QAction* exclude = menu->addAction(tr("Exclude this event"));
            const bool anchor = (m_settings.mode != analysis::PathMode::End && m_settings.startTypeId == id)
                || (m_settings.mode != analysis::PathMode::Start && m_settings.endTypeId == id);
            exclude->setEnabled(!anchor);
            connect(exclude, &QAction::triggered, this, [this, id] { excludeEvent(id); });
        } else if (n.kind == SankeyNodeKind::Other) {
            menu->addSeparator();
            QAction* expand = menu->addAction(tr("Expand Other"));
            expand->setEnabled(m_settings.top != 0);
            connect(expand, &QAction::triggered, this, &JourneyPage::expandOther);
        }
    }
    menu->addSeparator();
    QAction* collapse = menu->addAction(tr("Collapse repeats"));
    collapse->setCheckable(true);
    collapse->setChecked(m_settings.collapseRepeats);
    connect(collapse, &QAction::toggled, this, &JourneyPage::setCollapseRepeats);
    menu->addAction(m_happyPath);
    return menu;
}

} // namespace waymark::ui
