// Feedback, CRM accounts and release annotations: the CSV-only record formats.
#include "records_test_util.h"

using namespace waymark;
using namespace waymark::test;
using ingest::Format;
using ingest::Outcome;

namespace {
const double kNoValue = std::nan("");

CollectingSink parsed(const QString& file, Format format, ingest::ParseResult* result = nullptr)
{
    CollectingSink sink;
    const auto r = parseInto(fixture(file.toStdString()), sink, format);
    if (result) *result = r;
    return sink;
}
} // namespace

class TstRecordsCsv : public QObject {
    Q_OBJECT
private slots:
    void feedback_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<std::vector<Feedback>>("expected");
        QTest::addColumn<Rejects>("rejects");
        // An NPS column: kind nps; a row with only a comment is a comment; extra columns are props.
        QTest::newRow("nps") << QStringLiteral("feedback/nps.csv")
                             << std::vector<Feedback> {
                                    { "r-1", "u_1001", "ana@example.com", "nps", "Love the new dashboards",
                                        R"({"plan":"pro"})", utcMs(2023, 6, 1, 10), 2, 9 },
                                    { "r-2", "u_1002", "", "nps", "Too slow, exports time out", R"({"plan":"free"})",
                                        utcMs(2023, 6, 1, 11, 30), 3, 3 },
                                    { "r-3", "", "dan@example.com", "comment", "Please add SSO", R"({"plan":"team"})",
                                        utcMs(2023, 6, 2, 8), 4, kNoValue },
                                }
                             << Rejects { { 5, "NPS score 11 is outside 0-10" }, { 6, "missing time" },
                                    { 7, "row has neither a score nor a comment" }, { 8, "score 'ten' is not a number" } };
        // A generic score that stays within 1..5 is a rating; the rows wait until the end to know.
        QTest::newRow("ratings") << QStringLiteral("feedback/ratings.csv")
                                 << std::vector<Feedback> {
                                        { "", "c1", "", "rating", "Good enough", "", utcMs(2023, 7, 1), 2, 4 },
                                        { "", "c2", "", "rating", "", "", utcMs(2023, 7, 2), 3, 5 },
                                        { "", "c3", "", "rating", "Meh", "", utcMs(2023, 7, 3), 4, 2 },
                                    }
                                 << Rejects {};
        // A 10 proves the 0-10 scale, so the 4 before it is an NPS answer too.
        QTest::newRow("generic score on the NPS scale")
            << QStringLiteral("feedback/generic_nps.csv")
            << std::vector<Feedback> {
                   { "", "p1", "", "nps", "ok", "", utcMs(2023, 8, 1), 2, 4 },
                   { "", "p2", "", "nps", "great", "", utcMs(2023, 8, 2), 3, 10 },
                   { "", "p3", "", "nps", "awful", "", utcMs(2023, 8, 3), 4, 0 },
               }
            << Rejects {};
        // Column names as survey tools write them; the survey column names the kind per row.
        QTest::newRow("csat with a survey column")
            << QStringLiteral("feedback/csat.csv")
            << std::vector<Feedback> {
                   { "", "s1", "ana@example.com", "csat", "Nothing", "", utcMs(2023, 9, 1, 12), 2, 5 },
                   { "", "s2", "ben@example.com", "csat", "Faster replies", "", utcMs(2023, 9, 2, 12, 30), 3, 2 },
                   { "", "s3", "cara@example.com", "nps", "", "", utcMs(2023, 9, 3, 8), 4, 8 },
               }
            << Rejects {};
    }
    void feedback()
    {
        QFETCH(QString, file);
        QFETCH(std::vector<Feedback>, expected);
        QFETCH(Rejects, rejects);
        ingest::ParseResult result;
        const CollectingSink sink = parsed(file, Format::Feedback, &result);
        QCOMPARE(result.outcome, Outcome::Success);
        QCOMPARE(sink.feedbacks.size(), expected.size());
        for (size_t i = 0; i < expected.size(); ++i)
            verifyFeedback(sink.feedbacks[i], expected[i]);
        verifyRejects(sink.rejects, rejects);
    }

    void accounts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<std::vector<Account>>("expected");
        QTest::addColumn<Rejects>("rejects");
        // One row per member; money with separators and currency, sizes as ranges.
        QTest::newRow("members") << QStringLiteral("crm/accounts.csv")
                                 << std::vector<Account> {
                                        { "acc-1", "Acme GmbH", "Enterprise", "Mid-Market", "u_1001", "ana@example.com",
                                            R"({"industry":"Manufacturing"})", 1200.5, 51, 2 },
                                        { "acc-1", "Acme GmbH", "Enterprise", "Mid-Market", "u_1002", "",
                                            R"({"industry":"Manufacturing"})", 1200.5, 51, 3 },
                                        { "acc-2", "Globex", "Starter", "SMB", "u_1003", "dan@example.com",
                                            R"({"industry":"Retail"})", 99, 1000, 4 },
                                        { "acc-2", "Globex", "Starter", "SMB", "", "ben@example.com",
                                            R"({"industry":"Retail"})", 99, 1000, 5 },
                                    }
                                 << Rejects { { 6, "missing account id" }, { 7, "mrr 'lots' is not a number" },
                                        { 8, "company size 'huge' is not a number or a range like 51-200" } };
        // One row per account, HubSpot-style headers; blank and "n/a" values are unknown.
        QTest::newRow("companies") << QStringLiteral("crm/companies.csv")
                                   << std::vector<Account> {
                                          { "901", "Stark Industries", "Enterprise", "Enterprise", "", "",
                                              R"({"Create Date":"2019-02-01"})", 12500, 10000, 2 },
                                          { "902", "Wayne Enterprises", "Pro", "Mid-Market", "", "",
                                              R"({"Create Date":"2020-05-06"})", kNoValue, -1, 3 },
                                      }
                                   << Rejects {};
    }
    void accounts()
    {
        QFETCH(QString, file);
        QFETCH(std::vector<Account>, expected);
        QFETCH(Rejects, rejects);
        ingest::ParseResult result;
        const CollectingSink sink = parsed(file, Format::Crm, &result);
        QCOMPARE(result.outcome, Outcome::Success);
        QCOMPARE(sink.accounts.size(), expected.size());
        for (size_t i = 0; i < expected.size(); ++i)
            verifyAccount(sink.accounts[i], expected[i]);
        verifyRejects(sink.rejects, rejects);
    }

    void annotations_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<std::vector<Annotation>>("expected");
        QTest::addColumn<Rejects>("rejects");
        // Kind defaults to release and is lower-cased; a version alone titles the release.
        QTest::newRow("releases") << QStringLiteral("annotations/releases.csv")
                                  << std::vector<Annotation> {
                                         { "Dashboards 2.0", "New dashboard builder, faster charts", "release", "2.0.0",
                                             utcMs(2023, 3, 1), 2 },
                                         { "Checkout outage", "Payments failed for 40 minutes", "incident", "",
                                             utcMs(2023, 3, 15, 14, 30), 3 },
                                         { "2.0.1", "Hotfix for exports", "release", "2.0.1", utcMs(2023, 4, 1), 4 },
                                         { "Spring campaign", "", "campaign", "", utcMs(2023, 4, 10), 5 },
                                     }
                                  << Rejects { { 6, "missing date" }, { 7, "missing title" } };
        QTest::newRow("deploys") << QStringLiteral("annotations/deploys.csv")
                                 << std::vector<Annotation> {
                                        { "Android 5.2", "Offline mode", "release", "5.2.0", utcMs(2024, 1, 4, 11, 45, 38), 2 },
                                        { "Android 5.2.1", "", "release", "5.2.1", utcMs(2024, 1, 11, 9), 3 },
                                    }
                                 << Rejects {};
    }
    void annotations()
    {
        QFETCH(QString, file);
        QFETCH(std::vector<Annotation>, expected);
        QFETCH(Rejects, rejects);
        ingest::ParseResult result;
        const CollectingSink sink = parsed(file, Format::Annotations, &result);
        QCOMPARE(result.outcome, Outcome::Success);
        QCOMPARE(sink.annotations.size(), expected.size());
        for (size_t i = 0; i < expected.size(); ++i)
            verifyAnnotation(sink.annotations[i], expected[i]);
        verifyRejects(sink.rejects, rejects);
    }

    // A required column that is not there fails the file, naming it and what was looked for.
    void missing_columns_fail_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Format>("format");
        QTest::addColumn<QString>("message");
        QTest::newRow("feedback without time")
            << QStringLiteral("feedback/no_time.csv") << Format::Feedback
            << QStringLiteral(
                   "no time column found (looked for submitted_at, created_at, date, timestamp, "
                   "response_date, "
                   "responded_at, completed_at, survey_date, date_submitted, submitted, recordeddate, "
                   "enddate, end_date, time, datetime, received_at)");
        QTest::newRow("crm without account id")
            << QStringLiteral("crm/no_id.csv") << Format::Crm
            << QStringLiteral(
                   "no account id column found (looked for account_id, company_id, accountid, companyid, "
                   "organization_id, org_id, customer_account_id, record_id, id)");
        QTest::newRow("annotations without a date")
            << QStringLiteral("crm/no_id.csv") << Format::Annotations
            << QStringLiteral(
                   "no date column found (looked for date, timestamp, released_at, release_date, "
                   "deployed_at, published_at, shipped_at, time, datetime, created_at, start, starts_at)");
    }
    void missing_columns_fail()
    {
        QFETCH(QString, file);
        QFETCH(Format, format);
        QFETCH(QString, message);
        ingest::ParseResult result;
        const CollectingSink sink = parsed(file, format, &result);
        QCOMPARE(result.outcome, Outcome::Failed);
        COMPARE_STR(result.message, fixture(file.toStdString()) + ": " + message.toStdString());
        QCOMPARE(sink.rowsRead, 0);
    }

    // Survey tools export the question as the header and label the answer ("10 - Extremely likely").
    void survey_tool_question_columns()
    {
        QTemporaryDir dir;
        const std::string path = writeFile(dir, QStringLiteral("survey.csv"),
            "Respondent ID,Start Date,End Date,How likely is it that you would recommend Waymark to a "
            "friend?,"
            "Why did you give that score?\n"
            "118,2024-03-01 10:00:00,2024-03-01 10:02:10,10 - Extremely likely,Saves me hours\n"
            "119,2024-03-01 11:00:00,2024-03-01 11:01:00,0 - Not at all likely,\n");
        CollectingSink sink;
        ingest::Format detected = Format::Auto;
        QCOMPARE(parseInto(path, sink, Format::Auto, {}, &detected).outcome, Outcome::Success);
        QCOMPARE(detected, Format::Feedback);
        QCOMPARE(sink.feedbacks.size(), size_t(2));
        verifyFeedback(sink.feedbacks[0],
            { "", "118", "", "nps", "Saves me hours", R"({"Start Date":"2024-03-01 10:00:00"})",
                utcMs(2024, 3, 1, 10, 2, 10), 2, 10 });
        verifyFeedback(sink.feedbacks[1],
            { "", "119", "", "nps", "", R"({"Start Date":"2024-03-01 11:00:00"})", utcMs(2024, 3, 1, 11, 1),
                3, 0 });
    }

    // --map names columns the detection would not find.
    void column_map_overrides_detection()
    {
        QTemporaryDir dir;
        const std::string path = writeFile(
            dir, QStringLiteral("survey.csv"), "who,when,q1,q2\nu_1,2024-02-01T10:00:00Z,6,Slow search\n");
        CollectingSink sink;
        ingest::ParseOptions options;
        options.columnMap = { { "user", "who" }, { "time", "when" }, { "score", "q1" }, { "comment", "q2" } };
        QCOMPARE(parseInto(path, sink, Format::Feedback, options).outcome, Outcome::Success);
        QCOMPARE(sink.feedbacks.size(), size_t(1));
        // A mapped score column has no NPS name; a 6 still shows the 0-10 scale.
        verifyFeedback(
            sink.feedbacks[0], { "", "u_1", "", "nps", "Slow search", "", utcMs(2024, 2, 1, 10), 2, 6 });

        options.columnMap = { { "time", "no_such_column" } };
        CollectingSink failing;
        const auto result = parseInto(path, failing, Format::Feedback, options);
        QCOMPARE(result.outcome, Outcome::Failed);
        COMPARE_STR(result.message, path + ": --map time=no_such_column: no column named 'no_such_column'");
    }
};

QTEST_GUILESS_MAIN(TstRecordsCsv)
#include "tst_records_csv.moc"
