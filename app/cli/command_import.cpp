#include "commands.h"
#include "core/import/importer.h"
#include "core/store/project.h"
#include "json_out.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <csignal>
#include <cstdio>

namespace waymark::cli {

namespace {
std::atomic<bool> g_cancel { false };
void onSignal(int)
{
    g_cancel = true;
}

QString formatList()
{
    QStringList names { QStringLiteral("auto") };
    for (const auto& spec : ingest::formatRegistry())
        names << QString::fromLatin1(ingest::formatName(spec.format).data());
    return names.join(QLatin1Char('|'));
}
} // namespace

int runImport(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Imports export files into PROJECT (created if it does not exist). Each file is one transaction:\n"
        "a bad file, Ctrl-C or a killed process leaves the project as it was."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("Project file (*.waymark)"));
    parser.addPositionalArgument(QStringLiteral("FILE"),
        QStringLiteral("Export files (.csv, .json, .jsonl, .xes, .gz, .zip)"), QStringLiteral("FILE..."));
    parser.addOption(
        { QStringLiteral("format"), QStringLiteral("File format: %1 (default auto).").arg(formatList()),
            QStringLiteral("FORMAT"), QStringLiteral("auto") });
    parser.addOption({ QStringLiteral("map"),
        QStringLiteral("Column for a field: user, anonymous, event, time, session or insert_id (repeatable); "
                       "column - means none."),
        QStringLiteral("field=column") });
    parser.addOption({ QStringLiteral("timezone"),
        QStringLiteral("Zone of times without an offset, e.g. Europe/Berlin (default UTC)."),
        QStringLiteral("TZ") });
    parser.addOption({ QStringLiteral("session-gap"),
        QStringLiteral(
            "Inactivity that starts a new session when the export has no session id (default 30m)."),
        QStringLiteral("DURATION"), QStringLiteral("30m") });
    parser.addOption(
        { QStringLiteral("strict"), QStringLiteral("Stop at the first bad row instead of skipping it.") });
    parser.addOption({ QStringLiteral("json"), QStringLiteral("Print the result as one JSON object.") });
    parser.addOption({ QStringLiteral("progress"), QStringLiteral("Print progress to stderr.") });
    parser.process(args);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return fail(QStringLiteral("import needs PROJECT and at least one FILE (see --help)"), 2);

    import::ImportOptions options;
    const auto format = ingest::formatFromName(parser.value(QStringLiteral("format")).toStdString());
    if (!format)
        return fail(QStringLiteral("unknown format '%1'; use one of %2")
                        .arg(parser.value(QStringLiteral("format")), formatList()),
            2);
    options.format = *format;
    for (const QString& m : parser.values(QStringLiteral("map"))) {
        const qsizetype eq = m.indexOf(QLatin1Char('='));
        if (eq <= 0) return fail(QStringLiteral("--map expects field=column, got '%1'").arg(m), 2);
        options.columnMap[m.left(eq).trimmed().toStdString()] = m.mid(eq + 1).trimmed().toStdString();
    }
    options.timezone = parser.value(QStringLiteral("timezone")).toStdString();
    const auto gap = import::parseDurationMs(parser.value(QStringLiteral("session-gap")).toStdString());
    if (!gap || *gap <= 0)
        return fail(QStringLiteral("--session-gap: '%1' is not a duration like 30m, 1h or 900s")
                        .arg(parser.value(QStringLiteral("session-gap"))),
            2);
    options.sessionGapMs = *gap;
    options.strict = parser.isSet(QStringLiteral("strict"));
    options.cancel = &g_cancel;
    if (parser.isSet(QStringLiteral("progress")))
        options.progress = [](double f) { std::fprintf(stderr, "\r%5.1f%%", f * 100); };
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);

    // A project this command creates is removed again when nothing could be imported into it
    // (the first file fails or is cancelled), so a failed import leaves no empty project behind.
    const QString projectPath = positional[0];
    const bool created = !QFileInfo::exists(projectPath);
    std::unique_ptr<store::Project> project;
    try {
        project = store::Project::open(projectPath.toStdString());
    } catch (const std::exception& e) {
        if (created) removeProjectFiles(projectPath);
        return fail(fromStd(e.what()));
    }

    const bool json = parser.isSet(QStringLiteral("json"));
    QJsonArray results;
    int status = 0;
    bool committed = false; // some file's transaction went into the project
    for (qsizetype i = 1; i < positional.size(); ++i) {
        const import::ImportReport report
            = import::importFile(*project, positional[i].toStdString(), options);
        committed = committed || report.ok();
        QJsonObject o;
        o[QStringLiteral("source")] = positional[i];
        o[QStringLiteral("format")] = QString::fromLatin1(ingest::formatName(report.format).data());
        o[QStringLiteral("rows_read")] = static_cast<qint64>(report.stats.rowsRead);
        o[QStringLiteral("rows_imported")] = report.ok() ? static_cast<qint64>(report.stats.rowsImported) : 0;
        o[QStringLiteral("rows_rejected")] = static_cast<qint64>(report.stats.rowsRejected);
        o[QStringLiteral("duplicates_skipped")]
            = report.ok() ? static_cast<qint64>(report.stats.duplicatesSkipped) : 0;
        QJsonArray rejects;
        for (const auto& r : report.stats.rejects)
            rejects.append(QJsonObject { { QStringLiteral("line"), static_cast<qint64>(r.line) },
                { QStringLiteral("reason"), fromStd(r.reason) } });
        o[QStringLiteral("rejects")] = rejects;
        if (!report.ok()) {
            const QString why = report.outcome == ingest::Outcome::Cancelled
                ? QStringLiteral("%1: import cancelled; the project is unchanged").arg(positional[i])
                : fromStd(report.error) + QStringLiteral(" (nothing imported from this file)");
            o[QStringLiteral("error")] = why;
            fail(why);
            status = report.outcome == ingest::Outcome::Cancelled ? 130 : 1;
        }
        if (options.progress) std::fprintf(stderr, "\n");
        if (!json) {
            std::printf("%s (%s): %lld rows read, %lld imported, %lld rejected, %lld duplicates skipped\n",
                positional[i].toLocal8Bit().constData(), ingest::formatName(report.format).data(),
                static_cast<long long>(report.stats.rowsRead),
                static_cast<long long>(o[QStringLiteral("rows_imported")].toInteger()),
                static_cast<long long>(report.stats.rowsRejected),
                static_cast<long long>(o[QStringLiteral("duplicates_skipped")].toInteger()));
            for (const auto& r : report.stats.rejects)
                std::printf("  line %lld: %s\n", static_cast<long long>(r.line), r.reason.c_str());
            if (report.stats.rowsRejected > static_cast<int64_t>(report.stats.rejects.size()))
                std::printf("  ... and %lld more rejected rows\n",
                    static_cast<long long>(
                        report.stats.rowsRejected - static_cast<int64_t>(report.stats.rejects.size())));
        }
        results.append(o);
        if (status != 0) break;
    }
    if (status != 0 && created && !committed) {
        project.reset();
        removeProjectFiles(projectPath);
    }
    if (json) {
        // One file: its object. Several: {"imports": [...]}.
        printJson(results.size() == 1 ? results[0].toObject()
                                      : QJsonObject { { QStringLiteral("imports"), results } });
    }
    return status;
}

} // namespace waymark::cli
