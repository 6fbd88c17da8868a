#include "import_run_page.h"

#include "core/jobs/job_runner.h"
#include "import_wizard.h"
#include "ui/common/format.h"
#include "ui/shell/project_context.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace waymark::ui {

namespace {
const QString kImportJob = QStringLiteral("import:run");
}

ImportRunPage::ImportRunPage(ImportWizard& wizard)
    : m_wizard(wizard)
    , m_bar(new QProgressBar(this))
    , m_rate(new QLabel(this))
    , m_state(new QLabel(this))
    , m_cancel(new QPushButton(tr("&Cancel Import"), this))
{
    setTitle(tr("Importing"));
    setSubTitle(tr("The import runs in the background; you can keep working in the main window. "
                   "Cancelling leaves the project as it was before the file in progress."));
    m_bar->setRange(0, 1000); // a smooth bar even for large files
    m_bar->setAccessibleName(tr("Import progress"));
    m_bar->setTextVisible(true);
    m_rate->setAccessibleName(tr("Import speed"));
    m_cancel->setToolTip(tr("Stop the import and roll back the file in progress (Esc)"));
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_state);
    layout->addWidget(m_bar);
    layout->addWidget(m_rate);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::cancel);
    connect(&m_wizard.context().jobs(), &jobs::JobRunner::jobSettled, this,
        [this](const QString& view, jobs::JobId id, bool delivered) {
            if (view == kImportJob && id == m_job) settled(delivered);
        });
}

void ImportRunPage::initializePage()
{
    m_wizard.button(QWizard::BackButton)->setEnabled(false);
    QTimer::singleShot(0, this, &ImportRunPage::start);
}

void ImportRunPage::start()
{
    const auto plan = m_wizard.plan();
    double rows = 0;
    for (const auto& f : plan)
        rows += f.estimatedRows;
    m_meter = ImportProgressMeter(rows);
    m_result.reset();
    m_cancelled = false;
    m_running = true;
    m_cancel->setEnabled(true);
    m_bar->setRange(0, 1000);
    m_bar->setValue(0);
    m_state->setText(
        tr("Importing %n file(s) into %1…", nullptr, int(plan.size())).arg(m_wizard.context().displayName()));
    m_rate->setText(tr("Starting…"));
    m_clock.start();
    const std::string project = m_wizard.context().path().toStdString();
    const std::string zone = m_wizard.timezone.toStdString();
    const int64_t gap = int64_t(m_wizard.sessionGapMinutes) * 60 * 1000;
    m_job = m_wizard.context().jobs().submit<ImportBatchResult>(kImportJob,
        [project, plan, zone, gap](const jobs::CancelToken& cancel, jobs::ProgressSink& progress) {
            return runImportBatch(project, plan, zone, gap, cancel, progress);
        },
        { .result = [this](std::shared_ptr<const ImportBatchResult> r) { m_result = std::move(r); },
            .progress = [this](double f) { progress(f); },
            .error = [this](const QString& e) { m_state->setText(tr("The import failed: %1").arg(e)); } });
    emit completeChanged();
}

void ImportRunPage::progress(double fraction)
{
    if (fraction >= 0.999 && !m_cancelled) {
        // Every row is read; identities, duplicates and sessions are settled before the commit,
        // which takes seconds for millions of rows. A busy bar says the work goes on.
        m_bar->setRange(0, 0);
        m_state->setText(tr("All rows read. Settling identities, duplicates and sessions…"));
        m_rate->clear();
        return;
    }
    m_bar->setValue(int(fraction * 1000));
    m_meter.update(fraction, m_clock.elapsed());
    if (m_meter.remainingMs() < 0) return;
    m_rate->setText(
        tr("≈ %1 rows/s · about %2 left")
            .arg(formatCount(qint64(m_meter.rowsPerSecond())), formatDuration(m_meter.remainingMs())));
}

void ImportRunPage::cancel()
{
    if (!m_running) return;
    m_cancelled = true;
    m_cancel->setEnabled(false);
    m_state->setText(tr("Cancelling… the file in progress is being rolled back."));
    m_wizard.context().jobs().cancel(kImportJob);
}

void ImportRunPage::settled(bool delivered)
{
    m_running = false;
    m_bar->setRange(0, 1000);
    m_cancel->setEnabled(false);
    if (m_cancelled || !delivered) {
        m_state->setText(tr("Import cancelled. The project is unchanged by the file that was in progress."));
        m_rate->clear();
        // Files finished before the cancel were committed.
        m_wizard.context().notifyDataChanged();
    } else if (m_result) {
        m_bar->setValue(1000);
        m_wizard.context().notifyDataChanged();
    }
    emit completeChanged();
    emit finished();
    if (m_result && !m_cancelled) m_wizard.next();
}

bool ImportRunPage::isComplete() const
{
    return !m_running && m_result != nullptr;
}

} // namespace waymark::ui
