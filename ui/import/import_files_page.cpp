#include "import_files_page.h"

#include "import_wizard.h"
#include "ui/common/format.h"
#include "ui/settings/settings.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace waymark::ui {

ImportFilesPage::ImportFilesPage(ImportWizard& wizard)
    : m_wizard(wizard)
    , m_list(new QListWidget(this))
{
    setTitle(tr("Choose files"));
    setSubTitle(tr(
        "Event exports (CSV, JSON, Mixpanel, Amplitude, Segment, PostHog, GA4, Heap, XES), support tickets, "
        "feedback, CRM accounts or release notes. .gz and .zip files are read directly."));
    m_list->setAccessibleName(tr("Files to import"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto* add = new QPushButton(tr("&Add Files…"), this);
    add->setToolTip(tr("Choose export files to import"));
    auto* remove = new QPushButton(tr("&Remove"), this);
    remove->setToolTip(tr("Remove the selected files from the list"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &ImportFilesPage::browse);
    connect(remove, &QPushButton::clicked, this, [this] {
        for (QListWidgetItem* item : m_list->selectedItems())
            m_wizard.removeFile(item->data(Qt::UserRole).toString());
    });
    connect(&m_wizard, &ImportWizard::filesChanged, this, &ImportFilesPage::refresh);
    refresh();
}

void ImportFilesPage::browse()
{
    const QStringList files
        = QFileDialog::getOpenFileNames(this, tr("Import Files"), Settings::instance().lastImportDirectory(),
            tr("Exports (*.csv *.tsv *.txt *.json *.jsonl *.ndjson *.xes *.gz *.zip);;All files (*)"));
    m_wizard.addFiles(files);
}

void ImportFilesPage::refresh()
{
    m_list->clear();
    for (const QString& f : m_wizard.files()) {
        const QFileInfo info(f);
        auto* item = new QListWidgetItem(
            tr("%1  (%2 KB)").arg(info.fileName(), formatCount((info.size() + 1023) / 1024)), m_list);
        item->setData(Qt::UserRole, f);
        item->setToolTip(f);
    }
    emit completeChanged();
}

bool ImportFilesPage::isComplete() const
{
    return !m_wizard.files().isEmpty();
}

} // namespace waymark::ui
