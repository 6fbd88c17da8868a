// The JSON shapes of `waymark-cli import`, `info` and `demo` as docs/cli.md documents them (every
// key, every type), with numbers worked out by hand from tests/data/cli, and the exit statuses and
// messages of failed imports: a project the command created is not left behind.
//
// tests/data/cli/events.csv, 10 data rows (line = row + 1):
//   line 2  d1 (anonymous)  Page Viewed      05-01 09:00   } d1 logs in as alice on line 3:
//   line 3  alice/d1        Signed Up        05-01 09:10   } all three are alice's, one session
//   line 4  alice           Project Created  05-01 09:30   }
//   line 5  alice           project_created  05-01 11:00   same type; 90 min later: second session
//   line 6  bob             Page Viewed      05-02 08:00
//   line 7  bob  5 fields                                   rejected: expected 4 fields, found 5
//   line 8  (no user)                                       rejected: missing user id
//   line 9  bob  time 'yesterday'                           rejected: unparseable time
//   line 10 carol           Page Viewed      05-03 23:59:59.250
//   line 11 bob             Signed Up        05-02 08:20   bob's one session
// -> 7 events, 3 users, 4 sessions, 3 event types, 2024-05-01T09:00:00.000Z .. 2024-05-03T23:59:59.250Z.
// tickets.csv: 2 Zendesk tickets; nps.csv: 3 NPS responses.
#include "testutil/cli_run.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace waymark;

namespace {

using test::cliFixture;
using test::CliRun;

bool projectFilesExist(const QString& path)
{
    for (const char* suffix : { "", "-wal", "-shm", "-journal" })
        if (QFileInfo::exists(path + QLatin1String(suffix))) return true;
    return false;
}

} // namespace

class TstCliImportJson : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString project(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

    static void checkImportObject(const QJsonObject& o, const QString& source, const QString& format,
        qint64 read, qint64 imported, qint64 rejected, qint64 duplicates)
    {
        QCOMPARE(test::jsonKeys(o),
            QStringLiteral("duplicates_skipped,format,rejects,rows_imported,rows_read,rows_rejected,source"));
        QCOMPARE(o[QStringLiteral("source")].toString(), source);
        QCOMPARE(o[QStringLiteral("format")].toString(), format);
        QCOMPARE(o[QStringLiteral("rows_read")].toInteger(-1), read);
        QCOMPARE(o[QStringLiteral("rows_imported")].toInteger(-1), imported);
        QCOMPARE(o[QStringLiteral("rows_rejected")].toInteger(-1), rejected);
        QCOMPARE(o[QStringLiteral("duplicates_skipped")].toInteger(-1), duplicates);
        QVERIFY(o[QStringLiteral("rejects")].isArray());
    }

    static void checkEventRejects(const QJsonArray& rejects)
    {
        QCOMPARE(rejects.size(), 3);
        const std::pair<int, const char*> expected[] = { { 7, "expected 4 fields, found 5" },
            { 8, "missing user id" }, { 9, "unparseable time 'yesterday'" } };
        for (int i = 0; i < 3; ++i) {
            const QJsonObject r = rejects[i].toObject();
            QCOMPARE(test::jsonKeys(r), QStringLiteral("line,reason"));
            QCOMPARE(r[QStringLiteral("line")].toInteger(), qint64(expected[i].first));
            QCOMPARE(r[QStringLiteral("reason")].toString(), QString::fromUtf8(expected[i].second));
        }
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void import_several_files_then_info()
    {
        const QString path = project("cli.waymark");
        const CliRun r = test::runCli({ QStringLiteral("import"), path, cliFixture("events.csv"),
            cliFixture("tickets.csv"), cliFixture("nps.csv"), QStringLiteral("--json") });
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(test::jsonKeys(r.json), QStringLiteral("imports"));
        const QJsonArray imports = r.json[QStringLiteral("imports")].toArray();
        QCOMPARE(imports.size(), 3);
        checkImportObject(
            imports[0].toObject(), cliFixture("events.csv"), QStringLiteral("csv"), 10, 7, 3, 0);
        checkEventRejects(imports[0].toObject()[QStringLiteral("rejects")].toArray());
        checkImportObject(
            imports[1].toObject(), cliFixture("tickets.csv"), QStringLiteral("zendesk"), 2, 2, 0, 0);
        checkImportObject(
            imports[2].toObject(), cliFixture("nps.csv"), QStringLiteral("feedback"), 3, 3, 0, 0);

        const CliRun info = test::runCli({ QStringLiteral("info"), path, QStringLiteral("--json") });
        QVERIFY2(info.status == 0, qPrintable(info.err));
        const QJsonObject& o = info.json;
        QCOMPARE(test::jsonKeys(o),
            QStringLiteral("accounts,annotations,event_types,events,feedback,first_event,last_event,sessions,"
                           "sources,tickets,users"));
        QCOMPARE(o[QStringLiteral("events")].toInteger(), 7);
        QCOMPARE(o[QStringLiteral("users")].toInteger(), 3);
        QCOMPARE(o[QStringLiteral("sessions")].toInteger(), 4);
        QCOMPARE(o[QStringLiteral("event_types")].toInteger(), 3);
        QCOMPARE(o[QStringLiteral("first_event")].toString(), QStringLiteral("2024-05-01T09:00:00.000Z"));
        QCOMPARE(o[QStringLiteral("last_event")].toString(), QStringLiteral("2024-05-03T23:59:59.250Z"));
        QCOMPARE(o[QStringLiteral("tickets")].toInteger(), 2);
        QCOMPARE(o[QStringLiteral("feedback")].toInteger(), 3);
        QCOMPARE(o[QStringLiteral("accounts")].toInteger(), 0);
        QCOMPARE(o[QStringLiteral("annotations")].toInteger(), 0);
        const QJsonArray sources = o[QStringLiteral("sources")].toArray();
        QCOMPARE(sources.size(), 3);
        const char* kinds[] = { "events", "tickets", "feedback" };
        const char* formats[] = { "csv", "zendesk", "feedback" };
        const char* files[] = { "events.csv", "tickets.csv", "nps.csv" };
        const qint64 imported[] = { 7, 2, 3 }, rejected[] = { 3, 0, 0 };
        for (int i = 0; i < 3; ++i) {
            const QJsonObject s = sources[i].toObject();
            QCOMPARE(test::jsonKeys(s),
                QStringLiteral("duplicates_skipped,format,kind,path,rows_imported,rows_rejected"));
            QCOMPARE(s[QStringLiteral("path")].toString(), cliFixture(files[i]));
            QCOMPARE(s[QStringLiteral("kind")].toString(), QLatin1String(kinds[i]));
            QCOMPARE(s[QStringLiteral("format")].toString(), QLatin1String(formats[i]));
            QCOMPARE(s[QStringLiteral("rows_imported")].toInteger(), imported[i]);
            QCOMPARE(s[QStringLiteral("rows_rejected")].toInteger(), rejected[i]);
            QCOMPARE(s[QStringLiteral("duplicates_skipped")].toInteger(), 0);
        }

        // The same export again: one object (not a list), every good row a duplicate, nothing added.
        const CliRun again = test::runCli(
            { QStringLiteral("import"), path, cliFixture("events.csv"), QStringLiteral("--json") });
        QCOMPARE(again.status, 0);
        checkImportObject(again.json, cliFixture("events.csv"), QStringLiteral("csv"), 10, 0, 3, 7);
        QCOMPARE(test::runCli({ QStringLiteral("info"), path, QStringLiteral("--json") })
                     .json[QStringLiteral("events")]
                     .toInteger(),
            7);
    }

    void strict_stops_at_the_first_bad_row()
    {
        const QString path = project("strict.waymark");
        const CliRun r = test::runCli({ QStringLiteral("import"), path, cliFixture("events.csv"),
            QStringLiteral("--strict"), QStringLiteral("--json") });
        QCOMPARE(r.status, 1);
        const QString message = cliFixture("events.csv")
            + QStringLiteral(":7: expected 4 fields, found 5 (nothing imported from this file)");
        QCOMPARE(r.err, QStringLiteral("waymark-cli: ") + message);
        QCOMPARE(test::jsonKeys(r.json),
            QStringLiteral(
                "duplicates_skipped,error,format,rejects,rows_imported,rows_read,rows_rejected,source"));
        QCOMPARE(r.json[QStringLiteral("error")].toString(), message);
        QCOMPARE(r.json[QStringLiteral("rows_imported")].toInteger(), 0);
        QCOMPARE(r.json[QStringLiteral("rows_rejected")].toInteger(), 1);
        // The project the command was about to create holds nothing: it is not left behind.
        QVERIFY(!projectFilesExist(path));
    }

    void unrecognised_file_into_an_existing_project_keeps_it()
    {
        const QString path = project("keep.waymark");
        QCOMPARE(test::runCli({ QStringLiteral("import"), path, cliFixture("events.csv") }).status, 0);
        const CliRun r = test::runCli({ QStringLiteral("import"), path, QStringLiteral(WAYMARK_CLI) });
        QCOMPARE(r.status, 1);
        QCOMPARE(r.err,
            QStringLiteral("waymark-cli: %1: unrecognised file format; choose one with --format (nothing "
                           "imported from this file)")
                .arg(QStringLiteral(WAYMARK_CLI)));
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(test::runCli({ QStringLiteral("info"), path, QStringLiteral("--json") })
                     .json[QStringLiteral("events")]
                     .toInteger(),
            7);
        // A new project whose only file fails is not created at all.
        const QString fresh = project("fresh.waymark");
        QCOMPARE(test::runCli({ QStringLiteral("import"), fresh, QStringLiteral(WAYMARK_CLI) }).status, 1);
        QVERIFY(!projectFilesExist(fresh));
    }

    void usage_errors()
    {
        const CliRun none = test::runCli({ QStringLiteral("import"), project("x.waymark") });
        QCOMPARE(none.status, 2);
        QVERIFY2(none.err.startsWith(QStringLiteral("waymark-cli: ")), qPrintable(none.err));
        const CliRun missing
            = test::runCli({ QStringLiteral("info"), project("missing.waymark"), QStringLiteral("--json") });
        QCOMPARE(missing.status, 1);
        QCOMPARE(missing.err,
            QStringLiteral("waymark-cli: %1: no such project file").arg(project("missing.waymark")));
        QVERIFY(!projectFilesExist(project("x.waymark")));
    }

    void demo_summary()
    {
        // 200 users, seed 3: the generator is deterministic, so these are fixed numbers (and the
        // funnel they report is the one `funnel` computes from the store, checked in tst_demo).
        const QString path = project("demo.waymark");
        const CliRun r = test::runCli({ QStringLiteral("demo"), path, QStringLiteral("--users"),
            QStringLiteral("200"), QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--json") });
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(test::jsonKeys(r.json),
            QStringLiteral("accounts,annotations,elapsed_ms,events,feedback,funnel,project,seed,sessions,"
                           "tickets,users"));
        QCOMPARE(r.json[QStringLiteral("users")].toInteger(), 200);
        QCOMPARE(r.json[QStringLiteral("seed")].toString(), QStringLiteral("3"));
        const QJsonArray funnel = r.json[QStringLiteral("funnel")].toArray();
        QCOMPARE(funnel.size(), 6);
        QCOMPARE(test::jsonKeys(funnel[0].toObject()), QStringLiteral("event,users"));
        QCOMPARE(funnel[0].toObject()[QStringLiteral("event")].toString(), QStringLiteral("Account Created"));
        for (int i = 1; i < 6; ++i)
            QVERIFY(funnel[i].toObject()[QStringLiteral("users")].toInteger()
                <= funnel[i - 1].toObject()[QStringLiteral("users")].toInteger());
        const CliRun info = test::runCli({ QStringLiteral("info"), path, QStringLiteral("--json") });
        for (const char* k :
            { "events", "users", "sessions", "tickets", "feedback", "accounts", "annotations" })
            QCOMPARE(info.json[QLatin1String(k)].toInteger(), r.json[QLatin1String(k)].toInteger());
        // Writing the demo over an existing project file is refused rather than mixed in.
        const CliRun twice = test::runCli({ QStringLiteral("demo"), path });
        QVERIFY(twice.status != 0);
        QVERIFY2(!twice.err.isEmpty(), "a refusal says why");
    }
};

QTEST_GUILESS_MAIN(TstCliImportJson)
#include "tst_cli_import_json.moc"
