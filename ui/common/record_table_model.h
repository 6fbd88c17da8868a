#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

namespace waymark::ui {

// A read-only table of small, already computed results (top events, sources, rejected rows,
// a session's events). Each cell carries its display text and the raw value sorting uses.
class RecordTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        SortRole = Qt::UserRole + 1, // raw number or text: proxies sort on this, never on display text
        FractionRole, // 0..1 for cells drawn as a bar
        KeyRole, // an id the row stands for (event type, session, source)
    };
    struct Cell {
        QString text;
        QVariant sort; // empty: sorts by text
        QString toolTip;
        bool number = false; // right-aligned
        double fraction = -1; // >= 0: drawn as a share bar
        QVariant key;
    };
    using Row = QVector<Cell>;

    explicit RecordTableModel(QObject* parent = nullptr);

    void setHeaders(const QStringList& headers);
    void setRows(QVector<Row> rows);
    void clear() { setRows({}); }
    const Row& row(int index) const { return m_rows.at(index); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static Cell text(const QString& text, const QString& toolTip = {});
    static Cell number(qint64 value);
    static Cell number(const QString& text, double sortValue);

private:
    QStringList m_headers;
    QVector<Row> m_rows;
};

} // namespace waymark::ui
