// Sessions when an import repeats what the project holds: duplicates are settled at commit, and
// the sessions they touched are rebuilt or recounted. A re-import or an overlapping newer export
// must leave the sessions a researcher tagged as they were (same ids, so the tags stay).
//
// base.csv (session gap 30 min), times 2024-02-01 UTC:
//   u1: 09:00, 09:10, 09:20 | 11:00, 11:05          -> sessions A (3 events, 09:00-09:20), B (2, 11:00-11:05)
//   u2: 10:00 | 12:00, 12:01                        -> sessions C (1), D (2, 12:00-12:01)
// (Export session ids continue across daily files: see export_session_continues_in_the_next_days_file.)
// newer.csv repeats u1's 11:05 and u2's 12:00, 12:01, and adds u1 11:20 (continues B: 3 events,
// 11:00-11:20) and u2 15:00 (a new session E).
#include "testutil/temp_project.h"

#include <QTest>

using namespace waymark;
using test::TempProject;

namespace {

const char* const kBase
    = "user_id,event,timestamp\n"
      "u1,open,2024-02-01T09:00:00Z\nu1,view,2024-02-01T09:10:00Z\nu1,view,2024-02-01T09:20:00Z\n"
      "u2,open,2024-02-01T10:00:00Z\n"
      "u1,open,2024-02-01T11:00:00Z\nu1,buy,2024-02-01T11:05:00Z\n"
      "u2,open,2024-02-01T12:00:00Z\nu2,view,2024-02-01T12:01:00Z\n";

const char* const kNewer
    = "user_id,event,timestamp\n"
      "u1,buy,2024-02-01T11:05:00Z\nu2,open,2024-02-01T12:00:00Z\nu2,view,2024-02-01T12:01:00Z\n"
      "u1,close,2024-02-01T11:20:00Z\nu2,open,2024-02-01T15:00:00Z\n";

// "user start end count" per session, ordered by user and start, with the session id's rank.
QString sessions(TempProject& p)
{
    std::string out;
    auto st = p.open().db().prepare(
        "SELECT u.external_id, s.id, strftime('%H:%M', s.start_ts / 1000, 'unixepoch'), "
        "strftime('%H:%M', s.end_ts / 1000, 'unixepoch'), s.event_count, "
        "(SELECT count(*) FROM events e WHERE e.session = s.id) FROM sessions s JOIN users u ON u.id = "
        "s.user_id "
        "ORDER BY u.external_id, s.start_ts");
    while (st.step()) {
        out += std::string(st.columnText(0)) + " #" + std::to_string(st.columnInt(1)) + " "
            + std::string(st.columnText(2)) + "-" + std::string(st.columnText(3)) + " "
            + std::to_string(st.columnInt(4)) + "/" + std::to_string(st.columnInt(5)) + "; ";
    }
    p.close();
    return QString::fromStdString(out);
}

void tag(TempProject& p, int64_t session, int label)
{
    p.open()
        .db()
        .prepare("INSERT INTO session_labels(session_id, label, note, updated_at) VALUES(?, ?, 'n', 0)")
        .bind(1, session)
        .bind(2, label)
        .run();
    p.close();
}

} // namespace

class TstImportSessions : public QObject {
    Q_OBJECT
private slots:
    void reimport_keeps_sessions_and_tags()
    {
        TempProject p;
        const std::string base = p.writeFile("base.csv", kBase);
        QVERIFY(p.import(base).ok());
        const QString before = sessions(p);
        QCOMPARE(before,
            QString::fromLatin1("u1 #1 09:00-09:20 3/3; u1 #3 11:00-11:05 2/2; u2 #2 10:00-10:00 1/1; u2 #4 "
                                "12:00-12:01 2/2; "));
        tag(p, 1, 1);
        tag(p, 4, -1);
        const auto again = p.import(base);
        QVERIFY2(again.ok(), again.error.c_str());
        QCOMPARE(again.stats.rowsImported, int64_t(0));
        QCOMPARE(again.stats.duplicatesSkipped, int64_t(8));
        QCOMPARE(sessions(p), before);
        QCOMPARE(p.count("SELECT count(*) FROM session_labels"), int64_t(2));
        QCOMPARE(p.count("SELECT count(*) FROM events"), int64_t(8));
    }

    void newer_export_continues_the_tagged_session()
    {
        TempProject p;
        QVERIFY(p.import(p.writeFile("base.csv", kBase)).ok());
        tag(p, 3, 1); // u1's 11:00 session
        tag(p, 4, 0); // u2's 12:00 session
        const auto newer = p.import(p.writeFile("newer.csv", kNewer));
        QVERIFY2(newer.ok(), newer.error.c_str());
        QCOMPARE(newer.stats.rowsImported, int64_t(2));
        QCOMPARE(newer.stats.duplicatesSkipped, int64_t(3));
        QCOMPARE(sessions(p),
            QString::fromLatin1(
                "u1 #1 09:00-09:20 3/3; u1 #3 11:00-11:20 3/3; u2 #2 10:00-10:00 1/1; u2 #4 12:00-12:01 2/2; "
                "u2 #6 15:00-15:00 1/1; "));
        // (#5 went to the session the import streamed for u2, whose sessions were then rebuilt.)
        QCOMPARE(p.count("SELECT count(*) FROM session_labels WHERE session_id IN (3, 4)"), int64_t(2));
    }

    void out_of_order_rows_make_gap_sessions_by_time()
    {
        // u1's rows reversed in the file: the sessions are those of the sorted times.
        TempProject p;
        QVERIFY(p.import(p.writeFile("rev.csv",
                             "user_id,event,timestamp\nu1,c,2024-02-01T11:00:00Z\nu1,b,2024-02-01T09:20:00Z\n"
                             "u1,a,2024-02-01T09:00:00Z\n"))
                    .ok());
        const QString s = sessions(p);
        QVERIFY2(s.contains(QLatin1String("09:00-09:20 2/2")), qPrintable(s));
        QVERIFY2(s.contains(QLatin1String("11:00-11:00 1/1")), qPrintable(s));
        QCOMPARE(p.count("SELECT count(*) FROM sessions"), int64_t(2));
    }

    void export_session_continues_in_the_next_days_file()
    {
        // Daily exports with the export's session ids: s-1 runs past midnight, so its last event is
        // in the second day's file. It stays one session (with its tag), not two.
        TempProject p;
        QVERIFY(p.import(p.writeFile("day1.csv",
                             "user_id,session_id,event,timestamp\n"
                             "u1,s-1,open,2024-02-01T23:50:00Z\nu1,s-1,view,2024-02-01T23:55:00Z\n"))
                    .ok());
        tag(p, 1, 1);
        const auto day2 = p.import(p.writeFile("day2.csv",
            "user_id,session_id,event,timestamp\n"
            "u1,s-1,buy,2024-02-02T00:05:00Z\nu1,s-2,open,2024-02-02T09:00:00Z\n"));
        QVERIFY2(day2.ok(), day2.error.c_str());
        QCOMPARE(day2.stats.rowsImported, int64_t(2));
        QCOMPARE(sessions(p), QString::fromLatin1("u1 #1 23:50-00:05 3/3; u1 #3 09:00-09:00 1/1; "));
        QCOMPARE(p.count("SELECT count(*) FROM session_labels WHERE session_id = 1"), int64_t(1));
        QCOMPARE(p.count("SELECT count(*) FROM sessions WHERE external_id = 's-1'"), int64_t(1));
    }

    void resent_event_in_an_export_session_is_not_counted()
    {
        // Rows with the export's session id and event id: e2 is sent twice (a client retry).
        TempProject p;
        const std::string csv = "user_id,session_id,insert_id,event,timestamp\n"
                                "u1,s-1,e1,open,2024-02-01T09:00:00Z\n"
                                "u1,s-1,e2,view,2024-02-01T09:05:00Z\n"
                                "u1,s-1,e2,view,2024-02-01T09:05:00Z\n"
                                "u1,s-1,e3,buy,2024-02-01T09:07:00Z\n"
                                "u1,s-2,e4,open,2024-02-01T13:00:00Z\n"
                                "u1,s-2,e4,open,2024-02-01T13:00:00Z\n";
        const auto r = p.import(p.writeFile("sessions.csv", csv));
        QVERIFY2(r.ok(), r.error.c_str());
        QCOMPARE(r.stats.rowsImported, int64_t(4));
        QCOMPARE(r.stats.duplicatesSkipped, int64_t(2));
        QCOMPARE(sessions(p), QString::fromLatin1("u1 #1 09:00-09:07 3/3; u1 #2 13:00-13:00 1/1; "));
        // The same file again: nothing added, the sessions as they were.
        const auto again = p.import(p.writeFile("sessions2.csv", csv));
        QCOMPARE(again.stats.rowsImported, int64_t(0));
        QCOMPARE(again.stats.duplicatesSkipped, int64_t(6));
        QCOMPARE(sessions(p), QString::fromLatin1("u1 #1 09:00-09:07 3/3; u1 #2 13:00-13:00 1/1; "));
    }
};

QTEST_GUILESS_MAIN(TstImportSessions)
#include "tst_import_sessions.moc"
