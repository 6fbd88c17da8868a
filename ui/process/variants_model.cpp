#include "variants_model.h"

#include "ui/common/format.h"
#include "ui/common/record_table_model.h"

namespace waymark::ui {

VariantsModel::VariantsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void VariantsModel::setData(std::shared_ptr<const ProcessVariantsData> data)
{
    beginResetModel();
    m_data = std::move(data);
    endResetModel();
}

void VariantsModel::clear()
{
    setData(nullptr);
}

const VariantRow* VariantsModel::row(int row) const
{
    if (!m_data || row < 0 || row >= rowCount()) return nullptr;
    return &m_data->rows[static_cast<size_t>(row)];
}

int VariantsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_data ? 0 : static_cast<int>(m_data->rows.size());
}

int VariantsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString VariantsModel::eventsText(const VariantRow& row)
{
    return row.names.join(QStringLiteral(" \u2192 "));
}

// Display only: runs of one event read as "Page Viewed ×3", which keeps long user histories apart.
QString VariantsModel::compactText(const VariantRow& row)
{
    QStringList parts;
    for (qsizetype i = 0; i < row.names.size();) {
        qsizetype j = i;
        while (j < row.names.size() && row.names[j] == row.names[i])
            ++j;
        parts.push_back(j - i > 1 ? tr("%1 \u00d7%2").arg(row.names[i]).arg(j - i) : row.names[i]);
        i = j;
    }
    return parts.join(QStringLiteral(" \u2192 "));
}

QVariant VariantsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const VariantRow& v = m_data->rows[static_cast<size_t>(index.row())];
    switch (role) {
    case RankRole:
        return qint64(v.rank);
    case EventsTextRole:
        return eventsText(v);
    case CountRole:
        return qint64(v.count);
    case ShareRole:
        return v.share;
    case CoverageRole:
        return v.coverage;
    case TypeIdsRole:
        return QVariant::fromValue(QList<qint64>(v.typeIds.begin(), v.typeIds.end()));
    case RecordTableModel::FractionRole:
        if (index.column() == ShareColumn) return v.share;
        if (index.column() == CoverageColumn) return v.coverage;
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == EventsColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                              : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == EventsColumn)
            return tr("%1\n%n event(s)", nullptr, static_cast<int>(v.names.size())).arg(eventsText(v));
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case RankColumn:
            return QLocale().toString(qint64(v.rank));
        case EventsColumn:
            return compactText(v);
        case CountColumn:
            return formatCount(v.count);
        case ShareColumn:
            return formatPercent(v.share);
        case CoverageColumn:
            return formatPercent(v.coverage);
        }
        return {};
    }
    return {};
}

QVariant VariantsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn:
        return tr("#");
    case EventsColumn:
        return tr("Variant");
    case CountColumn:
        return tr("Cases");
    case ShareColumn:
        return tr("Share");
    case CoverageColumn:
        return tr("Coverage");
    }
    return {};
}

QHash<int, QByteArray> VariantsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RankRole, "rank");
    names.insert(EventsTextRole, "events");
    names.insert(CountRole, "count");
    names.insert(ShareRole, "share");
    names.insert(CoverageRole, "coverage");
    names.insert(TypeIdsRole, "typeIds");
    return names;
}

} // namespace waymark::ui
