#include "cli_run.h"

#include <QJsonDocument>
#include <QProcess>
#include <algorithm>

namespace waymark::test {

CliRun runCli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(WAYMARK_CLI), args);
    CliRun r;
    if (!p.waitForFinished(60000)) return r;
    r.status = p.exitCode();
    r.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    const auto doc = QJsonDocument::fromJson(p.readAllStandardOutput());
    if (doc.isObject()) r.json = doc.object();
    return r;
}

QString cliFixture(const char* name)
{
    return QStringLiteral(WAYMARK_TEST_DATA "/cli/") + QLatin1String(name);
}

QString jsonKeys(const QJsonObject& object)
{
    QStringList k = object.keys();
    std::sort(k.begin(), k.end());
    return k.join(QLatin1Char(','));
}

} // namespace waymark::test
