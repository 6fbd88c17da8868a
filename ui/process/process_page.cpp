#include "process_page.h"

#include "core/analysis/snapshot_cache.h"
#include "core/store/project.h"
#include "process_view.h"
#include "ui/common/format.h"
#include "ui/common/share_bar_delegate.h"
#include "ui/filters/filter_state.h"
#include "variants_model.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSlider>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>

namespace waymark::ui {

namespace {

// Variants listed: beyond a few hundred the rows are single cases that say nothing more.
constexpr int kVariantRows = 300;

analysis::SegmentLibrary segmentsFor(const std::string& path, const analysis::EventFilter& filter)
{
    if (filter.conditions.empty()) return {};
    auto project = store::Project::openReadOnly(path);
    return analysis::loadSegments(project->db());
}

} // namespace

ProcessPage::ProcessPage(ProjectContext& context, QWidget* parent)
    : Page(context, parent)
    , m_view(new ProcessView(this))
    , m_variants(new VariantsModel(this))
    , m_table(new QTableView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_summary(new QLabel(this))
    , m_variantSummary(new QLabel(this))
    , m_error(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    headerActions()->addWidget(buildControls());
    m_error->setWordWrap(true);
    m_error->hide();
    body()->addWidget(m_error);

    m_table->setModel(m_variants);
    m_table->setAccessibleName(tr("Variants"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(VariantsModel::EventsColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setItemDelegateForColumn(VariantsModel::ShareColumn, new ShareBarDelegate(m_table));
    m_table->setItemDelegateForColumn(VariantsModel::CoverageColumn, new ShareBarDelegate(m_table));
    m_table->setToolTip(tr("Select a variant to light its path on the map; Esc shows all again"));
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ProcessPage::variantChanged);

    auto* left = new QWidget(m_splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_summary);
    auto* right = new QWidget(m_splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* variantsTitle = new QLabel(tr("Variants"), right);
    QFont bold = variantsTitle->font();
    bold.setBold(true);
    variantsTitle->setFont(bold);
    variantsTitle->setBuddy(m_table);
    rightLayout->addWidget(variantsTitle);
    rightLayout->addWidget(m_table, 1);
    rightLayout->addWidget(m_variantSummary);
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({ 940, 420 });
    body()->addWidget(m_splitter, 1);

    auto* fit = new QAction(tr("Fit to view"), this);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    fit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(fit, &QAction::triggered, m_view, &ProcessView::fitToView);
    addAction(fit);
    auto* showAll = new QAction(tr("Show all paths"), this);
    showAll->setShortcut(QKeySequence(Qt::Key_Escape));
    showAll->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(showAll, &QAction::triggered, m_table, &QTableView::clearSelection);
    addAction(showAll);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &ProcessPage::runMap);
}

ProcessPage::~ProcessPage() = default;

QIcon ProcessPage::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogListView);
}

QWidget* ProcessPage::buildControls()
{
    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    auto slider = [&](const QString& name, int value, const QString& tip, QLabel*& valueLabel) {
        auto* label = new QLabel(name, box);
        auto* s = new QSlider(Qt::Horizontal, box);
        s->setRange(0, 100);
        s->setValue(value);
        s->setFixedWidth(130);
        s->setToolTip(tip);
        s->setAccessibleName(name);
        label->setBuddy(s);
        valueLabel = new QLabel(formatPercent(value / 100.0, 0), box);
        valueLabel->setMinimumWidth(valueLabel->fontMetrics().horizontalAdvance(QStringLiteral("100%")) + 4);
        connect(s, &QSlider::valueChanged, this, [this, valueLabel](int v) {
            valueLabel->setText(formatPercent(v / 100.0, 0));
            m_debounce->start();
        });
        row->addWidget(label);
        row->addWidget(s);
        row->addWidget(valueLabel);
        return s;
    };
    // Defaults that keep a typical product's map readable: the main activities and paths.
    m_activities = slider(tr("&Activities"), 40,
        tr("Share of the activities shown, most frequent first; hidden ones are taken out of the cases"),
        m_activitiesValue);
    m_paths = slider(tr("&Paths"), 25,
        tr("Share of the paths (edges) shown, most transitions first; every shown activity stays connected"),
        m_pathsValue);

    m_mode = new QComboBox(box);
    m_mode->addItem(tr("Frequency"));
    m_mode->addItem(tr("Performance"));
    m_mode->setToolTip(tr("Frequency: counts on the edges. Performance: edges coloured and labelled by the "
                          "median time between events"));
    m_mode->setAccessibleName(tr("Map mode"));
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_view->setMode(index == 1 ? ProcessMode::Performance : ProcessMode::Frequency);
    });
    row->addSpacing(8);
    row->addWidget(m_mode);

    auto* fit = new QPushButton(tr("Fit"), box);
    fit->setToolTip(tr("Fit the map to the view (Ctrl+0); Ctrl+wheel zooms, dragging pans"));
    connect(fit, &QPushButton::clicked, m_view, &ProcessView::fitToView);
    auto* exportButton = new QPushButton(tr("Export…"), box);
    exportButton->setToolTip(tr("Save the map as PNG, SVG or PDF"));
    connect(exportButton, &QPushButton::clicked, this, &ProcessPage::exportMap);
    row->addWidget(fit);
    row->addWidget(exportButton);
    return box;
}

ProcessRequest ProcessPage::currentRequest() const
{
    ProcessRequest r;
    r.unit = context().filters().unit() == Settings::Unit::Users ? analysis::CountingUnit::Users
                                                                 : analysis::CountingUnit::Sessions;
    r.filter = context().filters().eventFilter();
    r.activityPercent = m_activities->value();
    r.pathPercent = m_paths->value();
    r.layout.nodeFont = m_view->font();
    r.layout.labelFont = m_view->font();
    r.layout.labelFont.setPointSizeF(m_view->font().pointSizeF() * 0.9);
    QFont bold = r.layout.nodeFont;
    bold.setBold(true);
    r.layout.nodeFont = bold; // the name line is bold and the widest
    const QSize view = m_view->size();
    if (view.width() > 100 && view.height() > 100)
        r.layout.targetAspect = double(view.height()) / double(view.width());
    return r;
}

void ProcessPage::reload()
{
    m_debounce->stop();
    runMap();
    runVariants();
}

void ProcessPage::runMap()
{
    const std::string path = context().path().toStdString();
    auto* snapshots = &context().snapshots();
    const ProcessRequest request = currentRequest();
    submit<ProcessMapData>(
        QStringLiteral("map"),
        [path, snapshots, request](const jobs::CancelToken& cancel, jobs::ProgressSink& progress) {
            const jobs::ProgressRange range(&progress, 0, 1);
            const jobs::ProgressRange build = range.sub(0, 0.5), run = range.sub(0.5, 1);
            const auto snapshot = snapshots->get(&cancel, &build);
            return computeProcessMap(*snapshot, request, segmentsFor(path, request.filter), &cancel, &run);
        },
        [this](std::shared_ptr<const ProcessMapData> data) { showMap(std::move(data)); },
        [this](const QString& message) {
            m_error->setText(tr("The process map could not be computed: %1").arg(message));
            m_error->show();
        });
}

void ProcessPage::runVariants()
{
    const std::string path = context().path().toStdString();
    auto* snapshots = &context().snapshots();
    const ProcessRequest request = currentRequest();
    submit<ProcessVariantsData>(
        QStringLiteral("variants"),
        [path, snapshots, request](const jobs::CancelToken& cancel, jobs::ProgressSink&) {
            const auto snapshot = snapshots->get(&cancel);
            return computeVariants(*snapshot, request.unit, request.filter, segmentsFor(path, request.filter),
                kVariantRows, &cancel);
        },
        [this](std::shared_ptr<const ProcessVariantsData> data) {
            m_variants->setData(std::move(data));
            const ProcessVariantsData* v = m_variants->variants();
            m_variantSummary->setText(tr("%1 distinct variants over %2 cases; the top %3 listed")
                                          .arg(formatCount(v->distinct), formatCount(v->cases),
                                              formatCount(qint64(v->rows.size()))));
            m_view->setHighlight({});
        },
        [this](const QString& message) {
            m_error->setText(tr("The variants could not be computed: %1").arg(message));
            m_error->show();
        });
}

void ProcessPage::showMap(std::shared_ptr<const ProcessMapData> data)
{
    m_error->hide();
    m_data = data;
    m_view->setData(std::move(data));
    variantChanged(); // the selected variant's path on the new map
    updateSummary();
}

void ProcessPage::updateSummary()
{
    if (!m_data) {
        m_summary->clear();
        return;
    }
    const auto& map = m_data->map;
    const int64_t shown = map.nodes.empty() ? 0 : int64_t(map.nodes.size()) - 2;
    const QString cases = m_data->bySessions ? tr("%1 sessions").arg(formatCount(map.cases))
                                             : tr("%1 users").arg(formatCount(map.cases));
    m_summary->setText(
        tr("%1 of %2 activities, %3 of %4 paths shown; %5, %6 transitions")
            .arg(formatCount(shown), formatCount(m_data->activities), formatCount(qint64(map.edges.size())),
                formatCount(qint64(map.edges.size()) + map.hiddenEdges), cases,
                formatCount(map.transitions)));
}

void ProcessPage::variantChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const VariantRow* row = rows.isEmpty() ? nullptr : m_variants->row(rows.front().row());
    m_view->setHighlight(row && m_data ? traceVariant(*m_data, row->typeIds) : VariantTrace {});
}

void ProcessPage::exportMap()
{
    if (!m_data || m_data->layout.isEmpty()) return;
    QString selected;
    const QString file = QFileDialog::getSaveFileName(this, tr("Export process map"), tr("process-map.png"),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"), &selected);
    if (file.isEmpty()) return;
    if (!m_view->exportTo(file))
        QMessageBox::warning(this, tr("Export process map"), tr("Could not write %1.").arg(file));
    else
        emit statusMessage(tr("Process map saved to %1").arg(file));
}

void ProcessPage::clear()
{
    m_debounce->stop();
    m_data.reset();
    m_view->setData(nullptr);
    m_variants->clear();
    m_summary->clear();
    m_variantSummary->clear();
}

} // namespace waymark::ui
