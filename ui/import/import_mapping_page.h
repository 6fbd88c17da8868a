#pragma once

#include "import_preview.h"

#include <QWizardPage>
#include <array>
#include <memory>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableView;

namespace waymark::ui {

class BusyIndicator;
class ImportWizard;
class PreviewModel;

// Step 2: for each file the detected format, the first 50 rows, and the columns used as user,
// device, event, time and session (editable), plus the time zone and the session gap.
class ImportMappingPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard& wizard);
    ~ImportMappingPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    PreviewModel* previewModel() const { return m_model; }
    QComboBox* fileCombo() const { return m_file; }
    QComboBox* formatCombo() const { return m_format; }
    QComboBox* fieldCombo(ingest::EventField field) const { return m_fields[size_t(field)]; }
    bool isLoading() const;

private:
    static constexpr size_t kEditableFields = 5; // user, device, event, time, session
    void fileChosen();
    void formatChosen();
    void fieldChosen(ingest::EventField field);
    void loadPreview();
    void showPreview(const ImportPreview& preview);

    ImportWizard& m_wizard;
    PreviewModel* m_model;
    QComboBox* m_file;
    QComboBox* m_format;
    QTableView* m_table;
    std::array<QComboBox*, kEditableFields> m_fields {};
    QLabel* m_status;
    QComboBox* m_timezone;
    QSpinBox* m_gap;
    BusyIndicator* m_busy;
    bool m_updating = false;
    bool m_loaded = false;
};

} // namespace waymark::ui
