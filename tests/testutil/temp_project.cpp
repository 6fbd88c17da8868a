#include "temp_project.h"

#include <fstream>

namespace waymark::test {

TempProject::TempProject()
    : m_path(m_dir.filePath(QStringLiteral("test.waymark")).toStdString())
{
}

store::Project& TempProject::open()
{
    m_project.reset();
    m_project = store::Project::open(m_path);
    return *m_project;
}

import::ImportReport TempProject::import(const std::string& file, const import::ImportOptions& options){
    if (!m_project) open();
return import::importFile(*m_project, file, options);
} // namespace waymark::test

std::string TempProject::writeFile(const std::string& name, const std::string& text) const
{
    const std::string path = m_dir.filePath(QString::fromStdString(name)).toStdString();
    std::ofstream out(path, std::ios::binary);
    out << text;
    return path;
}

int64_t TempProject::count(const std::string& sql)
{
    if (!m_project) open();
    return m_project->db().queryInt(sql);
}

} // namespace waymark::test
