#pragma once

#include <QStyledItemDelegate>

namespace waymark::ui {

// Draws RecordTableModel::FractionRole as a bar behind the cell text.
class ShareBarDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(
        QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace waymark::ui
