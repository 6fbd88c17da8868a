#include "json_out.h"

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

} // namespace waymark::cli
