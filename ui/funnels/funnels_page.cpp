#include "funnels_page.h"

#include "chart_export.h"
#include "funnel_chart.h"
#include "funnel_editor.h"
#include "funnel_table_model.h"
#include "funnel_time_charts.h"
#include "ui/common/format.h"
#include "ui/common/theme.h"
#include "ui/filters/filter_state.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace waymark::ui {

FunnelsPage::FunnelsPage(ProjectContext& context, QWidget* parent)
    : Page(context, parent)
    , m_editor(new FunnelEditor(this))
    , m_chart(new FunnelChartView(this))
    , m_time(new TimeToConvertView(this))
    , m_trendView(new ConversionTrendView(this))
    , m_model(new FunnelTableModel(this))
    , m_error(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1").arg(warningColor().name()));
    m_error->hide();
    body()->addWidget(m_error);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(360);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(scroll);
    split->addWidget(buildResults());
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({ 400, 1000 });
    body()->addWidget(split, 1);
    buildActions();

    // Typing a value or clicking through several options should cost one run, not one per key.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &FunnelsPage::run);
    connect(m_editor, &FunnelEditor::changed, this, &FunnelsPage::definitionEdited);
    connect(m_chart, &FunnelChartView::barClicked, this, &FunnelsPage::drillInto);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        drillInto(index.data(FunnelTableModel::StepRole).toInt(),
            index.data(FunnelTableModel::GroupRole).toInt(),
            index.column() == FunnelTableModel::DropOffColumn
                && index.data(FunnelTableModel::StepRole).toInt() > 1);
    });
    connect(m_timeStep, &QComboBox::currentIndexChanged, this, &FunnelsPage::showTimeToConvert);
    connect(m_trendInterval, &QComboBox::currentIndexChanged, this, &FunnelsPage::runTrend);
}

FunnelsPage::~FunnelsPage() = default;

QIcon FunnelsPage::icon() const
{
    return style()->standardIcon(QStyle::SP_ArrowDown);
}

QWidget* FunnelsPage::buildResults()
{
    auto* right = new QSplitter(Qt::Vertical, this);
    m_tabs = new QTabWidget(right);

    auto* funnelTab = new QWidget(m_tabs);
    auto* funnelLayout = new QVBoxLayout(funnelTab);
    funnelLayout->setContentsMargins(0, 4, 0, 0);
    m_summary = new QLabel(funnelTab);
    m_summary->setAccessibleName(tr("Funnel summary"));
    funnelLayout->addWidget(m_summary);
    funnelLayout->addWidget(m_chart, 1);
    m_note = new QLabel(funnelTab);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->hide();
    funnelLayout->addWidget(m_note);
    m_tabs->addTab(funnelTab, tr("Funnel"));

    auto* timeTab = new QWidget(m_tabs);
    auto* timeLayout = new QVBoxLayout(timeTab);
    timeLayout->setContentsMargins(0, 4, 0, 0);
    auto* timeRow = new QHBoxLayout;
    m_timeStep = new QComboBox(timeTab);
    m_timeStep->setAccessibleName(tr("Step of the time to convert"));
    m_timeStep->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* timeLabel = new QLabel(tr("Time to reach"), timeTab);
    timeLabel->setBuddy(m_timeStep);
    timeRow->addWidget(timeLabel);
    timeRow->addWidget(m_timeStep);
    timeRow->addStretch();
    timeLayout->addLayout(timeRow);
    timeLayout->addWidget(m_time, 1);
    m_tabs->addTab(timeTab, tr("Time to convert"));

    auto* trendTab = new QWidget(m_tabs);
    auto* trendLayout = new QVBoxLayout(trendTab);
    trendLayout->setContentsMargins(0, 4, 0, 0);
    auto* trendRow = new QHBoxLayout;
    m_trendInterval = new QComboBox(trendTab);
    m_trendInterval->addItem(tr("Daily"), int(analysis::TrendInterval::Day));
    m_trendInterval->addItem(tr("Weekly"), int(analysis::TrendInterval::Week));
    m_trendInterval->setCurrentIndex(1);
    m_trendInterval->setAccessibleName(tr("Trend interval"));
    trendRow->addWidget(m_trendInterval);
    auto* trendHint = new QLabel(
        tr("Recent buckets can look low: their users have not had the whole window yet."), trendTab);
    trendHint->setForegroundRole(QPalette::PlaceholderText);
    trendRow->addWidget(trendHint, 1);
    trendLayout->addLayout(trendRow);
    trendLayout->addWidget(m_trendView, 1);
    m_tabs->addTab(trendTab, tr("Over time"));

    m_table = new QTableView(right);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Funnel steps"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(FunnelTableModel::StepColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_table->setToolTip(tr("Double-click a count or a drop-off to list those users in the session list"));
    right->addWidget(m_tabs);
    right->addWidget(m_table);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    return right;
}

void FunnelsPage::buildActions()
{
    auto* exportButton = new QToolButton(this);
    exportButton->setText(tr("Export chart"));
    exportButton->setToolTip(tr("Save the chart of the current tab as an image or document"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* menu = new QMenu(exportButton);
    menu->addAction(tr("PNG image…"), this,
        [this] { exportChartDialog(QStringLiteral("png"), tr("PNG images (*.png)")); });
    menu->addAction(tr("SVG drawing…"), this,
        [this] { exportChartDialog(QStringLiteral("svg"), tr("SVG drawings (*.svg)")); });
    menu->addAction(tr("PDF document…"), this,
        [this] { exportChartDialog(QStringLiteral("pdf"), tr("PDF documents (*.pdf)")); });
    exportButton->setMenu(menu);
    makeRoomForMenuArrow(exportButton);
    headerActions()->addWidget(exportButton);

    auto* csvButton = new QPushButton(tr("Save CSV…"), this);
    csvButton->setToolTip(tr("Save the table as CSV (Ctrl+Shift+C copies it)"));
    connect(csvButton, &QPushButton::clicked, this, &FunnelsPage::saveCsvDialog);
    headerActions()->addWidget(csvButton);

    auto* copy = new QAction(tr("Copy table as CSV"), this);
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &FunnelsPage::copyCsv);
    addAction(copy);
}

FunnelRequest FunnelsPage::request() const
{
    FunnelRequest r;
    r.snapshots = &context().snapshots();
    r.definition = m_editor->definition();
    r.filter = context().filters().eventFilter();
    r.unit = context().filters().unit() == Settings::Unit::Sessions ? analysis::CountingUnit::Sessions
                                                                    : analysis::CountingUnit::Users;
    try {
        r.segments = analysis::loadSegments(context().db());
    } catch (const std::exception&) {
        // A broken saved segment only matters to a funnel that uses it, and its job will say so.
    }
    return r;
}

void FunnelsPage::reload()
{
    m_editor->setChoices(loadFunnelChoices(context().db()));
    if (!m_loaded) {
        m_loaded = true;
        // No saved funnel: the job fills in the default (it needs event counts from the snapshot).
        m_editor->setDefinition(loadSavedFunnel(context().db()).value_or(FunnelDefinition {}));
    }
    run();
}

void FunnelsPage::clear()
{
    m_debounce->stop();
    m_loaded = false;
    m_output.reset();
    m_trend.reset();
    m_editor->setDefinition({});
    m_chart->clearChart();
    m_time->setStep(nullptr, analysis::CountingUnit::Users);
    m_trendView->setTrend({}, analysis::TrendInterval::Week);
    m_model->setResult(nullptr);
    m_timeStep->clear();
    m_summary->clear();
    m_note->hide();
    m_error->hide();
}

void FunnelsPage::definitionEdited()
{
    if (!context().isOpen()) return;
    try {
        saveFunnel(context().db(), m_editor->definition());
    } catch (const std::exception& e) {
        emit statusMessage(tr("The funnel could not be saved: %1").arg(QString::fromUtf8(e.what())));
    }
    m_debounce->start();
}

void FunnelsPage::run()
{
    m_debounce->stop();
    if (!context().isOpen()) return;
    const FunnelRequest r = request();
    submit<FunnelOutput>(
        QStringLiteral("funnel"),
        [r](const jobs::CancelToken& cancel, jobs::ProgressSink& progress) {
            return computeFunnel(r, cancel, progress);
        },
        [this](std::shared_ptr<const FunnelOutput> output) { showOutput(std::move(output)); },
        [this](const QString& message) { showError(message); });
    runTrend();
}

void FunnelsPage::runTrend()
{
    if (!context().isOpen()) return;
    const FunnelRequest r = request();
    const auto interval = static_cast<analysis::TrendInterval>(m_trendInterval->currentData().toInt());
    submit<std::vector<analysis::TrendBucket>>(
        QStringLiteral("trend"),
        [r, interval](const jobs::CancelToken& cancel, jobs::ProgressSink& progress) {
            return computeTrend(r, interval, cancel, progress);
        },
        [this, interval](std::shared_ptr<const std::vector<analysis::TrendBucket>> trend) {
            m_trend = std::move(trend);
            m_trendView->setTrend(*m_trend, interval);
        },
        [](const QString&) {}); // the funnel job reports the same query errors
}

void FunnelsPage::showOutput(std::shared_ptr<const FunnelOutput> output)
{
    m_output = std::move(output);
    m_error->hide();
    if (m_editor->definition().steps.isEmpty()) m_editor->setDefinition(m_output->definition);
    const auto& r = m_output->result;
    m_chart->setOutput(m_output);
    m_model->setResult(std::shared_ptr<const analysis::FunnelResult>(m_output, &m_output->result));
    m_table->setColumnHidden(FunnelTableModel::GroupColumn, r.breakdown.empty());
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(FunnelTableModel::StepColumn, QHeaderView::Stretch);
    m_note->setText(m_chart->significanceNote());
    m_note->setVisible(!m_chart->significanceNote().isEmpty());
    const bool sessions = m_output->unit == analysis::CountingUnit::Sessions;
    if (!r.steps.empty()) {
        const auto& last = r.steps.back();
        m_summary->setText(
            (sessions ? tr("%1 of %2 sessions entered; %3 converted (%4 of those who entered)")
                      : tr("%1 of %2 users entered; %3 converted (%4 of those who entered)"))
                .arg(formatCount(r.steps.front().count), formatCount(r.units), formatCount(last.count),
                    last.conversionFromFirst ? formatPercent(*last.conversionFromFirst)
                                             : QStringLiteral("–")));
    }
    const int previous = m_timeStep->currentIndex();
    {
        const QSignalBlocker block(m_timeStep);
        m_timeStep->clear();
        for (size_t k = 1; k < r.steps.size(); ++k)
            m_timeStep->addItem(tr("%1. %2").arg(k + 1).arg(fromStd(r.steps[k].label)), int(k));
        m_timeStep->setCurrentIndex(previous >= 0 && previous < m_timeStep->count() ? previous : 0);
    }
    showTimeToConvert();
}

void FunnelsPage::showTimeToConvert()
{
    if (!m_output || m_timeStep->currentIndex() < 0) {
        m_time->setStep(nullptr, analysis::CountingUnit::Users);
        return;
    }
    const auto k = size_t(m_timeStep->currentData().toInt());
    m_time->setStep(k < m_output->result.steps.size() ? &m_output->result.steps[k] : nullptr, m_output->unit);
}

void FunnelsPage::showError(const QString& message)
{
    m_error->setText(tr("The funnel could not be computed: %1").arg(message));
    m_error->show();
}

void FunnelsPage::drillInto(int step, int group, bool dropped)
{
    if (!m_output || step < 1 || step > int(m_output->result.steps.size())) return;
    const auto& r = m_output->result;
    MembersRequest m;
    m.step = step;
    m.dropped = dropped && step > 1;
    const QString label = fromStd(r.steps[size_t(step - 1)].label);
    m.title = m.dropped ? tr("Dropped off before step %1 (%2)").arg(step).arg(label)
                        : tr("Reached step %1 (%2)").arg(step).arg(label);
    FunnelRequest request = this->request();
    request.definition = m_output->definition; // the funnel on screen, not a later edit
    if (group >= 0 && group < int(r.breakdown.size())) {
        const auto& g = r.breakdown[size_t(group)];
        m.group = group;
        m.groupValue = fromStd(g.value);
        m.groupMissing = g.missing;
        const bool listable = request.definition.breakdown == FunnelDefinition::Breakdown::Segments
            || request.definition.breakdownProperty.startsWith(QLatin1String("user."));
        m.title += QStringLiteral(" – ")
            + (listable ? (g.missing ? tr("(none)") : m.groupValue)
                        : tr("all groups (event-property groups are not listed apart)"));
    }
    submit<DrillDown>(
        QStringLiteral("members"),
        [request, m](const jobs::CancelToken& cancel, jobs::ProgressSink& progress) {
            return computeMembers(request, m, cancel, progress);
        },
        [this](std::shared_ptr<const DrillDown> drillDown) {
            emit statusMessage(tr("%n unit(s) listed in the session list", nullptr,
                int(drillDown->userIds.size() + drillDown->sessionIds.size())));
            context().showDrillDown(*drillDown);
        },
        [this](const QString& message) { showError(message); });
}

bool FunnelsPage::exportChart(const QString& path, QString* error)
{
    QChartView* views[] = { m_chart, m_time, m_trendView };
    return exportChartView(views[std::clamp(m_tabs->currentIndex(), 0, 2)], path, error);
}

void FunnelsPage::exportChartDialog(const QString& suffix, const QString& filter)
{
    QString path
        = QFileDialog::getSaveFileName(this, tr("Export chart"), tr("funnel.%1").arg(suffix), filter);
    if (path.isEmpty()) return;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive)) path += QLatin1Char('.') + suffix;
    QString error;
    if (!exportChart(path, &error))
        showError(error);
    else
        emit statusMessage(tr("Chart saved to %1").arg(path));
}

void FunnelsPage::copyCsv()
{
    QGuiApplication::clipboard()->setText(m_model->toCsv());
    emit statusMessage(tr("Funnel table copied as CSV"));
}

void FunnelsPage::saveCsvDialog()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save CSV"), tr("funnel.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty()) return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(m_model->toCsv().toUtf8()) < 0)
        showError(tr("Could not write %1").arg(path));
}

} // namespace waymark::ui
