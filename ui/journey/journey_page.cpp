#include "journey_page.h"

#include "journey_grid.h"
#include "sankey_text.h"
#include "sankey_view.h"
#include "ui/common/format.h"
#include "ui/common/theme.h"
#include "ui/filters/filter_state.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSpinBox>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace waymark::ui {

JourneyPage::JourneyPage(ProjectContext& context, QWidget* parent)
    : Page(context, parent)
    , m_mode(new QComboBox(this))
    , m_start(new QComboBox(this))
    , m_end(new QComboBox(this))
    , m_steps(new QSpinBox(this))
    , m_top(new QSpinBox(this))
    , m_collapse(new QCheckBox(tr("Collapse repeats"), this))
    , m_compare(new QToolButton(this))
    , m_exclusions(new QToolButton(this))
    , m_happyPath(new QAction(tr("Happy path"), this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
    , m_grid(new JourneyGrid(this))
    , m_relayout(new QTimer(this))
{
    body()->addWidget(buildControls());
    m_summary->setWordWrap(true);
    body()->addWidget(m_summary);
    m_error->setWordWrap(true);
    m_error->hide();
    body()->addWidget(m_error);
    body()->addWidget(m_grid, 1);
    buildActions();

    m_relayout->setSingleShot(true);
    m_relayout->setInterval(150);
    connect(m_relayout, &QTimer::timeout, this, &JourneyPage::relayout);
    connect(m_grid, &JourneyGrid::resized, m_relayout, qOverload<>(&QTimer::start));
    connect(
        m_grid, &JourneyGrid::nodeClicked, this, [this](int panel, int node) { drillDown(panel, node, -1); });
    connect(
        m_grid, &JourneyGrid::linkClicked, this, [this](int panel, int link) { drillDown(panel, -1, link); });
    connect(m_grid, &JourneyGrid::contextMenuRequested, this,
        [this](int panel, int node, int link, const QPoint& pos) {
            QMenu* menu = contextMenu(panel, node, link);
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(pos);
        });
}

JourneyPage::~JourneyPage() = default;

QIcon JourneyPage::icon() const
{
    return style()->standardIcon(QStyle::SP_ArrowForward);
}

QWidget* JourneyPage::buildControls()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_mode->addItem(tr("Starting at"), int(analysis::PathMode::Start));
    m_mode->addItem(tr("Ending at"), int(analysis::PathMode::End));
    m_mode->addItem(tr("Between"), int(analysis::PathMode::Between));
    m_mode->setToolTip(
        tr("Follow paths forward from the start event, backward from the end event, or between the two"));
    m_start->setToolTip(tr("Start event: each path begins at a unit's first occurrence of it"));
    m_end->setToolTip(tr("End event: paths lead up to a unit's last occurrence of it"));
    for (QComboBox* box : { m_start, m_end }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->setMinimumContentsLength(14);
    }
    m_steps->setRange(2, analysis::kMaxPathSteps);
    m_steps->setValue(m_settings.steps);
    m_steps->setPrefix(tr("Steps: "));
    m_top->setRange(0, 200);
    m_top->setValue(m_settings.top);
    m_top->setPrefix(tr("Top events: "));
    m_top->setSpecialValueText(tr("Top events: all"));
    m_top->setToolTip(tr("Events kept per step; the rest are folded into Other"));
    m_compare->setText(tr("Compare segments"));
    m_compare->setPopupMode(QToolButton::InstantPopup);
    m_compare->setMenu(new QMenu(m_compare));
    makeRoomForMenuArrow(m_compare);
    connect(m_compare->menu(), &QMenu::aboutToShow, this, &JourneyPage::fillCompareMenu);
    m_exclusions->setPopupMode(QToolButton::InstantPopup);
    m_exclusions->setMenu(new QMenu(m_exclusions));
    makeRoomForMenuArrow(m_exclusions);
    m_exclusions->hide();
    connect(m_exclusions->menu(), &QMenu::aboutToShow, this, &JourneyPage::fillExclusionMenu);

    layout->addWidget(m_mode);
    layout->addWidget(m_start);
    auto* andLabel = new QLabel(tr("and"), row);
    layout->addWidget(andLabel);
    layout->addWidget(m_end);
    layout->addWidget(m_steps);
    layout->addWidget(m_top);
    layout->addWidget(m_collapse);
    layout->addWidget(m_exclusions);
    layout->addStretch();
    layout->addWidget(m_compare);

    connect(m_mode, &QComboBox::activated, this, [this, andLabel] {
        m_settings.mode = analysis::PathMode(m_mode->currentData().toInt());
        syncControls();
        andLabel->setVisible(m_settings.mode == analysis::PathMode::Between);
        run();
    });
    andLabel->hide();
    connect(
        m_start, &QComboBox::activated, this, [this] { setStartEvent(m_start->currentData().toLongLong()); });
    connect(m_end, &QComboBox::activated, this, [this] { setEndEvent(m_end->currentData().toLongLong()); });
    connect(m_steps, &QSpinBox::valueChanged, this, [this](int steps) {
        if (steps == m_settings.steps) return;
        m_settings.steps = steps;
        run();
    });
    connect(m_top, &QSpinBox::valueChanged, this, [this](int top) {
        if (top == m_settings.top) return;
        m_settings.top = top;
        run();
    });
    connect(m_collapse, &QCheckBox::toggled, this, &JourneyPage::setCollapseRepeats);
    syncControls();
    return row;
}

void JourneyPage::buildActions()
{
    const auto add = [this](QAction* action, const QList<QKeySequence>& keys) {
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_happyPath->setCheckable(true);
    m_happyPath->setToolTip(tr("Emphasise the most travelled path from the first step"));
    connect(m_happyPath, &QAction::toggled, m_grid, &JourneyGrid::setHappyPathVisible);
    connect(add(new QAction(tr("Zoom in"), this),
                { QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(QKeySequence::ZoomIn) }),
        &QAction::triggered, m_grid, &JourneyGrid::zoomIn);
    connect(add(new QAction(tr("Zoom out"), this), { QKeySequence(Qt::CTRL | Qt::Key_Minus) }),
        &QAction::triggered, m_grid, &JourneyGrid::zoomOut);
    connect(add(new QAction(tr("Actual size"), this), { QKeySequence(Qt::CTRL | Qt::Key_0) }),
        &QAction::triggered, m_grid, &JourneyGrid::resetZoom);
    auto* exportAction = add(new QAction(tr("Export…"), this), { QKeySequence(Qt::CTRL | Qt::Key_E) });
    exportAction->setToolTip(tr("Save the journey map as PNG, SVG or PDF (Ctrl+E)"));
    connect(exportAction, &QAction::triggered, this, &JourneyPage::exportWithDialog);

    auto* happy = new QToolButton(this);
    happy->setDefaultAction(m_happyPath);
    auto* exportButton = new QToolButton(this);
    exportButton->setDefaultAction(exportAction);
    headerActions()->addWidget(happy);
    headerActions()->addWidget(exportButton);
}

void JourneyPage::syncControls()
{
    const auto mode = m_settings.mode;
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
    m_start->setVisible(mode != analysis::PathMode::End);
    m_end->setVisible(mode != analysis::PathMode::Start);
    const QSignalBlocker a(m_steps), b(m_top), c(m_collapse);
    m_steps->setMinimum(mode == analysis::PathMode::Between ? 2 : 1);
    m_steps->setValue(m_settings.steps);
    m_top->setValue(m_settings.top);
    m_collapse->setChecked(m_settings.collapseRepeats);
    for (QComboBox* box : { m_start, m_end }) {
        const auto id = box == m_start ? m_settings.startTypeId : m_settings.endTypeId;
        const int index = id ? box->findData(*id) : -1;
        if (index >= 0) box->setCurrentIndex(index);
    }
    m_exclusions->setVisible(!m_settings.excludedTypeIds.isEmpty());
    m_exclusions->setText(tr("Excluded events (%1)").arg(m_settings.excludedTypeIds.size()));
    m_compare->setText(m_settings.segments.isEmpty()
            ? tr("Compare segments")
            : tr("Comparing %1 segments").arg(m_settings.segments.size()));
}

void JourneyPage::reload()
{
    m_settings.filter = context().filters().eventFilter();
    m_settings.sessions = context().filters().unit() == Settings::Unit::Sessions;
    run();
}

void JourneyPage::clear()
{
    m_result.reset();
    m_settings = JourneySettings();
    m_grid->setPanels({});
    m_start->clear();
    m_end->clear();
    m_summary->clear();
    syncControls();
}

void JourneyPage::run()
{
    if (!context().isOpen()) return;
    const std::string path = context().path().toStdString();
    auto* snapshots = &context().snapshots();
    const JourneySettings settings = m_settings;
    const QSizeF size = m_grid->size();
    const quint64 generation = ++m_generation;
    m_running = true;
    submit<JourneyResult>(
        QStringLiteral("paths"),
        [path, snapshots, settings, size](const jobs::CancelToken& cancel, jobs::ProgressSink& progress) {
            return computeJourney(path, *snapshots, settings, size, cancel, progress);
        },
        [this, generation](std::shared_ptr<const JourneyResult> result) {
            if (generation != m_generation) return;
            m_running = false;
            showResult(std::move(result));
        },
        [this](const QString& message) {
            m_running = false;
            m_error->setText(tr("The journey map could not be computed: %1").arg(message));
            m_error->show();
        });
}

void JourneyPage::relayout()
{
    if (!m_result || m_running || QSizeF(m_grid->size()) == m_result->viewSize) return;
    const auto result = m_result;
    const QSizeF size = m_grid->size();
    const quint64 generation = m_generation;
    submit<JourneyResult>(
        QStringLiteral("layout"),
        [result, size](
            const jobs::CancelToken&, jobs::ProgressSink&) { return relayoutJourney(*result, size); },
        [this, generation](std::shared_ptr<const JourneyResult> r) {
            // A newer query may have been started meanwhile; its result wins.
            if (generation == m_generation && !m_running) showResult(std::move(r));
        });
}

void JourneyPage::showResult(std::shared_ptr<const JourneyResult> result)
{
    m_result = std::move(result);
    m_error->hide();
    m_settings.startTypeId = m_result->settings.startTypeId;
    m_settings.endTypeId = m_result->settings.endTypeId;
    showEventTypes(*m_result);
    syncControls();
    m_grid->setPanels(m_result->panels);
    if (m_result->panels.empty()) {
        m_summary->setText(tr("No events under the current filter."));
    } else {
        const JourneyPanel& p = m_result->panels.front();
        const bool sessions = p.scene->sessions;
        const QString units = sankeyUnitCount(p.scene->input.units, sessions);
        m_summary->setText(m_result->panels.size() > 1 || !p.segment.isEmpty()
                ? tr("Segments side by side at one scale, so equal heights mean equal numbers; click a node "
                     "or band to list its units.")
                : tr("%1 of %2 with events take part (%3). Click a node or band to list them; right-click "
                     "for options.")
                      .arg(units, formatCount(p.considered),
                          formatPercent(
                              p.considered ? double(p.scene->input.units) / double(p.considered) : 0)));
    }
    if (QSizeF(m_grid->size()) != m_result->viewSize) m_relayout->start();
}

void JourneyPage::showEventTypes(const JourneyResult& result)
{
    for (QComboBox* box : { m_start, m_end }) {
        const QSignalBlocker block(box);
        box->clear();
        for (const JourneyEventType& t : result.eventTypes)
            box->addItem(t.name, t.id);
    }
}

QString JourneyPage::eventName(qint64 typeId) const
{
    const int index = m_start->findData(typeId);
    return index >= 0 ? m_start->itemText(index) : tr("event %1").arg(typeId);
}

void JourneyPage::setStartEvent(qint64 typeId)
{
    m_settings.startTypeId = typeId;
    m_settings.excludedTypeIds.removeAll(typeId);
    if (m_settings.mode == analysis::PathMode::End) m_settings.mode = analysis::PathMode::Start;
    syncControls();
    run();
}

void JourneyPage::setEndEvent(qint64 typeId)
{
    m_settings.endTypeId = typeId;
    m_settings.excludedTypeIds.removeAll(typeId);
    if (m_settings.mode == analysis::PathMode::Start) m_settings.mode = analysis::PathMode::Between;
    m_settings.steps = std::max(m_settings.steps, 2);
    syncControls();
    run();
}

void JourneyPage::excludeEvent(qint64 typeId)
{
    if (m_settings.excludedTypeIds.contains(typeId)) return;
    m_settings.excludedTypeIds.push_back(typeId);
    syncControls();
    run();
}

void JourneyPage::includeAllEvents()
{
    m_settings.excludedTypeIds.clear();
    syncControls();
    run();
}

void JourneyPage::expandOther()
{
    // A bigger top K brings the folded events back; 0 already keeps them all.
    if (m_settings.top == 0) return;
    m_settings.top += analysis::kDefaultPathTop;
    syncControls();
    run();
}

void JourneyPage::setCollapseRepeats(bool collapse)
{
    if (collapse == m_settings.collapseRepeats) return;
    m_settings.collapseRepeats = collapse;
    syncControls();
    run();
}

void JourneyPage::setComparedSegments(const QStringList& segments)
{
    m_settings.segments = segments.mid(0, kMaxComparedSegments);
    syncControls();
    run();
}

void JourneyPage::drillDown(int panel, int node, int link)
{
    if (!m_result || panel < 0 || size_t(panel) >= m_result->panels.size() || (node < 0 && link < 0)) return;
    const std::string path = context().path().toStdString();
    auto* snapshots = &context().snapshots();
    const JourneyPanel selected = m_result->panels[size_t(panel)];
    submit<DrillDown>(
        QStringLiteral("drill"),
        [path, snapshots, selected, node, link](const jobs::CancelToken& cancel, jobs::ProgressSink&) {
            return journeyDrillDown(path, *snapshots, selected, node, link, cancel);
        },
        [this](std::shared_ptr<const DrillDown> drill) { context().showDrillDown(*drill); });
}

} // namespace waymark::ui
