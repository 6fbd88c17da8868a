#include "commands.h"
#include "core/demo/demo_generator.h"
#include "core/store/project.h"
#include "json_out.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <cstdio>

namespace waymark::cli {

int runDemo(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes the bundled demo data set into PROJECT (created if it does not exist): a B2B SaaS free "
        "trial\n"
        "from anonymous visit to first successful workflow, with support tickets, NPS answers, CRM accounts\n"
        "and release notes. Refuses a project that already has events."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("Project file (*.waymark)"));
    parser.addOption({ QStringLiteral("users"),
        QStringLiteral("Trial visitors to generate (default %1).").arg(demo::kDefaultUsers),
        QStringLiteral("N"), QString::number(demo::kDefaultUsers) });
    parser.addOption({ QStringLiteral("seed"),
        QStringLiteral("Random seed (default 42); the same seed gives the same data."), QStringLiteral("S"),
        QStringLiteral("42") });
    parser.addOption({ QStringLiteral("json"), QStringLiteral("Print the result as one JSON object.") });
    parser.process(args);

    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("demo needs exactly one PROJECT (see --help)"), 2);
    const QString path = parser.positionalArguments().front();

    demo::DemoOptions options;
    bool ok = false;
    options.users = parser.value(QStringLiteral("users")).toInt(&ok);
    if (!ok || options.users < 1 || options.users > 1000000)
        return fail(QStringLiteral("--users: '%1' is not a number between 1 and 1000000")
                        .arg(parser.value(QStringLiteral("users"))),
            2);
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return fail(QStringLiteral("--seed: '%1' is not a non-negative integer")
                        .arg(parser.value(QStringLiteral("seed"))),
            2);

    const bool existed = QFileInfo::exists(path);
    demo::DemoSummary summary;
    try {
        auto project = store::Project::open(path.toStdString());
        summary = demo::writeDemo(*project, options);
    } catch (const std::exception& e) {
        // A project this command created must not survive a failed write: `make run` would
        // otherwise find it on the next start and open an empty project instead of the demo.
        if (!existed) removeProjectFiles(path);
        return fail(fromStd(e.what()));
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray funnel;
        for (size_t i = 0; i < demo::kFunnelEvents.size(); ++i)
            funnel.append(QJsonObject {
                { QStringLiteral("event"),
                    QString::fromLatin1(
                        demo::kFunnelEvents[i].data(), qsizetype(demo::kFunnelEvents[i].size())) },
                { QStringLiteral("users"), static_cast<qint64>(summary.generated.funnel[i]) },
            });
        printJson(QJsonObject {
            { QStringLiteral("project"), path },
            { QStringLiteral("seed"), QString::number(options.seed) },
            { QStringLiteral("users"), static_cast<qint64>(summary.users) },
            { QStringLiteral("events"), static_cast<qint64>(summary.events) },
            { QStringLiteral("sessions"), static_cast<qint64>(summary.sessions) },
            { QStringLiteral("tickets"), static_cast<qint64>(summary.tickets) },
            { QStringLiteral("feedback"), static_cast<qint64>(summary.feedback) },
            { QStringLiteral("accounts"), static_cast<qint64>(summary.accounts) },
            { QStringLiteral("annotations"), static_cast<qint64>(summary.annotations) },
            { QStringLiteral("funnel"), funnel },
            { QStringLiteral("elapsed_ms"), static_cast<qint64>(summary.elapsedMs) },
        });
        return 0;
    }
    std::printf("%s: demo data set written (seed %llu) in %.1f s\n", path.toLocal8Bit().constData(),
        static_cast<unsigned long long>(options.seed), static_cast<double>(summary.elapsedMs) / 1000.0);
    std::printf(
        "users        %lld\nevents       %lld\nsessions     %lld\ntickets      %lld\nfeedback     %lld\n"
        "accounts     %lld\nannotations  %lld\n",
        static_cast<long long>(summary.users), static_cast<long long>(summary.events),
        static_cast<long long>(summary.sessions), static_cast<long long>(summary.tickets),
        static_cast<long long>(summary.feedback), static_cast<long long>(summary.accounts),
        static_cast<long long>(summary.annotations));
    return 0;
}

} // namespace waymark::cli
