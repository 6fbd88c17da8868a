// The record importers through the whole import path into a project: joins, dedup, sessions.
#include "records_test_util.h"
#include "testutil/temp_project.h"

using namespace waymark;
using namespace waymark::test;
using ingest::Format;

namespace {
// The project user that an external id (as an event export names it) belongs to.
int64_t userOf(TempProject& project, const std::string& externalId)
{
    return project.count("SELECT user_id FROM identities WHERE external_id = '" + externalId + "'");
}

void importOk(TempProject& project, const std::string& file)
{
    const auto report = project.import(file);
    QVERIFY2(report.ok(), report.error.c_str());
}
} // namespace

class TstRecordsEndToEnd : public QObject {
    Q_OBJECT
private slots:
    // Tickets name their requester by the app's user id: they join the users the events created.
    void tickets_join_users_by_external_id()
    {
        TempProject project;
        importOk(project, fixture("records/events.csv"));
        importOk(project, fixture("zendesk/tickets_page.json"));
        importOk(project, fixture("zendesk/tickets.ndjson"));
        importOk(project, fixture("intercom/conversations.json"));
        QVERIFY(userOf(project, "u_1001") > 0);
        QCOMPARE(project.count("SELECT user_id FROM tickets WHERE external_id = 'zendesk:35436'"),
            userOf(project, "u_1001"));
        QCOMPARE(project.count("SELECT user_id FROM tickets WHERE external_id = 'zendesk:1'"),
            userOf(project, "u_1002"));
        QCOMPARE(project.count("SELECT user_id FROM tickets WHERE external_id = 'intercom:147'"),
            userOf(project, "u_1001"));
        // Nobody in the events is Zendesk user 20978393 or ben@example.com.
        QCOMPARE(project.count(
                     "SELECT count(*) FROM tickets WHERE external_id = 'zendesk:35437' AND user_id IS NULL"),
            1);
        QCOMPARE(project.count("SELECT count(*) FROM tickets"), 7);
        QCOMPARE(project.count("SELECT count(*) FROM ticket_messages"), 4);
    }

    // The CRM gives u_1003 an email; feedback and tickets naming only that email find the user.
    void crm_email_joins_feedback_and_tickets()
    {
        TempProject project;
        importOk(project, fixture("records/events.csv"));
        importOk(project, fixture("crm/accounts.csv"));
        const int64_t dan = userOf(project, "u_1003");
        QVERIFY(dan > 0);
        QCOMPARE(project.count("SELECT count(*) FROM users WHERE id = " + std::to_string(dan)
                     + " AND email = 'dan@example.com'"),
            1);
        QCOMPARE(project.count("SELECT account_id FROM users WHERE id = " + std::to_string(dan)),
            project.count("SELECT id FROM accounts WHERE external_id = 'acc-2'"));
        QCOMPARE(project.count("SELECT count(*) FROM accounts"), 2);

        importOk(project, fixture("feedback/nps.csv"));
        QCOMPARE(project.count("SELECT user_id FROM feedback WHERE external_id = 'feedback:r-3'"), dan);
        QCOMPARE(project.count("SELECT user_id FROM feedback WHERE external_id = 'feedback:r-1'"),
            userOf(project, "u_1001"));
        QCOMPARE(project.count("SELECT count(*) FROM feedback WHERE kind = 'nps'"), 2);

        importOk(project, fixture("zendesk/tickets.csv"));
        QCOMPARE(project.count("SELECT user_id FROM tickets WHERE external_id = 'zendesk:102'"), dan);
    }

    void reimport_adds_nothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("table");
        for (const char* file : { "xes/small.xes", "zendesk/tickets_page.json", "zendesk/tickets.ndjson",
                 "zendesk/tickets.csv", "intercom/conversations.json", "intercom/messages.csv",
                 "feedback/nps.csv", "feedback/ratings.csv", "crm/companies.csv", "crm/accounts.csv",
                 "annotations/releases.csv" }) {
            const QString f = QString::fromLatin1(file);
            const QString table = f.startsWith(u"xes") ? QStringLiteral("events")
                : f.startsWith(u"feedback")            ? QStringLiteral("feedback")
                : f.startsWith(u"crm")                 ? QStringLiteral("account_members")
                : f.startsWith(u"annotations")         ? QStringLiteral("annotations")
                                                       : QStringLiteral("tickets");
            QTest::newRow(file) << f << table;
        }
    }
    void reimport_adds_nothing()
    {
        QFETCH(QString, file);
        QFETCH(QString, table);
        TempProject project;
        const auto first = project.import(fixture(file.toStdString()));
        QVERIFY2(first.ok(), first.error.c_str());
        QVERIFY(first.stats.rowsImported > 0);
        const std::string count = "SELECT count(*) FROM " + table.toStdString();
        const int64_t rows = project.count(count);
        const int64_t messages = project.count("SELECT count(*) FROM ticket_messages");

        const auto second = project.import(fixture(file.toStdString()));
        QVERIFY2(second.ok(), second.error.c_str());
        QCOMPARE(second.stats.rowsImported, 0);
        // Regression: members with only a user id or only an email used to be added again.
        QCOMPARE(project.count(count), rows);
        QCOMPARE(project.count("SELECT count(*) FROM ticket_messages"), messages);
        QCOMPARE(second.stats.rowsRejected, first.stats.rowsRejected);
    }

    // A case is one session: XES imports give exactly one session per trace.
    void xes_sessions_are_cases_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("events");
        QTest::addColumn<int>("cases");
        QTest::newRow("fixture") << QString::fromStdString(fixture("xes/small.xes")) << 3 << 2;
        QTest::newRow("helpdesk") << QString::fromStdString(dataset("helpdesk-log/helpdesk.xes.gz")) << 21348
                                  << 4580;
    }
    void xes_sessions_are_cases()
    {
        QFETCH(QString, file);
        QFETCH(int, events);
        QFETCH(int, cases);
        TempProject project;
        const auto report = project.import(file.toStdString());
        QVERIFY2(report.ok(), report.error.c_str());
        QCOMPARE(report.format, Format::Xes);
        QCOMPARE(project.count("SELECT count(*) FROM events"), events);
        QCOMPARE(project.count("SELECT count(*) FROM sessions"), cases);
        QCOMPARE(project.count("SELECT count(*) FROM users"), cases);
        QCOMPARE(project.count("SELECT count(DISTINCT external_id) FROM sessions"), cases);
    }
};

QTEST_GUILESS_MAIN(TstRecordsEndToEnd)
#include "tst_records_end_to_end.moc"
