#pragma once

#include "core/analysis/funnel.h"

#include <QAbstractTableModel>
#include <memory>

namespace waymark::ui {

// The funnel's numbers per step: the whole funnel first, then each breakdown group. Display text
// follows the locale; SortRole and the CSV carry the raw numbers.
class FunnelTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        GroupColumn,
        StepColumn,
        CountColumn,
        FromPreviousColumn,
        FromFirstColumn,
        DropOffColumn,
        Ci95Column,
        MedianColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw number (or text) behind the cell
        StepRole, // 1-based step of the row
        GroupRole, // index into FunnelResult::breakdown, -1 for the whole funnel
    };

    explicit FunnelTableModel(QObject* parent = nullptr);

    void setResult(std::shared_ptr<const analysis::FunnelResult> result);
    const analysis::FunnelResult* result() const { return m_result.get(); }
    bool hasBreakdown() const { return m_result && !m_result->breakdown.empty(); }
    // Machine-readable: fractions as decimals, times in seconds, empty for undefined numbers.
    QString toCsv() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        int group = -1;
        int step = 1;
        const analysis::FunnelStepResult* values = nullptr;
    };
    QString groupName(int group) const;
    QVariant display(const Row& row, int column) const;
    QVariant sortValue(const Row& row, int column) const;

    std::shared_ptr<const analysis::FunnelResult> m_result;
    QVector<Row> m_rows;
};

} // namespace waymark::ui
