#pragma once

#include "import_preview.h"

#include <QAbstractTableModel>

namespace waymark::ui {

// The preview rows of a file; columns that play a role (user, event, time, …) carry it in the header.
class PreviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { FieldRole = Qt::UserRole + 1 }; // header: the ingest::EventField index, or -1
    explicit PreviewModel(QObject* parent = nullptr);

    void setPreview(const ImportPreview& preview);
    const ImportPreview& preview() const { return m_preview; }
    int fieldOfColumn(int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString fieldLabel(ingest::EventField field);

private:
    ImportPreview m_preview;
};

} // namespace waymark::ui
