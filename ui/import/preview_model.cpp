#include "preview_model.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace waymark::ui {

PreviewModel::PreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PreviewModel::setPreview(const ImportPreview& preview)
{
    beginResetModel();
    m_preview = preview;
    endResetModel();
}

int PreviewModel::fieldOfColumn(int column) const
{
    for (int f = 0; f < int(ingest::EventField::Count); ++f)
        if (m_preview.roles.index[size_t(f)] == column) return f;
    return -1;
}

int PreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int PreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_preview.columns.size());
}

QVariant PreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const QStringList& row = m_preview.rows[index.row()];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) return row.value(index.column());
    if (role == Qt::FontRole && fieldOfColumn(index.column()) >= 0) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QString PreviewModel::fieldLabel(ingest::EventField field)
{
    switch (field) {
    case ingest::EventField::User:
        return tr("user");
    case ingest::EventField::Anonymous:
        return tr("device");
    case ingest::EventField::Event:
        return tr("event");
    case ingest::EventField::Time:
        return tr("time");
    case ingest::EventField::Session:
        return tr("session");
    case ingest::EventField::InsertId:
        return tr("dedup id");
    default:
        return {};
    }
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole) return section + 1;
        return {};
    }
    if (section < 0 || section >= m_preview.columns.size()) return {};
    const int field = fieldOfColumn(section);
    switch (role) {
    case Qt::DisplayRole:
        return field < 0 ? m_preview.columns[section]
                         : QStringLiteral("%1\n[%2]")
                               .arg(m_preview.columns[section], fieldLabel(ingest::EventField(field)));
    case FieldRole:
        return field;
    case Qt::ToolTipRole:
        return field < 0 ? tr("Kept as an event property")
                         : tr("Used as the %1 column").arg(fieldLabel(ingest::EventField(field)));
    default:
        return {};
    }
}

} // namespace waymark::ui
