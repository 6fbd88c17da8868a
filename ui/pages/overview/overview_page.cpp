#include "overview_page.h"

#include "quality_text.h"
#include "ui/common/format.h"
#include "ui/common/record_table_model.h"
#include "ui/common/share_bar_delegate.h"
#include "ui/common/stat_card.h"
#include "ui/filters/filter_state.h"

#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>

namespace waymark::ui {

namespace {
QTableView* makeTable(QAbstractItemModel* model, QWidget* parent, const QString& name)
{
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(RecordTableModel::SortRole);
    auto* view = new QTableView(parent);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    view->setAccessibleName(name);
    return view;
}
} // namespace

OverviewPage::OverviewPage(ProjectContext& context, QWidget* parent)
    : Page(context, parent)
    , m_events(new StatCard(tr("Events"), this))
    , m_users(new StatCard(tr("Users"), this))
    , m_sessions(new StatCard(tr("Sessions"), this))
    , m_span(new StatCard(tr("Time span"), this))
    , m_records(new StatCard(tr("Tickets and feedback"), this))
    , m_topEvents(new RecordTableModel(this))
    , m_sources(new RecordTableModel(this))
    , m_issues(new QLabel(this))
    , m_error(new QLabel(this))
{
    auto* cards = new QHBoxLayout;
    for (StatCard* card : { m_events, m_users, m_sessions, m_span, m_records })
        cards->addWidget(card, 1);
    body()->addLayout(cards);
    m_error->setWordWrap(true);
    m_error->hide();
    body()->addWidget(m_error);

    m_topView = makeTable(m_topEvents, this, tr("Top events"));
    m_topView->setItemDelegate(new ShareBarDelegate(m_topView));
    m_topView->setToolTip(
        tr("The most common events under the current filter; the bar shows the share of users or sessions"));
    m_sourceView = makeTable(m_sources, this, tr("Sources"));
    m_sourceView->setToolTip(tr("Every imported file with its row counts"));
    m_issues->setWordWrap(true);
    m_issues->setTextFormat(Qt::RichText);
    m_issues->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_issues->setAccessibleName(tr("Data-quality warnings"));

    auto* grid = new QGridLayout;
    grid->addWidget(section(tr("Top events"), m_topView), 0, 0, 2, 1);
    grid->addWidget(section(tr("Sources"), m_sourceView), 0, 1);
    grid->addWidget(section(tr("Data quality"), m_issues), 1, 1);
    grid->setColumnStretch(0, 5);
    grid->setColumnStretch(1, 6);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    body()->addLayout(grid, 1);
    // The sessions card counts tagged sessions: a tag on the sessions page makes it stale.
    connect(&context, &ProjectContext::labelsChanged, this, &OverviewPage::invalidate);
}

OverviewPage::~OverviewPage() = default;

QIcon OverviewPage::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogInfoView);
}

QWidget* OverviewPage::section(const QString& title, QWidget* content)
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(title, box);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setBuddy(content);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return box;
}

void OverviewPage::reload()
{
    const std::string path = context().path().toStdString();
    auto* snapshots = &context().snapshots();
    const auto filter = context().filters().eventFilter();
    const bool bySessions = context().filters().unit() == Settings::Unit::Sessions;
    submit<OverviewData>(
        QStringLiteral("summary"),
        [path, snapshots, filter, bySessions](const jobs::CancelToken& cancel, jobs::ProgressSink& progress) {
            return computeOverview(path, *snapshots, filter, bySessions, cancel, progress);
        },
        [this](std::shared_ptr<const OverviewData> data) { show(std::move(data)); },
        [this](const QString& message) {
            m_error->setText(tr("The overview could not be computed: %1").arg(message));
            m_error->show();
        });
}

void OverviewPage::clear()
{
    m_data.reset();
    m_topEvents->clear();
    m_sources->clear();
    m_issues->clear();
    for (StatCard* card : { m_events, m_users, m_sessions, m_span, m_records })
        card->setValue(QStringLiteral("–"));
}

void OverviewPage::show(std::shared_ptr<const OverviewData> data)
{
    m_data = std::move(data);
    const OverviewData& d = *m_data;
    m_error->hide();
    m_events->setValue(formatCount(d.events),
        d.filtered ? tr("of %1 in the project").arg(formatCount(d.allEvents))
                   : tr("%n event type(s)", nullptr, int(d.eventTypes)));
    m_users->setValue(formatCount(d.users),
        d.users ? tr("%1 events per user").arg(QLocale().toString(double(d.events) / double(d.users), 'f', 1))
                : QString());
    m_sessions->setValue(formatCount(d.sessions),
        d.labelledSessions ? tr("%n tagged by researchers", nullptr, int(d.labelledSessions))
                           : tr("none tagged yet"));
    if (d.events)
        m_span->setValue(tr("%n day(s)", nullptr, int((d.lastMs - d.firstMs) / 86400000 + 1)),
            tr("%1 – %2").arg(formatDate(d.firstMs), formatDate(d.lastMs)));
    else
        m_span->setValue(QStringLiteral("–"), tr("no events"));
    m_records->setValue(tr("%1 / %2").arg(formatCount(d.tickets), formatCount(d.feedback)),
        tr("%1 accounts, %2 releases").arg(formatCount(d.accounts), formatCount(d.annotations)));
    showTopEvents(d);
    showSources(d);
    showIssues(d);
}

void OverviewPage::showTopEvents(const OverviewData& d)
{
    m_topEvents->setHeaders(
        { tr("Event"), tr("Events"), d.bySessions ? tr("Sessions") : tr("Users"), tr("Share") });
    QVector<RecordTableModel::Row> rows;
    for (const TopEvent& e : d.topEvents) {
        auto name = RecordTableModel::text(fromStd(e.name));
        name.key = qint64(e.typeId);
        auto share = RecordTableModel::number(formatPercent(e.share), e.share);
        share.fraction = e.share;
        rows.push_back(
            { name, RecordTableModel::number(e.events), RecordTableModel::number(e.units), share });
    }
    m_topEvents->setRows(std::move(rows));
    m_topView->sortByColumn(2, Qt::DescendingOrder);
    m_topView->resizeColumnsToContents();
}

void OverviewPage::showSources(const OverviewData& d)
{
    m_sources->setHeaders({ tr("File"), tr("Format"), tr("Kind"), tr("Imported"), tr("Rejected"),
        tr("Duplicates"), tr("When") });
    QVector<RecordTableModel::Row> rows;
    for (const auto& s : d.sources) {
        const QString path = fromStd(s.path);
        auto file = RecordTableModel::text(QFileInfo(path).fileName(), path);
        file.key = qint64(s.id);
        auto when = RecordTableModel::text(formatDateTime(s.importedAt));
        when.sort = qint64(s.importedAt);
        rows.push_back({ file, RecordTableModel::text(fromStd(s.format)),
            RecordTableModel::text(fromStd(s.kind)), RecordTableModel::number(s.rowsImported),
            RecordTableModel::number(s.rowsRejected), RecordTableModel::number(s.duplicatesSkipped), when });
    }
    m_sources->setRows(std::move(rows));
    m_sourceView->resizeColumnsToContents();
}

void OverviewPage::showIssues(const OverviewData& d)
{
    if (d.issues.empty()) {
        m_issues->setText(tr("No problems found."));
        return;
    }
    QString html = QStringLiteral("<ul style=\"margin-left:-20px\">");
    for (const QualityIssue& issue : d.issues)
        html += QStringLiteral("<li style=\"margin-bottom:4px\">") + qualityIssueText(issue).toHtmlEscaped()
            + QStringLiteral("</li>");
    m_issues->setText(html + QStringLiteral("</ul>"));
}

} // namespace waymark::ui
