#pragma once

#include "import_job.h"

#include <QHash>
#include <QWizard>
#include <memory>

namespace waymark::ui {

class ProjectContext;
class ImportFilesPage;
class ImportMappingPage;
class ImportRunPage;
class ImportSummaryPage;

// Files → preview and mapping → background import with progress and Cancel → summary with the
// rejected rows. The wizard holds the choices; each page shows and edits a part of them.
class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FilesPageId, MappingPageId, RunPageId, SummaryPageId };

    ImportWizard(ProjectContext& context, QWidget* parent = nullptr);
    ~ImportWizard() override;

    ProjectContext& context() const { return m_context; }
    void addFiles(const QStringList& files);
    QStringList files() const { return m_files; }
    void removeFile(const QString& file);

    // Per-file choices, made on the mapping page.
    struct FileChoice {
        ingest::Format format = ingest::Format::Auto;
        std::map<std::string, std::string> columnMap;
        double estimatedRows = 0;
    };
    FileChoice& choice(const QString& file) { return m_choices[file]; }
    QString timezone;
    int sessionGapMinutes = 30;

    std::vector<ImportFilePlan> plan() const;
    ImportFilesPage* filesPage() const { return m_filesPage; }
    ImportMappingPage* mappingPage() const { return m_mappingPage; }
    ImportRunPage* runPage() const { return m_runPage; }
    ImportSummaryPage* summaryPage() const { return m_summaryPage; }

signals:
    void filesChanged();

protected:
    void reject() override;

private:
    ProjectContext& m_context;
    QStringList m_files;
    QHash<QString, FileChoice> m_choices;
    ImportFilesPage* m_filesPage;
    ImportMappingPage* m_mappingPage;
    ImportRunPage* m_runPage;
    ImportSummaryPage* m_summaryPage;
};

} // namespace waymark::ui
