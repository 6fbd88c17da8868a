#pragma once

#include <QWizardPage>

class QLabel;
class QTableView;

namespace waymark::ui {

class ImportWizard;
class RecordTableModel;

// Step 4: what each file gave, and the rejected rows with line and reason, exportable as CSV.
class ImportSummaryPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportSummaryPage(ImportWizard& wizard);
    void initializePage() override;

    RecordTableModel* rejectsModel() const { return m_rejects; }
    QString summaryText() const;
    // Writes the rejected rows as CSV (file, line, reason). Returns false with a message on failure.
    bool exportRejects(const QString& path, QString* error = nullptr) const;

private:
    void exportClicked();
    ImportWizard& m_wizard;
    QLabel* m_summary;
    RecordTableModel* m_rejects;
    QTableView* m_view;
};

} // namespace waymark::ui
