#pragma once

#include "core/import/importer.h"
#include "core/store/project.h"

#include <QTemporaryDir>
#include <memory>
#include <string>

namespace waymark::test {

// A project file in a fresh temporary directory, removed with the object.
class TempProject {
public:
    TempProject();
    const std::string& path() const { return m_path; }
    std::string dir() const { return m_dir.path().toStdString(); }
    // (Re)opens the project; the previous handle is closed first.
    store::Project& open();
    void close() { m_project.reset(); }
    import::ImportReport import(const std::string& file, const import::ImportOptions& options = {});
    // Writes `text` to a file in the temporary directory and returns its path.
    std::string writeFile(const std::string& name, const std::string& text) const;
    int64_t count(const std::string& sql); // first column of the first row

private:
    QTemporaryDir m_dir;
    std::string m_path;
    std::unique_ptr<store::Project> m_project;
};

} // namespace waymark::test
