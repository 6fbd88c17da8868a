#include "sessions_page.h"

#include "label_commands.h"
#include "session_filter.h"
#include "session_table_model.h"
#include "session_timeline.h"
#include "tag_bar.h"
#include "ui/common/format.h"
#include "ui/filters/filter_state.h"
#include "ui/settings/settings.h"

#include <QAction>
#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>

namespace waymark::ui {

SessionsPage::SessionsPage(ProjectContext& context, QWidget* parent)
    : Page(context, parent)
    , m_table(new QTableView(this))
    , m_timeline(new SessionTimelineView(this))
    , m_tagBar(new TagBar(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_undo(new QUndoStack(this))
    , m_banner(new QFrame(this))
    , m_bannerText(new QLabel(m_banner))
    , m_count(new QLabel(this))
{
    m_count->setAccessibleName(tr("Session count"));
    headerActions()->addWidget(m_count);

    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::AlternateBase);
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    auto* showAll = new QPushButton(tr("Show all sessions"), m_banner);
    showAll->setToolTip(tr("Leave the drill-down and list every session again"));
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(showAll);
    connect(showAll, &QPushButton::clicked, this, &SessionsPage::clearDrillDown);
    m_banner->hide();
    body()->addWidget(m_banner);

    m_table->setAccessibleName(tr("Sessions"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows, so a million of them cost nothing.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(tr("1 positive, 2 negative, 3 neutral, 0 clear; the tag is saved at once"));

    auto* right = new QWidget(m_splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_tagBar);
    rightLayout->addWidget(m_timeline, 1);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 4);
    if (!m_splitter->restoreState(Settings::instance().sessionsSplitter()))
        m_splitter->setSizes({ 640, 520 });
    connect(m_splitter, &QSplitter::splitterMoved, this,
        [this] { Settings::instance().setSessionsSplitter(m_splitter->saveState()); });
    body()->addWidget(m_splitter, 1);

    connect(m_tagBar, &TagBar::labelRequested, this, &SessionsPage::tagCurrent);
    connect(m_tagBar, &TagBar::noteRequested, this, &SessionsPage::setNoteOfCurrent);
    connect(&context, &ProjectContext::drillDownRequested, this, &SessionsPage::showDrillDown);
    buildActions();
}

SessionsPage::~SessionsPage() = default;

QIcon SessionsPage::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogDetailedView);
}

void SessionsPage::buildActions()
{
    struct Tag {
        QString text;
        const char* key;
        std::optional<int> label;
    };
    const Tag tags[] = { { tr("Tag positive"), "1", 1 }, { tr("Tag negative"), "2", -1 },
        { tr("Tag neutral"), "3", 0 }, { tr("Clear tag"), "0", std::nullopt } };
    for (const Tag& tag : tags) {
        auto* action = new QAction(tag.text, this);
        action->setShortcut(QKeySequence(QString::fromLatin1(tag.key)));
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, [this, label = tag.label] { tagCurrent(label); });
        m_table->addAction(action);
    }
    QAction* undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    undo->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    QAction* redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setShortcuts({ QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z) });
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    redo->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    addAction(undo);
    addAction(redo);
    for (QAction* a : { undo, redo }) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        headerActions()->addWidget(button);
    }
}

void SessionsPage::ensureModel()
{
    if (m_model) return;
    m_model = new SessionTableModel(context().path(), this);
    m_table->setModel(m_model);
    m_table->setColumnHidden(SessionTableModel::PredictedColumn, !m_model->hasPredictions());
    connect(m_model, &QAbstractItemModel::headerDataChanged, this,
        [this] { m_table->setColumnHidden(SessionTableModel::PredictedColumn, !m_model->hasPredictions()); });
    // Wide enough for typical values and for the header in the current language (font-relative,
    // so HiDPI and large fonts keep them readable), leaving the tag and note in view.
    const QFontMetrics fm = m_table->fontMetrics();
    const QString samples[] = { QStringLiteral("usr_1000000"),
        formatDateTime(QDateTime::currentMSecsSinceEpoch()), formatDuration(12 * 60 * 1000 + 34 * 1000),
        QStringLiteral("1,234"), QStringLiteral("Mid-Market"), labelName(-1) };
    for (int c = 0; c < 6; ++c) {
        const QString header = m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        m_table->setColumnWidth(
            c, std::max(fm.horizontalAdvance(samples[c]), fm.horizontalAdvance(header) + 16) + 16);
    }
    m_table->horizontalHeader()->setSortIndicator(SessionTableModel::StartColumn, Qt::AscendingOrder);
    connect(m_model, &SessionTableModel::countChanged, this, &SessionsPage::updateCount);
    connect(m_model, &SessionTableModel::blockLoaded, this, [this](int first, int last) {
        const int row = m_table->currentIndex().row();
        if (row >= first && row <= last) currentChanged();
    });
    connect(m_model, &SessionTableModel::modelReset, this, &SessionsPage::currentChanged);
    connect(
        m_model, &SessionTableModel::loadFailed, this, [this](const QString& m) { emit statusMessage(m); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &SessionsPage::currentChanged);
    m_labelConnection
        = connect(&context().labels(), &LabelStore::labelChanged, this, &SessionsPage::labelChanged);
}

void SessionsPage::clear()
{
    m_undo->clear();
    disconnect(m_labelConnection);
    m_table->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_timeline->clear();
    m_tagBar->setSession(0, {});
    m_currentSession = 0;
    m_drillDown = {};
    m_banner->hide();
    m_count->clear();
}

void SessionsPage::reload()
{
    ensureModel();
    const FilterState& filters = context().filters();
    SessionQuery query = m_model->query();
    query.fromMs = filters.fromMs();
    query.toMs = filters.toMs();
    query.userIds.reset();
    query.sessionIds.reset();
    if (!m_drillDown.userIds.isEmpty()) query.userIds = m_drillDown.userIds;
    if (!m_drillDown.sessionIds.isEmpty()) query.sessionIds = m_drillDown.sessionIds;
    if (!filters.hasSegment()) {
        applyQuery(query);
        return;
    }
    const std::string path = context().path().toStdString();
    auto* snapshots = &context().snapshots();
    const auto filter = filters.eventFilter();
    m_count->setText(tr("Applying the segment…"));
    submit<QVector<qint64>>(
        QStringLiteral("segment"),
        [path, snapshots, filter](const jobs::CancelToken& cancel, jobs::ProgressSink&) {
            return sessionsMatching(path, *snapshots, filter, cancel);
        },
        [this, query](std::shared_ptr<const QVector<qint64>> ids) mutable {
            if (query.sessionIds) {
                const QSet<qint64> matching(ids->begin(), ids->end());
                QVector<qint64> both;
                for (qint64 id : std::as_const(*query.sessionIds))
                    if (matching.contains(id)) both.push_back(id);
                query.sessionIds = both;
            } else {
                query.sessionIds = *ids;
            }
            applyQuery(query);
        },
        [this](const QString& message) {
            m_count->setText(tr("The segment could not be applied: %1").arg(message));
        });
}

void SessionsPage::applyQuery(SessionQuery query)
{
    m_model->setQuery(query);
}

void SessionsPage::updateCount()
{
    if (!m_model) return;
    const int rows = m_model->rowCount();
    switch (m_model->countState()) {
    case SessionTableModel::CountState::Unknown:
        m_count->setText(tr("Counting sessions…"));
        break;
    case SessionTableModel::CountState::Partial:
        m_count->setText(tr("%1+ sessions").arg(formatCount(rows)));
        break;
    case SessionTableModel::CountState::Complete:
        m_count->setText(tr("%n session(s)", nullptr, rows));
        break;
    }
    if (rows > 0 && !m_table->currentIndex().isValid()
        && m_model->countState() == SessionTableModel::CountState::Complete)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void SessionsPage::showDrillDown(const DrillDown& drillDown)
{
    m_drillDown = drillDown;
    m_bannerText->setText(
        drillDown.title.isEmpty() ? tr("Showing the sessions of a selection") : drillDown.title);
    m_banner->setVisible(!drillDown.isEmpty());
    invalidate();
}

void SessionsPage::clearDrillDown()
{
    m_drillDown = {};
    m_banner->hide();
    invalidate();
}

SessionLabel SessionsPage::currentLabel() const
{
    const SessionRow* row = m_model ? m_model->loadedRow(m_table->currentIndex().row()) : nullptr;
    return row ? row->label : SessionLabel {};
}

void SessionsPage::currentChanged()
{
    const int row = m_table->currentIndex().row();
    const SessionRow* loaded = m_model ? m_model->loadedRow(row) : nullptr;
    const qint64 id = loaded ? loaded->id : 0;
    m_tagBar->setSession(id, loaded ? loaded->label : SessionLabel {});
    if (id == m_currentSession) return;
    m_currentSession = id;
    if (id)
        loadTimeline(id);
    else
        m_timeline->clear();
}

void SessionsPage::loadTimeline(qint64 sessionId)
{
    const std::string path = context().path().toStdString();
    auto* snapshots = &context().snapshots();
    m_timeline->showMessage(tr("Loading session %1…").arg(sessionId));
    submit<SessionTimeline>(
        QStringLiteral("timeline"),
        [path, snapshots, sessionId](const jobs::CancelToken& cancel, jobs::ProgressSink&) {
            return waymark::ui::loadTimeline(path, *snapshots, sessionId, cancel);
        },
        [this](std::shared_ptr<const SessionTimeline> timeline) {
            m_timeline->setTimeline(std::move(timeline));
        },
        [this](const QString& message) { m_timeline->showMessage(message); });
}

void SessionsPage::tagCurrent(std::optional<int> label)
{
    if (!m_currentSession) return;
    const SessionLabel before = currentLabel();
    SessionLabel after = before;
    after.label = label;
    if (!label) after.note.clear();
    if (after == before) return;
    m_undo->push(new SetLabelCommand(context().labels(), m_currentSession, before, after));
}

void SessionsPage::setNoteOfCurrent(const QString& note)
{
    if (!m_currentSession) return;
    const SessionLabel before = currentLabel();
    SessionLabel after = before;
    after.note = note.trimmed();
    if (!after.label && !after.note.isEmpty()) after.label = 0; // what the project stores for a note alone
    if (after == before) return;
    m_undo->push(new SetLabelCommand(context().labels(), m_currentSession, before, after));
    m_table->setFocus();
}

void SessionsPage::labelChanged(qint64 sessionId, const SessionLabel& label)
{
    if (m_model) m_model->applyLabel(sessionId, label);
    if (sessionId == m_currentSession) m_tagBar->setSession(sessionId, label);
}

} // namespace waymark::ui
