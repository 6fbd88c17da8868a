#include "share_bar_delegate.h"

#include "record_table_model.h"

#include <QPainter>

namespace waymark::ui {

void ShareBarDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QVariant fraction = index.data(RecordTableModel::FractionRole);
    if (fraction.isValid()) {
        QRectF bar = QRectF(option.rect).adjusted(2, 4, -2, -4);
        bar.setWidth(bar.width() * qBound(0.0, fraction.toDouble(), 1.0));
        QColor color = option.palette.color(QPalette::Highlight);
        color.setAlphaF(0.28f);
        painter->fillRect(bar, color);
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace waymark::ui
