#include "import_wizard.h"

#include "import_files_page.h"
#include "import_mapping_page.h"
#include "import_run_page.h"
#include "import_summary_page.h"
#include "ui/settings/settings.h"

#include <QFileInfo>

namespace waymark::ui {

ImportWizard::ImportWizard(ProjectContext& context, QWidget* parent)
    : QWizard(parent)
    , m_context(context)
{
    setWindowTitle(tr("Import Data"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(980, 680);
    timezone = Settings::instance().importTimezone();
    sessionGapMinutes = Settings::instance().sessionGapMinutes();
    m_filesPage = new ImportFilesPage(*this);
    m_mappingPage = new ImportMappingPage(*this);
    m_runPage = new ImportRunPage(*this);
    m_summaryPage = new ImportSummaryPage(*this);
    setPage(FilesPageId, m_filesPage);
    setPage(MappingPageId, m_mappingPage);
    setPage(RunPageId, m_runPage);
    setPage(SummaryPageId, m_summaryPage);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::addFiles(const QStringList& files)
{
    bool changed = false;
    for (const QString& f : files) {
        const QString path = QFileInfo(f).absoluteFilePath();
        if (m_files.contains(path)) continue;
        m_files << path;
        changed = true;
    }
    if (!files.isEmpty())
        Settings::instance().setLastImportDirectory(QFileInfo(files.first()).absolutePath());
    if (changed) emit filesChanged();
}

void ImportWizard::removeFile(const QString& file)
{
    if (m_files.removeAll(file)) {
        m_choices.remove(file);
        emit filesChanged();
    }
}

std::vector<ImportFilePlan> ImportWizard::plan() const
{
    std::vector<ImportFilePlan> plan;
    for (const QString& f : m_files) {
        const FileChoice c = m_choices.value(f);
        plan.push_back({ f, c.format, c.columnMap, c.estimatedRows, QFileInfo(f).size() });
    }
    return plan;
}

void ImportWizard::reject()
{
    // Closing while the import runs cancels it; the wizard closes once the project is rolled back.
    if (m_runPage->isRunning()) {
        m_runPage->cancel();
        return;
    }
    QWizard::reject();
}

} // namespace waymark::ui
