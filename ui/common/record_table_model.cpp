#include "record_table_model.h"

#include "format.h"

namespace waymark::ui {

RecordTableModel::RecordTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RecordTableModel::setHeaders(const QStringList& headers)
{
    beginResetModel();
    m_headers = headers;
    for (Row& row : m_rows)
        row.resize(headers.size());
    endResetModel();
}

void RecordTableModel::setRows(QVector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    for (Row& row : m_rows)
        row.resize(m_headers.size());
    endResetModel();
}

int RecordTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_headers.size());
}

QVariant RecordTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Cell& cell = m_rows[index.row()][index.column()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return cell.text;
    case Qt::ToolTipRole:
        return cell.toolTip.isEmpty() ? QVariant() : QVariant(cell.toolTip);
    case Qt::TextAlignmentRole:
        return cell.number ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                           : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        return cell.sort.isValid() ? cell.sort : QVariant(cell.text);
    case FractionRole:
        return cell.fraction >= 0 ? QVariant(cell.fraction) : QVariant();
    case KeyRole:
        return cell.key.isValid() ? cell.key : m_rows[index.row()].first().key;
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
        && section < m_headers.size())
        return m_headers[section];
    return QAbstractTableModel::headerData(section, orientation, role);
}

RecordTableModel::Cell RecordTableModel::text(const QString& text, const QString& toolTip)
{
    Cell cell;
    cell.text = text;
    cell.toolTip = toolTip;
    return cell;
}

RecordTableModel::Cell RecordTableModel::number(qint64 value)
{
    Cell cell;
    cell.text = formatCount(value);
    cell.sort = value;
    cell.number = true;
    return cell;
}

RecordTableModel::Cell RecordTableModel::number(const QString& text, double sortValue)
{
    Cell cell;
    cell.text = text;
    cell.sort = sortValue;
    cell.number = true;
    return cell;
}

} // namespace waymark::ui
