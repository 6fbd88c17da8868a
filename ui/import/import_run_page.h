#pragma once

#include "import_job.h"

#include <QElapsedTimer>
#include <QWizardPage>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace waymark::ui {

class ImportWizard;

// Step 3: the import runs as a job while this page shows progress, rows per second and time left.
// Cancel stops it; the file in progress is rolled back.
class ImportRunPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportRunPage(ImportWizard& wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    void cancel();
    std::shared_ptr<const ImportBatchResult> result() const { return m_result; }
    QProgressBar* progressBar() const { return m_bar; }
    QPushButton* cancelButton() const { return m_cancel; }

signals:
    void finished();

private:
    void start();
    void progress(double fraction);
    void settled(bool delivered);

    ImportWizard& m_wizard;
    QProgressBar* m_bar;
    QLabel* m_rate;
    QLabel* m_state;
    QPushButton* m_cancel;
    ImportProgressMeter m_meter;
    QElapsedTimer m_clock;
    quint64 m_job = 0;
    bool m_running = false;
    bool m_cancelled = false;
    std::shared_ptr<const ImportBatchResult> m_result;
};

} // namespace waymark::ui
