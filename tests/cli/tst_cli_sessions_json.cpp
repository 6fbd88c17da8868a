// `waymark-cli sessions`, `timeline` and `tag` (docs/cli.md): keys, types and hand-worked numbers
// on tests/data/cli (events.csv, tickets.csv, nps.csv; session gap 30 minutes).
//
// Sessions, numbered in the order the import opens them (2024-05, UTC):
//   #1 alice  01 09:00:00 - 09:30:00  3 events: Page Viewed (as device d1, stitched to alice when she
//             signs up on it), Signed Up +600 s, Project Created +1800 s
//   #2 alice  01 11:00:00             1 event  (project_created, 90 minutes later: a new session)
//   #3 bob    02 08:00:00 - 08:20:00  2 events
//   #4 carol  03 23:59:59.250         1 event
// Linked records (48 hours either side of a session): #1 and #2 ticket 501 (alice, 01 10:00, open);
// #3 ticket 502 (bob, 02 09:00, solved); #4 carol's NPS 10 (04 12:00). Alice's and bob's NPS
// answers (04 10:00 and 11:00) are more than 48 hours after their sessions.
#include "testutil/cli_run.h"

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

QList<qint64> ids(const QJsonObject& o)
{
    QList<qint64> out;
    for (const auto& v : o[QStringLiteral("sessions")].toArray())
        out << v.toObject()[QStringLiteral("id")].toInteger();
    return out;
}

} // namespace

class TstCliSessionsJson : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    CliRun sessions(QStringList extra = {})
    {
        return test::runCli(
            QStringList { QStringLiteral("sessions"), m_path, QStringLiteral("--json") } + extra);
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("s.waymark"));
        const CliRun r = test::runCli({ QStringLiteral("import"), m_path, cliFixture("events.csv"),
            cliFixture("tickets.csv"), cliFixture("nps.csv") });
        QVERIFY2(r.status == 0, qPrintable(r.err));
    }

    void list_every_session()
    {
        const CliRun r = sessions();
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(test::jsonKeys(r.json), QStringLiteral("sessions,total"));
        QCOMPARE(r.json[QStringLiteral("total")].toInteger(), 4);
        QCOMPARE(ids(r.json), (QList<qint64> { 1, 2, 3, 4 }));
        const QJsonObject first = r.json[QStringLiteral("sessions")].toArray()[0].toObject();
        QCOMPARE(test::jsonKeys(first),
            QStringLiteral("duration_seconds,end,events,id,label,note,segment,start,user"));
        QCOMPARE(first[QStringLiteral("user")].toString(), QStringLiteral("alice"));
        QCOMPARE(first[QStringLiteral("start")].toString(), QStringLiteral("2024-05-01T09:00:00.000Z"));
        QCOMPARE(first[QStringLiteral("end")].toString(), QStringLiteral("2024-05-01T09:30:00.000Z"));
        QCOMPARE(first[QStringLiteral("duration_seconds")].toDouble(), 1800.0);
        QCOMPARE(first[QStringLiteral("events")].toInteger(), 3);
        QVERIFY(first[QStringLiteral("segment")].isNull());
        QVERIFY(first[QStringLiteral("label")].isNull());
        QVERIFY(first[QStringLiteral("note")].isNull());
        const QJsonObject last = r.json[QStringLiteral("sessions")].toArray()[3].toObject();
        QCOMPARE(last[QStringLiteral("user")].toString(), QStringLiteral("carol"));
        QCOMPARE(last[QStringLiteral("start")].toString(), QStringLiteral("2024-05-03T23:59:59.250Z"));
        QCOMPARE(last[QStringLiteral("duration_seconds")].toDouble(), 0.0);
    }

    void filter_sort_and_page()
    {
        // The device id finds the person it was stitched to.
        QCOMPARE(
            ids(sessions({ QStringLiteral("--user"), QStringLiteral("d1") }).json), (QList<qint64> { 1, 2 }));
        QCOMPARE(
            ids(sessions({ QStringLiteral("--user"), QStringLiteral("bob") }).json), (QList<qint64> { 3 }));
        // Most events first; equal counts by id, descending too.
        QCOMPARE(
            ids(sessions({ QStringLiteral("--sort"), QStringLiteral("events"), QStringLiteral("--desc") })
                    .json),
            (QList<qint64> { 1, 3, 4, 2 }));
        QCOMPARE(
            ids(sessions({ QStringLiteral("--sort"), QStringLiteral("duration"), QStringLiteral("--desc") })
                    .json),
            (QList<qint64> { 1, 3, 4, 2 }));
        const CliRun page = sessions({ QStringLiteral("--limit"), QStringLiteral("2"),
            QStringLiteral("--offset"), QStringLiteral("1") });
        QCOMPARE(ids(page.json), (QList<qint64> { 2, 3 }));
        QCOMPARE(page.json[QStringLiteral("total")].toInteger(), 4);
        // Days are whole UTC days: --from includes its day, --to too.
        QCOMPARE(ids(sessions({ QStringLiteral("--from"), QStringLiteral("2024-05-02") }).json),
            (QList<qint64> { 3, 4 }));
        QCOMPARE(ids(sessions({ QStringLiteral("--to"), QStringLiteral("2024-05-02") }).json),
            (QList<qint64> { 1, 2, 3 }));
    }

    void timeline_of_a_session()
    {
        const CliRun r = test::runCli({ QStringLiteral("timeline"), m_path, QStringLiteral("--session"),
            QStringLiteral("1"), QStringLiteral("--json") });
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(
            test::jsonKeys(r.json), QStringLiteral("duration_seconds,end,events,linked,session,start,user"));
        QCOMPARE(r.json[QStringLiteral("user")].toString(), QStringLiteral("alice"));
        const QJsonArray events = r.json[QStringLiteral("events")].toArray();
        QCOMPARE(events.size(), 3);
        QCOMPARE(test::jsonKeys(events[0].toObject()),
            QStringLiteral("event,id,offset_seconds,properties,stage,time"));
        const char* names[] = { "Page Viewed", "Signed Up", "Project Created" };
        const double offsets[] = { 0, 600, 1800 };
        for (int i = 0; i < 3; ++i) {
            const QJsonObject e = events[i].toObject();
            QCOMPARE(e[QStringLiteral("event")].toString(), QLatin1String(names[i]));
            QCOMPARE(e[QStringLiteral("offset_seconds")].toDouble(), offsets[i]);
            QVERIFY(e[QStringLiteral("stage")].isNull());
        }
        const QJsonArray linked = r.json[QStringLiteral("linked")].toArray();
        QCOMPARE(linked.size(), 1);
        const QJsonObject ticket = linked[0].toObject();
        QCOMPARE(test::jsonKeys(ticket), QStringLiteral("kind,status,subject,theme,time"));
        QCOMPARE(ticket[QStringLiteral("kind")].toString(), QStringLiteral("ticket"));
        QCOMPARE(ticket[QStringLiteral("subject")].toString(), QStringLiteral("Cannot invite my team"));
        QCOMPARE(ticket[QStringLiteral("status")].toString(), QStringLiteral("open"));
        QCOMPARE(ticket[QStringLiteral("time")].toString(), QStringLiteral("2024-05-01T10:00:00.000Z"));

        const CliRun carol = test::runCli({ QStringLiteral("timeline"), m_path, QStringLiteral("--session"),
            QStringLiteral("4"), QStringLiteral("--json") });
        const QJsonArray carolLinked = carol.json[QStringLiteral("linked")].toArray();
        QCOMPARE(carolLinked.size(), 1);
        const QJsonObject nps = carolLinked[0].toObject();
        QCOMPARE(test::jsonKeys(nps), QStringLiteral("comment,kind,score,time,type"));
        QCOMPARE(nps[QStringLiteral("kind")].toString(), QStringLiteral("feedback"));
        QCOMPARE(nps[QStringLiteral("type")].toString(), QStringLiteral("nps"));
        QCOMPARE(nps[QStringLiteral("score")].toDouble(), 10.0);
        QCOMPARE(nps[QStringLiteral("time")].toString(), QStringLiteral("2024-05-04T12:00:00.000Z"));
        // Bob's NPS (04 11:00) is more than 48 hours after his session ended (02 08:20).
        const CliRun bob = test::runCli({ QStringLiteral("timeline"), m_path, QStringLiteral("--session"),
            QStringLiteral("3"), QStringLiteral("--json") });
        QCOMPARE(bob.json[QStringLiteral("linked")].toArray().size(), 1);
        QCOMPARE(
            bob.json[QStringLiteral("linked")].toArray()[0].toObject()[QStringLiteral("subject")].toString(),
            QStringLiteral("Integration docs unclear"));

        const CliRun missing = test::runCli(
            { QStringLiteral("timeline"), m_path, QStringLiteral("--session"), QStringLiteral("99") });
        QCOMPARE(missing.status, 1);
        QCOMPARE(missing.err, QStringLiteral("waymark-cli: no session 99 in this project"));
    }

    void tag_and_untag()
    {
        CliRun r = test::runCli({ QStringLiteral("tag"), m_path, QStringLiteral("--session"),
            QStringLiteral("3"), QStringLiteral("--label"), QStringLiteral("negative"),
            QStringLiteral("--note"), QStringLiteral("slow invite"), QStringLiteral("--json") });
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(test::jsonKeys(r.json), QStringLiteral("label,note,session"));
        QCOMPARE(r.json[QStringLiteral("label")].toString(), QStringLiteral("negative"));
        const CliRun labelled = sessions({ QStringLiteral("--labelled") });
        QCOMPARE(ids(labelled.json), (QList<qint64> { 3 }));
        const QJsonObject row = labelled.json[QStringLiteral("sessions")].toArray()[0].toObject();
        QCOMPARE(row[QStringLiteral("label")].toString(), QStringLiteral("negative"));
        QCOMPARE(row[QStringLiteral("note")].toString(), QStringLiteral("slow invite"));
        // Sorted by tag: untagged (NULL) first, then negative.
        QCOMPARE(ids(sessions({ QStringLiteral("--sort"), QStringLiteral("label") }).json),
            (QList<qint64> { 1, 2, 4, 3 }));

        r = test::runCli({ QStringLiteral("tag"), m_path, QStringLiteral("--session"), QStringLiteral("3"),
            QStringLiteral("--label"), QStringLiteral("none"), QStringLiteral("--json") });
        QCOMPARE(r.status, 0);
        QVERIFY(r.json[QStringLiteral("label")].isNull());
        QCOMPARE(sessions({ QStringLiteral("--labelled") }).json[QStringLiteral("total")].toInteger(), 0);

        QCOMPARE(test::runCli({ QStringLiteral("tag"), m_path, QStringLiteral("--session"),
                                  QStringLiteral("3"), QStringLiteral("--label"), QStringLiteral("great") })
                     .status,
            2);
        QCOMPARE(test::runCli(
                     { QStringLiteral("tag"), m_path, QStringLiteral("--label"), QStringLiteral("positive") })
                     .status,
            2);
        const CliRun missing = test::runCli({ QStringLiteral("tag"), m_path, QStringLiteral("--session"),
            QStringLiteral("77"), QStringLiteral("--label"), QStringLiteral("positive") });
        QCOMPARE(missing.status, 1);
        QCOMPARE(missing.err, QStringLiteral("waymark-cli: no session 77 in this project"));
    }
};

QTEST_GUILESS_MAIN(TstCliSessionsJson)
#include "tst_cli_sessions_json.moc"
