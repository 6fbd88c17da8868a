#include "json_out.h"

#include <QFile>
#include <QJsonDocument>
#include <cstdio>

namespace waymark::cli {

void printJson(const QJsonObject& object)
{
    const QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Indented);
    std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stdout);
    std::fflush(stdout);
}

int fail(const QString& message, int status)
{
    std::fprintf(stderr, "waymark-cli: %s\n", message.toLocal8Bit().constData());
    return status;
}

QString fromStd(const std::string& s)
{
    return QString::fromStdString(s);
}

const QCommandLineOption& jsonOption()
{
    static const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    return json;
}

void removeProjectFiles(const QString& path)
{
    for (const char* suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace waymark::cli
