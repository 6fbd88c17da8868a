#include "testutil/collecting_sink.h"
#include "testutil/temp_project.h"

#include <QTest>

using namespace waymark;
using test::TempProject;

namespace {
std::string dataset(const char* path)
{
    return std::string(WAYMARK_DATASETS) + "/" + path;
}
} // namespace

// Reference numbers from each data set's SOURCE.md (computed upstream with Python).
class TstRealData : public QObject {
    Q_OBJECT
private slots:
    void retentioneering_ecom()
    {
        TempProject p;
        const auto report = p.import(dataset("retentioneering-ecom/ecom.csv.gz"));
        QVERIFY2(report.ok(), report.error.c_str());
        QCOMPARE(int(report.format), int(ingest::Format::Csv));
        QCOMPARE(report.stats.rowsImported, int64_t(31106));
        const auto info = p.open().info();
        QCOMPARE(info.events, int64_t(31106));
        QCOMPARE(info.users, int64_t(600));
        QCOMPARE(info.sessions, int64_t(3605));
        QCOMPARE(info.eventTypes, int64_t(19));
        QCOMPARE(info.firstEventMs, test::utcMs(2024, 1, 4, 11, 45, 38));
        QCOMPARE(info.lastEventMs, test::utcMs(2024, 6, 29, 22, 2, 40));
        QCOMPARE(
            p.count("SELECT count(*) FROM events WHERE type = (SELECT id FROM event_types WHERE canonical = "
                    "'product_view')"),
            int64_t(6851));
    }

    void retentioneering_sessions_by_gap_match_the_export()
    {
        // Ignoring the export's session_id, a 30-minute inactivity gap gives the same 3,605 sessions.
        TempProject p;
        import::ImportOptions options;
        options.columnMap = { { "session", "-" } };
        const auto report = p.import(dataset("retentioneering-ecom/ecom.csv.gz"), options);
        QVERIFY2(report.ok(), report.error.c_str());
        QCOMPARE(p.count("SELECT count(*) FROM sessions"), int64_t(3605));
        QCOMPARE(p.count("SELECT count(*) FROM sessions WHERE external_id IS NOT NULL"), int64_t(0));
        // A 10-minute gap splits more.
        TempProject q;
        options.sessionGapMs = 10 * 60 * 1000;
        QVERIFY(q.import(dataset("retentioneering-ecom/ecom.csv.gz"), options).ok());
        QVERIFY(q.count("SELECT count(*) FROM sessions") > 3605);
    }

    void pm4py_receipt()
    {
        TempProject p;
        const auto report = p.import(dataset("pm4py-receipt/receipt.csv"));
        QVERIFY2(report.ok(), report.error.c_str());
        const auto info = p.open().info();
        QCOMPARE(info.events, int64_t(8577));
        QCOMPARE(info.users, int64_t(1434)); // cases
        QCOMPARE(info.eventTypes, int64_t(27));
        // Offsets switch between +01:00 and +02:00 with DST: 2010-10-02T09:20:39.266+02:00.
        QCOMPARE(info.firstEventMs, test::utcMs(2010, 10, 2, 7, 20, 39, 266));
        QCOMPARE(info.lastEventMs, test::utcMs(2012, 1, 23, 14, 42, 54, 644));
        QCOMPARE(p.count("SELECT count(*) FROM events WHERE type = (SELECT event_type FROM event_aliases "
                         "WHERE raw_name "
                         "= 'Confirmation of receipt')"),
            int64_t(1434));
    }

    void zip_of_csv()
    {
        TempProject p;
        const auto report = p.import(std::string(WAYMARK_TEST_DATA) + "/csv/export.zip");
        QVERIFY2(report.ok(), report.error.c_str());
        QCOMPARE(report.stats.rowsImported, int64_t(2));
    }
};

QTEST_GUILESS_MAIN(TstRealData)
#include "tst_real_data.moc"
