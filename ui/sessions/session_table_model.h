#pragma once

#include "session_row.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <atomic>
#include <memory>

class QThread;
class QTimer;

namespace waymark::ui {

class SessionLoader;

// The session list over SQLite, loaded lazily in windows (sqlitebrowser's RowLoader pattern with a
// worker object): ids come first, in display order and in chunks, so the row count is known in
// stages; rows are fetched in blocks around what the view asks for, and data() answers a
// placeholder until its block arrives. Changing the query bumps a life counter so answers to
// earlier queries are dropped on arrival and a listing in progress stops.
class SessionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        UserColumn,
        StartColumn,
        DurationColumn,
        EventsColumn,
        SegmentColumn,
        LabelColumn,
        NoteColumn,
        PredictedColumn,
        ColumnCount
    };
    enum Role {
        SessionIdRole = Qt::UserRole + 1,
        UserIdRole,
        SortRole, // the raw number or text of the cell
        LabelRole, // int -1/0/1 or invalid
        LoadedRole, // false while the row is a placeholder
    };
    enum class CountState { Unknown, Partial, Complete };
    static constexpr int kBlockSize = 200;
    static constexpr int kMaxCachedBlocks = 256;

    explicit SessionTableModel(const QString& projectPath, QObject* parent = nullptr);
    ~SessionTableModel() override;

    void setQuery(const SessionQuery& query);
    const SessionQuery& query() const { return m_query; }
    CountState countState() const { return m_countState; }
    bool hasPredictions() const { return m_hasPredictions; }

    qint64 sessionId(int row) const { return row >= 0 && row < m_ids.size() ? m_ids[row] : 0; }
    const SessionRow* loadedRow(int row) const;
    int rowOfSession(qint64 sessionId) const;
    // Applies a tag change to the cached row (the label store persists it).
    void applyLabel(qint64 sessionId, const SessionLabel& label);
    int cachedRowCount() const { return static_cast<int>(m_blocks.size()) * kBlockSize; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    void countChanged(int rows, waymark::ui::SessionTableModel::CountState state);
    void blockLoaded(int firstRow, int lastRow);
    void loadFailed(const QString& message);

private:
    void onListed(quint64 life, QVector<qint64> ids, bool complete);
    void onFetched(quint64 life, int block, QVector<SessionRow> rows);
    void requestBlock(int block) const;
    void sendRequests();
    void evict(int keepNear);
    QVariant display(const SessionRow& row, int column) const;
    QVariant sortValue(const SessionRow& row, int column) const;

    QString m_path;
    SessionQuery m_query;
    std::shared_ptr<std::atomic<quint64>> m_life;
    std::unique_ptr<QThread> m_thread;
    SessionLoader* m_loader = nullptr; // lives on m_thread
    QVector<qint64> m_ids;
    QHash<int, QVector<SessionRow>> m_blocks;
    mutable QSet<int> m_wanted; // blocks data() asked for since the last send
    QSet<int> m_pending; // blocks requested from the loader
    QTimer* m_sendTimer;
    CountState m_countState = CountState::Unknown;
    bool m_hasPredictions = false;
    int m_lastWanted = 0;
};

} // namespace waymark::ui
