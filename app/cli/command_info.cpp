#include "commands.h"
#include "core/store/project.h"
#include "core/util/timestamp.h"
#include "json_out.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <cstdio>

namespace waymark::cli {

int runInfo(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Summarises a project: events, users, sessions, sources."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("Project file (*.waymark)"));
    parser.addOption({ QStringLiteral("json"), QStringLiteral("Print one JSON object.") });
    parser.process(args);
    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("info needs exactly one PROJECT (see --help)"), 2);
    const QString path = parser.positionalArguments().front();
    if (!QFileInfo::exists(path)) return fail(QStringLiteral("%1: no such project file").arg(path));

    store::ProjectInfo info;
    try {
        auto project = store::Project::open(path.toStdString());
        info = project->info();
    } catch (const std::exception& e) {
        return fail(fromStd(e.what()));
    }
    const auto iso = [&](int64_t ms) { return info.events ? fromStd(formatIsoUtc(ms)) : QString(); };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray sources;
        for (const auto& s : info.sources)
            sources.append(QJsonObject {
                { QStringLiteral("path"), fromStd(s.path) },
                { QStringLiteral("format"), fromStd(s.format) },
                { QStringLiteral("kind"), fromStd(s.kind) },
                { QStringLiteral("rows_imported"), static_cast<qint64>(s.rowsImported) },
                { QStringLiteral("rows_rejected"), static_cast<qint64>(s.rowsRejected) },
                { QStringLiteral("duplicates_skipped"), static_cast<qint64>(s.duplicatesSkipped) },
            });
        printJson(QJsonObject {
            { QStringLiteral("events"), static_cast<qint64>(info.events) },
            { QStringLiteral("users"), static_cast<qint64>(info.users) },
            { QStringLiteral("sessions"), static_cast<qint64>(info.sessions) },
            { QStringLiteral("event_types"), static_cast<qint64>(info.eventTypes) },
            { QStringLiteral("first_event"),
                info.events ? QJsonValue(iso(info.firstEventMs)) : QJsonValue() },
            { QStringLiteral("last_event"), info.events ? QJsonValue(iso(info.lastEventMs)) : QJsonValue() },
            { QStringLiteral("tickets"), static_cast<qint64>(info.tickets) },
            { QStringLiteral("feedback"), static_cast<qint64>(info.feedback) },
            { QStringLiteral("accounts"), static_cast<qint64>(info.accounts) },
            { QStringLiteral("annotations"), static_cast<qint64>(info.annotations) },
            { QStringLiteral("sources"), sources },
        });
        return 0;
    }
    std::printf("events       %lld\nusers        %lld\nsessions     %lld\nevent types  %lld\n",
        static_cast<long long>(info.events), static_cast<long long>(info.users),
        static_cast<long long>(info.sessions), static_cast<long long>(info.eventTypes));
    if (info.events)
        std::printf("time span    %s .. %s\n", formatIsoUtc(info.firstEventMs).c_str(),
            formatIsoUtc(info.lastEventMs).c_str());
    std::printf("tickets      %lld\nfeedback     %lld\naccounts     %lld\nannotations  %lld\n",
        static_cast<long long>(info.tickets), static_cast<long long>(info.feedback),
        static_cast<long long>(info.accounts), static_cast<long long>(info.annotations));
    for (const auto& s : info.sources)
        std::printf("source       %s (%s): %lld imported, %lld rejected\n", s.path.c_str(), s.format.c_str(),
            static_cast<long long>(s.rowsImported), static_cast<long long>(s.rowsRejected));
    return 0;
}

} // namespace waymark::cli
