#include "testutil/temp_project.h"

#include <QTest>

using namespace waymark;
using test::TempProject;

namespace {
// Users as the store sees them: distinct people behind the events.
int64_t users(TempProject& p)
{
    return p.count("SELECT count(DISTINCT i.user_id) FROM events e JOIN identities i ON i.id = e.identity");
}
int64_t userOf(TempProject& p, const std::string& externalId)
{
    return p.count("SELECT user_id FROM identities WHERE external_id = '" + externalId + "'");
}
} // namespace

class TstImportWriter : public QObject {
    Q_OBJECT
private slots:
    void identity_stitching_includes_events_before_login()
    {
        TempProject p;
        // d1 browses anonymously, signs up as alice (both ids), then acts as alice only.
        const auto file = p.writeFile("stitch.csv",
            "anonymous_id,user_id,event,timestamp\n"
            "d1,,Page Viewed,2024-01-01T10:00:00Z\n"
            "d1,,Pricing Viewed,2024-01-01T10:01:00Z\n"
            "d1,alice,Signed Up,2024-01-01T10:02:00Z\n"
            ",alice,Project Created,2024-01-01T10:05:00Z\n"
            "d2,,Page Viewed,2024-01-01T11:00:00Z\n");
        const auto report = p.import(file);
        QVERIFY2(report.ok(), report.error.c_str());
        QCOMPARE(report.stats.rowsImported, int64_t(5));
        QCOMPARE(users(p), int64_t(2)); // alice (with d1's history) and d2
        QCOMPARE(userOf(p, "d1"), userOf(p, "alice"));
        QVERIFY(userOf(p, "d2") != userOf(p, "alice"));
        // One session: the anonymous visit continues into the logged-in one.
        QCOMPARE(
            p.count("SELECT count(*) FROM sessions WHERE user_id = " + std::to_string(userOf(p, "alice"))),
            int64_t(1));
        QCOMPARE(
            p.count("SELECT event_count FROM sessions WHERE user_id = " + std::to_string(userOf(p, "alice"))),
            int64_t(4));
        QCOMPARE(p.count("SELECT count(*) FROM users"), int64_t(2)); // the merged user row is gone
    }

    void stitching_across_imports()
    {
        TempProject p;
        QVERIFY(p.import(p.writeFile("a.csv", "device_id,event,timestamp\nd9,Visit,2024-01-01T09:00:00Z\n"))
                    .ok());
        QVERIFY(p.import(p.writeFile("b.csv",
                             "device_id,user_id,event,timestamp\nd9,bob,Signed Up,2024-01-01T09:10:00Z\n"))
                    .ok());
        QCOMPARE(users(p), int64_t(1));
        QCOMPARE(userOf(p, "d9"), userOf(p, "bob"));
        QCOMPARE(p.count("SELECT count(*) FROM sessions"), int64_t(1));
        QCOMPARE(p.count("SELECT event_count FROM sessions"), int64_t(2));
    }

    void merge_with_interleaved_histories_rebuilds_sessions()
    {
        TempProject p;
        // bob has his own history, and so does device d5; a later login joins them.
        const auto file = p.writeFile("inter.csv",
            "device_id,user_id,event,timestamp\n"
            ",bob,A,2024-01-01T08:00:00Z\n"
            "d5,,B,2024-01-01T08:10:00Z\n"
            ",bob,C,2024-01-01T12:00:00Z\n"
            "d5,bob,D,2024-01-01T12:20:00Z\n");
        QVERIFY(p.import(file).ok());
        QCOMPARE(users(p), int64_t(1));
        // 08:00, 08:10 (gap 10 min) | 12:00, 12:20 (gap 20 min): two sessions of two events.
        QCOMPARE(p.count("SELECT count(*) FROM sessions"), int64_t(2));
        QCOMPARE(p.count("SELECT min(event_count) FROM sessions"), int64_t(2));
        QCOMPARE(p.count("SELECT count(DISTINCT session) FROM events"), int64_t(2));
    }

    void sessions_by_inactivity_gap()
    {
        TempProject p;
        const auto file = p.writeFile("gap.csv",
            "user_id,event,timestamp\n"
            "u,a,2024-01-01T10:00:00Z\n"
            "u,b,2024-01-01T10:30:00Z\n" // exactly 30 min: same session
            "u,c,2024-01-01T11:00:01Z\n" // 30 min 1 s: new session
            "v,a,2024-01-01T10:00:00Z\n");
        QVERIFY(p.import(file).ok());
        QCOMPARE(p.count("SELECT count(*) FROM sessions"), int64_t(3));
        import::ImportOptions tight;
        tight.sessionGapMs = 10 * 60 * 1000;
        TempProject q;
        QVERIFY(q.import(file, tight).ok());
        QCOMPARE(q.count("SELECT count(*) FROM sessions"), int64_t(4));
    }

    void out_of_order_rows_are_sessionised_by_time()
    {
        TempProject p;
        const auto file = p.writeFile("order.csv",
            "user_id,event,timestamp\n"
            "u,late,2024-01-01T12:00:00Z\n"
            "u,early,2024-01-01T10:00:00Z\n"
            "u,early2,2024-01-01T10:10:00Z\n"
            "u,late2,2024-01-01T12:05:00Z\n");
        QVERIFY(p.import(file).ok());
        QCOMPARE(p.count("SELECT count(*) FROM sessions"), int64_t(2));
        QCOMPARE(p.count("SELECT count(DISTINCT session) FROM events WHERE type IN "
                         "(SELECT id FROM event_types WHERE canonical IN ('early', 'early2'))"),
            int64_t(1));
        QCOMPARE(p.count("SELECT min(start_ts) FROM sessions WHERE event_count = 2"), int64_t(1704103200000));
    }

    void export_session_ids_win_over_gaps()
    {
        TempProject p;
        const auto file = p.writeFile("sess.csv",
            "user_id,session_id,event,timestamp\n"
            "u,s1,a,2024-01-01T10:00:00Z\n"
            "u,s1,b,2024-01-01T14:00:00Z\n"
            "u,s2,c,2024-01-01T14:01:00Z\n");
        QVERIFY(p.import(file).ok());
        QCOMPARE(p.count("SELECT count(*) FROM sessions"), int64_t(2));
        QCOMPARE(p.count("SELECT event_count FROM sessions WHERE external_id = 's1'"), int64_t(2));
    }

    void names_differing_in_case_or_separators_share_a_type()
    {
        TempProject p;
        QVERIFY(p.import(std::string(WAYMARK_TEST_DATA) + "/csv/rfc4180.csv").ok());
        QCOMPARE(p.count("SELECT count(*) FROM event_types"), int64_t(1));
        QCOMPARE(p.count("SELECT count(*) FROM event_aliases"), int64_t(3)); // raw names kept
        QCOMPARE(p.count("SELECT count(DISTINCT type) FROM events"), int64_t(1));
    }

    void reimport_adds_nothing_and_newer_export_adds_only_new()
    {
        TempProject p;
        const std::string head = "user_id,event,timestamp\n";
        const std::string rows = "u1,a,2024-01-01T10:00:00Z\n"
                                 "u1,a,2024-01-01T10:00:00Z\n" // a genuine repeat in the same second
                                 "u2,b,2024-01-01T10:01:00Z\n";
        const auto first = p.import(p.writeFile("v1.csv", head + rows));
        QCOMPARE(first.stats.rowsImported, int64_t(3));
        const auto again = p.import(p.writeFile("v1.csv", head + rows));
        QCOMPARE(again.stats.rowsImported, int64_t(0));
        QCOMPARE(again.stats.duplicatesSkipped, int64_t(3));
        const auto newer = p.import(
            p.writeFile("v2.csv", head + rows + "u1,a,2024-01-01T10:00:00Z\nu3,c,2024-01-02T00:00:00Z\n"));
        QCOMPARE(newer.stats.rowsImported, int64_t(2)); // the third repeat and u3's event
        QCOMPARE(newer.stats.duplicatesSkipped, int64_t(3));
        QCOMPARE(p.count("SELECT count(*) FROM events"), int64_t(5));
        QCOMPARE(p.count("SELECT count(*) FROM sources"), int64_t(3));
    }

    void insert_ids_deduplicate()
    {
        TempProject p;
        // The id is paired with the event, its time and the user (see tst_dedup).
        const auto report = p.import(p.writeFile("ids.csv",
            "user_id,event,timestamp,insert_id\n"
            "u,a,2024-01-01T10:00:00Z,x1\n"
            "u,a,2024-01-01T10:00:00Z,x1\n" // resent: one event
            "u,a,2024-01-01T10:00:05Z,x1\n" // the same id at another time is another event
            "u,a,2024-01-01T10:00:00Z,x2\n"));
        QCOMPARE(report.stats.rowsImported, int64_t(3));
        QCOMPARE(report.stats.duplicatesSkipped, int64_t(1));
    }

    void newer_export_continues_sessions()
    {
        TempProject p;
        QVERIFY(p.import(p.writeFile("a.csv", "user_id,event,timestamp\nu,a,2024-01-01T10:00:00Z\n")).ok());
        QVERIFY(p.import(p.writeFile("b.csv",
                             "user_id,event,timestamp\nu,b,2024-01-01T10:20:00Z\nu,c,2024-01-01T12:00:00Z\n"))
                    .ok());
        QCOMPARE(p.count("SELECT count(*) FROM sessions"), int64_t(2));
        QCOMPARE(p.count("SELECT max(event_count) FROM sessions"), int64_t(2));
        // An older export arriving late is merged in time order.
        QVERIFY(p.import(p.writeFile("c.csv", "user_id,event,timestamp\nu,z,2024-01-01T09:45:00Z\n")).ok());
        QCOMPARE(p.count("SELECT count(*) FROM sessions"), int64_t(2));
        QCOMPARE(p.count("SELECT max(event_count) FROM sessions"), int64_t(3));
        QCOMPARE(p.count("SELECT sum(event_count) FROM sessions"), p.count("SELECT count(*) FROM events"));
    }

    void crm_fields_become_user_properties()
    {
        TempProject p;
        QVERIFY(
            p.import(p.writeFile("e.csv",
                         "user_id,event,timestamp\nu1,a,2024-01-01T10:00:00Z\nu2,a,2024-01-01T10:00:00Z\n"))
                .ok());
        import::ImportOptions crm;
        crm.format = ingest::Format::Crm;
        const auto report = p.import(p.writeFile("crm.csv",
                                         "account_id,company,plan,mrr,employees,segment,user_id\n"
                                         "acc1,Acme,enterprise,1200,51-200,mid-market,u1\n"),
            crm);
        QVERIFY2(report.ok(), report.error.c_str());
        QCOMPARE(p.open().db().queryText("SELECT props FROM users WHERE external_id = 'u1'").value_or(""),
            std::string("{\"account\":\"Acme\",\"plan\":\"enterprise\",\"mrr\":1200.0,\"company_size\":51,"
                        "\"segment\":\"mid-market\"}"));
        QVERIFY(!p.open().db().queryText("SELECT props FROM users WHERE external_id = 'u2'").has_value());
        QCOMPARE(p.count("SELECT count(*) FROM property_keys WHERE scope = 'user'"), int64_t(5));
    }

    void rejects_are_recorded_on_the_source()
    {
        TempProject p;
        const auto report = p.import(std::string(WAYMARK_TEST_DATA) + "/csv/bad_rows.csv");
        QVERIFY(report.ok());
        QCOMPARE(report.stats.rowsRead, int64_t(7));
        QCOMPARE(report.stats.rowsImported, int64_t(2));
        QCOMPARE(report.stats.rowsRejected, int64_t(5));
        QCOMPARE(p.count("SELECT count(*) FROM source_rejects"), int64_t(5));
        QCOMPARE(p.count("SELECT rows_rejected FROM sources"), int64_t(5));
    }
};

QTEST_GUILESS_MAIN(TstImportWriter)
#include "tst_import_writer.moc"
