#pragma once

#include "process_data.h"

#include <QAbstractTableModel>
#include <memory>

namespace waymark::ui {

// The variants of the current filter, most frequent first. Custom roles carry raw values so
// views and proxies never parse display text.
class VariantsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RankColumn, EventsColumn, CountColumn, ShareColumn, CoverageColumn, ColumnCount };
    enum Role {
        RankRole = Qt::UserRole + 100,
        EventsTextRole, // "A → B → C"
        CountRole, // cases (qint64)
        ShareRole, // 0..1
        CoverageRole, // 0..1, this and every variant ranked before it
        TypeIdsRole, // QList<qint64> of event_types.id in case order
    };

    explicit VariantsModel(QObject* parent = nullptr);

    void setData(std::shared_ptr<const ProcessVariantsData> data);
    void clear();
    const ProcessVariantsData* variants() const { return m_data.get(); }
    const VariantRow* row(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString eventsText(const VariantRow& row);
    static QString compactText(const VariantRow& row);

private:
    std::shared_ptr<const ProcessVariantsData> m_data;
};

} // namespace waymark::ui
