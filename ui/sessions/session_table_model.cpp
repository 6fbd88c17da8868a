#include "session_table_model.h"

#include "session_loader.h"
#include "ui/common/format.h"
#include "ui/common/theme.h"

#include <QColor>
#include <QFont>
#include <QPointer>
#include <QThread>
#include <QTimer>

namespace waymark::ui {

SessionTableModel::SessionTableModel(const QString& projectPath, QObject* parent)
    : QAbstractTableModel(parent)
    , m_path(projectPath)
    , m_life(std::make_shared<std::atomic<quint64>>(0))
    , m_thread(std::make_unique<QThread>())
    , m_sendTimer(new QTimer(this))
{
    m_sendTimer->setSingleShot(true);
    m_sendTimer->setInterval(0);
    connect(m_sendTimer, &QTimer::timeout, this, &SessionTableModel::sendRequests);

    QPointer<SessionTableModel> self(this);
    SessionLoader::Callbacks callbacks;
    callbacks.listed = [self](quint64 life, QVector<qint64> ids, bool complete) {
        QMetaObject::invokeMethod(self, [self, life, ids = std::move(ids), complete]() mutable {
            if (self) self->onListed(life, std::move(ids), complete);
        });
    };
    callbacks.fetched = [self](quint64 life, int block, QVector<SessionRow> rows) {
        QMetaObject::invokeMethod(self, [self, life, block, rows = std::move(rows)]() mutable {
            if (self) self->onFetched(life, block, std::move(rows));
        });
    };
    callbacks.failed = [self](quint64 life, QString message) {
        QMetaObject::invokeMethod(self, [self, life, message] {
            if (self && life == self->m_life->load()) emit self->loadFailed(message);
        });
    };
    m_loader = new SessionLoader(projectPath, m_life, std::move(callbacks));
    m_loader->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_loader, &QObject::deleteLater);
    m_thread->setObjectName(QStringLiteral("session loader"));
    m_thread->start();
    QMetaObject::invokeMethod(m_loader, [loader = m_loader, self] {
        const bool has = loader->hasPredictions();
        QMetaObject::invokeMethod(self, [self, has] {
            if (!self || self->m_hasPredictions == has) return;
            self->m_hasPredictions = has;
            emit self->headerDataChanged(Qt::Horizontal, PredictedColumn, PredictedColumn);
        });
    });
}

SessionTableModel::~SessionTableModel()
{
    m_life->fetch_add(1); // stops a listing in progress
    m_thread->quit();
    m_thread->wait();
}

void SessionTableModel::setQuery(const SessionQuery& query)
{
    const quint64 life = m_life->fetch_add(1) + 1;
    beginResetModel();
    m_query = query;
    m_ids.clear();
    m_blocks.clear();
    m_wanted.clear();
    m_pending.clear();
    m_countState = CountState::Unknown;
    endResetModel();
    emit countChanged(0, m_countState);
    QMetaObject::invokeMethod(m_loader, [loader = m_loader, life, query] { loader->list(life, query); });
}

void SessionTableModel::onListed(quint64 life, QVector<qint64> ids, bool complete)
{
    if (life != m_life->load()) return;
    if (!ids.isEmpty()) {
        const int first = int(m_ids.size());
        beginInsertRows({}, first, first + int(ids.size()) - 1);
        m_ids += ids;
        endInsertRows();
    }
    m_countState = complete ? CountState::Complete : CountState::Partial;
    emit countChanged(int(m_ids.size()), m_countState);
}

void SessionTableModel::onFetched(quint64 life, int block, QVector<SessionRow> rows)
{
    if (life != m_life->load()) return;
    m_pending.remove(block);
    const int first = block * kBlockSize;
    if (first >= m_ids.size()) return;
    // Rows listed after the block was requested (a later chunk) are fetched with the next request.
    const int last = std::min(int(m_ids.size()), first + int(rows.size())) - 1;
    m_blocks.insert(block, std::move(rows));
    evict(m_lastWanted);
    emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    emit blockLoaded(first, last);
}

void SessionTableModel::requestBlock(int block) const
{
    if (m_pending.contains(block) || m_wanted.contains(block)) return;
    m_wanted.insert(block);
    if (!m_sendTimer->isActive()) m_sendTimer->start();
}

void SessionTableModel::sendRequests()
{
    const quint64 life = m_life->load();
    // The newest wishes first: after a jump to the end the visible rows come before the ones
    // scrolled past on the way.
    QList<int> blocks = m_wanted.values();
    std::sort(blocks.begin(), blocks.end(),
        [this](int a, int b) { return std::abs(a - m_lastWanted) < std::abs(b - m_lastWanted); });
    m_wanted.clear();
    for (int block : blocks) {
        if (m_pending.contains(block) || m_blocks.contains(block)) continue;
        const int first = block * kBlockSize;
        const int count = std::min<int>(kBlockSize, int(m_ids.size()) - first);
        if (count <= 0) continue;
        m_pending.insert(block);
        QVector<qint64> ids = m_ids.mid(first, count);
        QMetaObject::invokeMethod(
            m_loader, [loader = m_loader, life, block, ids] { loader->fetch(life, block, ids); });
    }
}

void SessionTableModel::evict(int keepNear)
{
    if (m_blocks.size() <= kMaxCachedBlocks) return;
    QList<int> blocks = m_blocks.keys();
    std::sort(blocks.begin(), blocks.end(),
        [keepNear](int a, int b) { return std::abs(a - keepNear) > std::abs(b - keepNear); });
    for (int i = 0; m_blocks.size() > kMaxCachedBlocks * 3 / 4 && i < blocks.size(); ++i)
        m_blocks.remove(blocks[i]);
}

const SessionRow* SessionTableModel::loadedRow(int row) const
{
    if (row < 0 || row >= m_ids.size()) return nullptr;
    const auto it = m_blocks.constFind(row / kBlockSize);
    if (it == m_blocks.constEnd() || row % kBlockSize >= it->size()) return nullptr;
    return &(*it)[row % kBlockSize];
}

int SessionTableModel::rowOfSession(qint64 sessionId) const
{
    return int(m_ids.indexOf(sessionId));
}

void SessionTableModel::applyLabel(qint64 sessionId, const SessionLabel& label)
{
    for (auto it = m_blocks.begin(); it != m_blocks.end(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            SessionRow& row = (*it)[i];
            if (row.id != sessionId) continue;
            row.label = label;
            const int r = it.key() * kBlockSize + i;
            emit dataChanged(index(r, LabelColumn), index(r, NoteColumn));
            return;
        }
    }
}

int SessionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int SessionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    if (role == SessionIdRole) return m_ids[index.row()];
    const SessionRow* row = loadedRow(index.row());
    if (!row) {
        if (role == Qt::DisplayRole || role == LoadedRole) {
            auto* self = const_cast<SessionTableModel*>(this);
            self->m_lastWanted = index.row() / kBlockSize;
            requestBlock(index.row() / kBlockSize);
        }
        if (role == LoadedRole) return false;
        if (role == Qt::DisplayRole && index.column() == UserColumn) return tr("Loading…");
        if (role == Qt::ForegroundRole) return QColor(Qt::gray);
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, index.column());
    case SortRole:
        return sortValue(*row, index.column());
    case LoadedRole:
        return true;
    case UserIdRole:
        return row->userId;
    case LabelRole:
        return row->label.label ? QVariant(*row->label.label) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == UserColumn && !row->email.isEmpty()) return row->email;
        if (index.column() == NoteColumn) return row->label.note;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn || index.column() == EventsColumn
            || index.column() == PredictedColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == LabelColumn && row->label.label) return labelColor(*row->label.label);
        return {};
    default:
        return {};
    }
}

QVariant SessionTableModel::display(const SessionRow& row, int column) const
{
    switch (column) {
    case UserColumn:
        return row.user.isEmpty() ? tr("user %1").arg(row.userId) : row.user;
    case StartColumn:
        return formatDateTime(row.startMs);
    case DurationColumn:
        return formatDuration(row.endMs - row.startMs);
    case EventsColumn:
        return formatCount(row.events);
    case SegmentColumn:
        return row.segment;
    case LabelColumn:
        return labelName(row.label.label);
    case NoteColumn:
        return row.label.note;
    case PredictedColumn:
        return row.predicted ? formatPercent(*row.predicted, 0) : QString();
    default:
        return {};
    }
}

QVariant SessionTableModel::sortValue(const SessionRow& row, int column) const
{
    switch (column) {
    case StartColumn:
        return row.startMs;
    case DurationColumn:
        return row.endMs - row.startMs;
    case EventsColumn:
        return row.events;
    case LabelColumn:
        return row.label.label ? QVariant(*row.label.label) : QVariant();
    case PredictedColumn:
        return row.predicted ? QVariant(*row.predicted) : QVariant();
    default:
        return display(row, column);
    }
}

QString labelName(const std::optional<int>& label)
{
    if (!label) return {};
    switch (*label) {
    case 1:
        return SessionTableModel::tr("positive");
    case -1:
        return SessionTableModel::tr("negative");
    default:
        return SessionTableModel::tr("neutral");
    }
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UserColumn:
        return tr("User");
    case StartColumn:
        return tr("Start");
    case DurationColumn:
        return tr("Duration");
    case EventsColumn:
        return tr("Events");
    case SegmentColumn:
        return tr("Segment");
    case LabelColumn:
        return tr("Label");
    case NoteColumn:
        return tr("Note");
    case PredictedColumn:
        return m_hasPredictions ? tr("Predicted") : tr("Predicted (no model)");
    default:
        return {};
    }
}

void SessionTableModel::sort(int column, Qt::SortOrder order)
{
    SessionQuery query = m_query;
    switch (column) {
    case UserColumn:
        query.sort = SessionSort::User;
        break;
    case DurationColumn:
        query.sort = SessionSort::Duration;
        break;
    case EventsColumn:
        query.sort = SessionSort::Events;
        break;
    case SegmentColumn:
        query.sort = SessionSort::Segment;
        break;
    case LabelColumn:
        query.sort = SessionSort::Label;
        break;
    case StartColumn:
        query.sort = SessionSort::Start;
        break;
    default:
        return; // notes and predictions are not sortable
    }
    query.descending = order == Qt::DescendingOrder;
    if (query.sort == m_query.sort && query.descending == m_query.descending
        && m_countState != CountState::Unknown)
        return;
    setQuery(query);
}

} // namespace waymark::ui
