#include "funnel_table_model.h"

#include "ui/common/format.h"

namespace waymark::ui {

namespace {
QString csvField(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return text;
}

QString csvNumber(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'g', 10) : QString();
}
} // namespace

FunnelTableModel::FunnelTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void FunnelTableModel::setResult(std::shared_ptr<const analysis::FunnelResult> result)
{
    beginResetModel();
    m_result = std::move(result);
    m_rows.clear();
    if (m_result) {
        for (size_t k = 0; k < m_result->steps.size(); ++k)
            m_rows.push_back({ -1, int(k) + 1, &m_result->steps[k] });
        for (size_t g = 0; g < m_result->breakdown.size(); ++g)
            for (size_t k = 0; k < m_result->breakdown[g].steps.size(); ++k)
                m_rows.push_back({ int(g), int(k) + 1, &m_result->breakdown[g].steps[k] });
    }
    endResetModel();
}

int FunnelTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FunnelTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FunnelTableModel::groupName(int group) const
{
    if (group < 0) return tr("All");
    const auto& g = m_result->breakdown[size_t(group)];
    return g.missing ? tr("(none)") : fromStd(g.value);
}

QVariant FunnelTableModel::display(const Row& row, int column) const
{
    const analysis::FunnelStepResult& s = *row.values;
    const QString dash = QStringLiteral("–");
    switch (column) {
    case GroupColumn:
        return groupName(row.group);
    case StepColumn:
        return tr("%1. %2").arg(row.step).arg(fromStd(s.label));
    case CountColumn:
        return formatCount(s.count);
    case FromPreviousColumn:
        return s.conversionFromPrevious ? formatPercent(*s.conversionFromPrevious) : dash;
    case FromFirstColumn:
        return s.conversionFromFirst ? formatPercent(*s.conversionFromFirst) : dash;
    case DropOffColumn:
        if (row.step == 1) return dash;
        return s.conversionFromPrevious
            ? tr("%1 (%2)").arg(formatCount(s.dropOff), formatPercent(1.0 - *s.conversionFromPrevious))
            : formatCount(s.dropOff);
    case Ci95Column:
        return s.ci95 ? tr("%1 – %2").arg(formatPercent(s.ci95->low), formatPercent(s.ci95->high)) : dash;
    case MedianColumn:
        return s.timeFromPrevious ? formatDuration(qint64(s.timeFromPrevious->medianSeconds * 1000.0)) : dash;
    }
    return {};
}

QVariant FunnelTableModel::sortValue(const Row& row, int column) const
{
    const analysis::FunnelStepResult& s = *row.values;
    auto optional = [](const std::optional<double>& v) { return v ? QVariant(*v) : QVariant(); };
    switch (column) {
    case GroupColumn:
        return groupName(row.group);
    case StepColumn:
        return row.step;
    case CountColumn:
        return qint64(s.count);
    case FromPreviousColumn:
        return optional(s.conversionFromPrevious);
    case FromFirstColumn:
        return optional(s.conversionFromFirst);
    case DropOffColumn:
        return qint64(s.dropOff);
    case Ci95Column:
        return s.ci95 ? QVariant(s.ci95->low) : QVariant();
    case MedianColumn:
        return s.timeFromPrevious ? QVariant(s.timeFromPrevious->medianSeconds) : QVariant();
    }
    return {};
}

QVariant FunnelTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount) return {};
    const Row& row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case StepRole:
        return row.step;
    case GroupRole:
        return row.group;
    case Qt::TextAlignmentRole:
        return int(index.column() >= CountColumn ? Qt::AlignRight | Qt::AlignVCenter
                                                 : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == CountColumn) return tr("Double-click to list the users who reached this step");
        if (index.column() == DropOffColumn && row.step > 1)
            return tr("Double-click to list the users who dropped off before this step");
        return {};
    }
    return {};
}

QVariant FunnelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case GroupColumn:
        return tr("Group");
    case StepColumn:
        return tr("Step");
    case CountColumn:
        return tr("Count");
    case FromPreviousColumn:
        return tr("From previous");
    case FromFirstColumn:
        return tr("From first");
    case DropOffColumn:
        return tr("Drop-off");
    case Ci95Column:
        return tr("95% CI (from first)");
    case MedianColumn:
        return tr("Median time");
    }
    return {};
}

QString FunnelTableModel::toCsv() const
{
    QString csv
        = QStringLiteral("group,step,name,count,conversion_from_previous,conversion_from_first,drop_off,"
                         "ci95_low,ci95_high,median_seconds_from_previous\n");
    for (const Row& row : m_rows) {
        const auto& s = *row.values;
        const QStringList fields { csvField(row.group < 0 ? QString() : groupName(row.group)),
            QString::number(row.step), csvField(fromStd(s.label)), QString::number(s.count),
            csvNumber(s.conversionFromPrevious), csvNumber(s.conversionFromFirst), QString::number(s.dropOff),
            s.ci95 ? QString::number(s.ci95->low, 'g', 10) : QString(),
            s.ci95 ? QString::number(s.ci95->high, 'g', 10) : QString(),
            s.timeFromPrevious ? QString::number(s.timeFromPrevious->medianSeconds, 'g', 10) : QString() };
        csv += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return csv;
}

} // namespace waymark::ui
