#include "records_test_util.h"

using namespace waymark;
using namespace waymark::test;
using ingest::Format;
using ingest::Outcome;

namespace {
// Parses a fixture once per call; the fixtures are a few lines each.
CollectingSink parsed(const QString& file, Format format)
{
    CollectingSink sink;
    const auto result = parseInto(fixture(file.toStdString()), sink, format);
    if (result.outcome != Outcome::Success) qWarning("%s", result.message.c_str());
    return sink;
}
} // namespace

class TstRecordsTickets : public QObject {
    Q_OBJECT
private slots:
    void tickets_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Format>("format");
        QTest::addColumn<int>("index");
        QTest::addColumn<Ticket>("expected");

        // API page: requester sideloaded (?include=users) gives the external id and email;
        // custom fields and the other ids become properties.
        QTest::newRow("zendesk page, full ticket")
            << QStringLiteral("zendesk/tickets_page.json") << Format::Zendesk << 0
            << Ticket { .externalId = "35436",
                   .userRef = "u_1001",
                   .email = "ana@example.com",
                   .subject = "Help, my printer is on fire!",
                   .body = "The fire is very colorful.",
                   .status = "open",
                   .priority = "high",
                   .channel = "email",
                   .tags = "enterprise,printer",
                   .satisfaction = "good",
                   .props = R"({"type":"incident","submitter_id":76872,)"
                            R"("assignee_id":235323,"organization_id":509974,)"
                            R"("group_id":98738,"brand_id":1,"external_id":"ahg35h3jh",)"
                            R"("problem_id":9873764,"requester_id":20978392,)"
                            R"("satisfaction_comment":"Great support!",)"
                            R"("custom_field_27642":"745","custom_field_27648":"yes"})",
                   .createdMs = utcMs(2009, 7, 20, 22, 55, 29),
                   .updatedMs = utcMs(2011, 5, 5, 10, 38, 52),
                   .line = 1 };
        // No external id: the Zendesk requester id; raw_subject stands in for a null subject;
        // "unoffered" is no rating.
        QTest::newRow("zendesk page, sparse ticket")
            << QStringLiteral("zendesk/tickets_page.json") << Format::Zendesk << 1
            << Ticket { .externalId = "35437",
                   .userRef = "20978393",
                   .email = "ben@example.com",
                   .subject = "Where is my invoice?",
                   .body = "I can't find the March invoice.",
                   .status = "solved",
                   .priority = {},
                   .channel = "web",
                   .tags = {},
                   .satisfaction = {},
                   .props = R"({"type":"question"})",
                   .createdMs = utcMs(2023, 3, 1, 9),
                   .updatedMs = utcMs(2023, 3, 2, 10, 30),
                   .line = 1 };
        QTest::newRow("zendesk ndjson, embedded requester")
            << QStringLiteral("zendesk/tickets.ndjson") << Format::Zendesk << 0
            << Ticket { .externalId = "1",
                   .userRef = "u_1002",
                   .email = "cara@example.com",
                   .subject = "Cannot log in",
                   .body = "Password reset link expired",
                   .status = "pending",
                   .priority = "urgent",
                   .channel = "api",
                   .tags = "login",
                   .satisfaction = "bad",
                   .props = R"({"requester_id":501})",
                   .createdMs = utcMs(2024, 1, 4, 11, 45, 38),
                   .updatedMs = utcMs(2024, 1, 4, 12),
                   .line = 1 };
        QTest::newRow("zendesk incremental page inside ndjson")
            << QStringLiteral("zendesk/tickets.ndjson") << Format::Zendesk << 2
            << Ticket { .externalId = "6",
                   .userRef = "505",
                   .email = {},
                   .subject = "Feature request: dark mode",
                   .body = {},
                   .status = "open",
                   .priority = "low",
                   .channel = "web",
                   .tags = {},
                   .satisfaction = {},
                   .props = {},
                   .createdMs = utcMs(2024, 1, 5, 10),
                   .updatedMs = 0,
                   .line = 5 };
        // CSV export: space-separated tags, capitalised satisfaction, extra columns as props.
        QTest::newRow("zendesk csv")
            << QStringLiteral("zendesk/tickets.csv") << Format::Zendesk << 0
            << Ticket { .externalId = "101",
                   .userRef = "u_1001",
                   .email = "ana@example.com",
                   .subject = "Refund request",
                   .body = "Charged twice for the annual plan, please refund one.",
                   .status = "solved",
                   .priority = "high",
                   .channel = "Web form",
                   .tags = "billing,refund",
                   .satisfaction = "good",
                   .props = R"({"Requester id":9001,"Ticket type":"question","Group":"Billing"})",
                   .createdMs = utcMs(2023, 3, 1, 9, 15, 22),
                   .updatedMs = utcMs(2023, 3, 2, 10),
                   .line = 2 };
        QTest::newRow("zendesk csv, multi-line description")
            << QStringLiteral("zendesk/tickets.csv") << Format::Zendesk << 1
            << Ticket { .externalId = "102",
                   .userRef = "9002",
                   .email = "dan@example.com",
                   .subject = "App crashes on export",
                   .body = "Export to PDF crashes:\r\n\"Segmentation fault\" every time",
                   .status = "open",
                   .priority = "normal",
                   .channel = "Email",
                   .tags = "bug,export",
                   .satisfaction = {},
                   .props = R"({"Ticket type":"problem","Group":"Tier 2"})",
                   .createdMs = utcMs(2023, 3, 3, 14, 2),
                   .updatedMs = 0,
                   .line = 3 };
        // Intercom API: HTML bodies to text, contact external id, source author's email.
        QTest::newRow("intercom api, full conversation")
            << QStringLiteral("intercom/conversations.json") << Format::Intercom << 0
            << Ticket { .externalId = "147",
                   .userRef = "u_1001",
                   .email = "ana@example.com",
                   .subject = "Export button greyed out",
                   .body = "Hi, I can't export my report & the button is greyed out.\nThanks!",
                   .status = "open",
                   .priority = "priority",
                   .channel = "conversation",
                   .tags = "export,bug",
                   .satisfaction = "4",
                   .props = R"({"admin_assignee_id":814860,"delivered_as":"customer_initiated",)"
                            R"("rating_remark":"Quick answer","Plan":"Pro","Seats":12})",
                   .createdMs = 1663597223000,
                   .updatedMs = 1663597260000,
                   .line = 1 };
        QTest::newRow("intercom api, lead by email")
            << QStringLiteral("intercom/conversations.json") << Format::Intercom << 1
            << Ticket { .externalId = "148",
                   .userRef = "6a8b",
                   .email = "lead@prospect.example",
                   .subject = "Invoice question",
                   .body = "Do you accept PO numbers?",
                   .status = "closed",
                   .priority = "not_priority",
                   .channel = "email",
                   .tags = {},
                   .satisfaction = {},
                   .props = R"({"delivered_as":"customer_initiated"})",
                   .createdMs = 1663600000000,
                   .updatedMs = 1663600100000,
                   .line = 1 };
        QTest::newRow("intercom csv, user opens")
            << QStringLiteral("intercom/messages.csv") << Format::Intercom << 0
            << Ticket { .externalId = "c900",
                   .userRef = "u_1002",
                   .email = "cara@example.com",
                   .subject = {},
                   .body = "Hi, my invoice shows the wrong VAT number.",
                   .status = "closed",
                   .priority = {},
                   .channel = {},
                   .tags = "billing,vat",
                   .satisfaction = {},
                   .props = R"({"conversation_first_response_at":"2017-11-14 21:50:00",)"
                            R"("conversation_closed_at":"2017-11-15 08:00:00",)"
                            R"("app_id":"abc123","app_name":"Waymark"})",
                   .createdMs = utcMs(2017, 11, 14, 21, 45, 8),
                   .updatedMs = 0,
                   .line = 2 };
        // A bot opened it: the customer is not known from the first row.
        QTest::newRow("intercom csv, bot opens")
            << QStringLiteral("intercom/messages.csv") << Format::Intercom << 1
            << Ticket { .externalId = "c901",
                   .userRef = {},
                   .email = {},
                   .subject = {},
                   .body = "Welcome! Anything we can help with?",
                   .status = "open",
                   .priority = {},
                   .channel = {},
                   .tags = {},
                   .satisfaction = {},
                   .props = R"({"app_id":"abc123","app_name":"Waymark"})",
                   .createdMs = utcMs(2017, 11, 16, 10),
                   .updatedMs = 0,
                   .line = 5 };
    }
    void tickets()
    {
        QFETCH(QString, file);
        QFETCH(Format, format);
        QFETCH(int, index);
        QFETCH(Ticket, expected);
        const CollectingSink sink = parsed(file, format);
        QVERIFY(index < static_cast<int>(sink.tickets.size()));
        verifyTicket(sink.tickets[static_cast<size_t>(index)], expected);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Format>("format");
        QTest::addColumn<int>("tickets");
        QTest::addColumn<int>("rows");
        QTest::addColumn<Rejects>("rejects");
        QTest::newRow("zendesk page") << QStringLiteral("zendesk/tickets_page.json") << Format::Zendesk << 2
                                      << 3 << Rejects { { 1, "ticket 35438: missing created_at" } };
        QTest::newRow("zendesk ndjson")
            << QStringLiteral("zendesk/tickets.ndjson") << Format::Zendesk << 3 << 6
            << Rejects { { 2, "invalid JSON: A string is opened, but never closed." },
                   { 3, "ticket has no id" }, { 4, "ticket 4: unparseable created_at 'not a date'" } };
        QTest::newRow("zendesk csv") << QStringLiteral("zendesk/tickets.csv") << Format::Zendesk << 2 << 5
                                     << Rejects { { 5, "unparseable created_at '03/04/2023'" },
                                            { 6, "expected 15 fields, found 3" },
                                            { 7, "missing ticket id" } };
        QTest::newRow("intercom api") << QStringLiteral("intercom/conversations.json") << Format::Intercom
                                      << 2 << 3 << Rejects { { 1, "conversation 149: missing created_at" } };
        QTest::newRow("intercom csv") << QStringLiteral("intercom/messages.csv") << Format::Intercom << 2 << 7
                                      << Rejects { { 7, "unparseable message_created_at '14/11/2017'" },
                                             { 8, "missing conversation id" } };
    }
    void rejects()
    {
        QFETCH(QString, file);
        QFETCH(Format, format);
        QFETCH(int, tickets);
        QFETCH(int, rows);
        QFETCH(Rejects, rejects);
        const CollectingSink sink = parsed(file, format);
        QCOMPARE(static_cast<int>(sink.tickets.size()), tickets);
        QCOMPARE(sink.rowsRead, rows);
        verifyRejects(sink.rejects, rejects);
    }

    // The opening message and every part with a body, in order; state changes are not messages.
    void intercom_messages_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<std::vector<TicketMessage>>("expected");
        QTest::newRow("api") << QStringLiteral("intercom/conversations.json")
                             << std::vector<TicketMessage> {
                                    { "147", "user",
                                        "Hi, I can't export my report & the button is greyed out.\nThanks!",
                                        1663597223000, 1 },
                                    { "147", "admin", "Thanks Ana, which browser are you using?",
                                        1663597240000, 1 },
                                    { "147", "user", "Firefox 118\non Windows", 1663597250000, 1 },
                                    { "148", "user", "Do you accept PO numbers?", 1663600000000, 1 },
                                };
        QTest::newRow("csv")
            << QStringLiteral("intercom/messages.csv")
            << std::vector<TicketMessage> {
                   { "c900", "user", "Hi, my invoice shows the wrong VAT number.",
                       utcMs(2017, 11, 14, 21, 45, 8), 2 },
                   { "c900", "admin", "Thanks Cara - fixed and re-sent.", utcMs(2017, 11, 14, 21, 50), 3 },
                   { "c901", "bot", "Welcome! Anything we can help with?", utcMs(2017, 11, 16, 10), 5 },
                   { "c901", "user", "Yes - how do I add a teammate?", utcMs(2017, 11, 16, 10, 5), 6 },
               };
    }
    void intercom_messages()
    {
        QFETCH(QString, file);
        QFETCH(std::vector<TicketMessage>, expected);
        const CollectingSink sink = parsed(file, Format::Intercom);
        QCOMPARE(sink.messages.size(), expected.size());
        for (size_t i = 0; i < expected.size(); ++i)
            verifyMessage(sink.messages[i], expected[i]);
    }

    // Search API pages ({"results":[...]}) can hold users and organisations next to tickets.
    void zendesk_search_page_keeps_only_tickets()
    {
        QTemporaryDir dir;
        const std::string path = writeFile(dir, QStringLiteral("search.json"),
            R"({"results":[{"result_type":"ticket","id":7,"created_at":"2024-02-01T08:00:00Z","subject":"Refund",)"
            R"("requester_id":42,"via":{"channel":"web"},"satisfaction_rating":null,"assignee_id":null},)"
            R"({"result_type":"user","id":42,"created_at":"2020-01-01T00:00:00Z","name":"Ana"}],"count":2})");
        CollectingSink sink;
        QCOMPARE(parseInto(path, sink).outcome, Outcome::Success);
        QCOMPARE(sink.tickets.size(), size_t(1));
        COMPARE_STR(sink.tickets[0].externalId, "7");
        COMPARE_STR(sink.tickets[0].userRef, "42");
        verifyRejects(sink.rejects, { { 1, "not a ticket (result_type 'user')" } });
    }

    void missing_columns_fail_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<Format>("format");
        QTest::addColumn<QString>("message");
        QTest::newRow("zendesk without created_at")
            << QStringLiteral("id,subject,status\n1,Hi,open\n") << Format::Zendesk
            << QStringLiteral("no creation time column found (looked for created_at, created, date_created, "
                              "created_date)");
        QTest::newRow("intercom without conversation_id")
            << QStringLiteral("message_id,message_body,message_created_at\nm1,Hi,2020-01-01 00:00:00\n")
            << Format::Intercom
            << QStringLiteral("no conversation id column found (looked for conversation_id)");
    }
    void missing_columns_fail()
    {
        QFETCH(QString, csv);
        QFETCH(Format, format);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const std::string path = writeFile(dir, QStringLiteral("export.csv"), csv.toStdString());
        CollectingSink sink;
        const auto result = parseInto(path, sink, format);
        QCOMPARE(result.outcome, Outcome::Failed);
        COMPARE_STR(result.message, path + ": " + message.toStdString());
    }
};

QTEST_GUILESS_MAIN(TstRecordsTickets)
#include "tst_records_tickets.moc"
