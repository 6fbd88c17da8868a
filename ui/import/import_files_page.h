#pragma once

#include <QWizardPage>

class QListWidget;

namespace waymark::ui {

class ImportWizard;

// Step 1: the files to import, added with a file dialog or dropped onto the window.
class ImportFilesPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportFilesPage(ImportWizard& wizard);
    bool isComplete() const override;
    QListWidget* list() const { return m_list; }

private:
    void browse();
    void refresh();
    ImportWizard& m_wizard;
    QListWidget* m_list;
};

} // namespace waymark::ui
