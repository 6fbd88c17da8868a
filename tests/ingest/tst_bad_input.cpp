// Bad input: more than 100 malformed rows (all counted, the first 100 listed with line and
// reason), and files no importer recognises (a clear message naming the file, project unchanged).
#include "testutil/temp_project.h"

#include <QTest>

using namespace waymark;
using test::TempProject;

namespace {

// What a project holds, to compare before and after a failed import.
std::string fingerprint(TempProject& p)
{
    std::string out;
    for (const char* table : { "events", "users", "identities", "sessions", "sources", "event_types",
             "event_keys", "source_rejects" })
        out += std::string(table) + "="
            + std::to_string(p.count(std::string("SELECT count(*) FROM ") + table)) + ";";
    return out + "ts=" + std::to_string(p.count("SELECT total(ts) FROM events"));
}

// Data row i (1-based) sits on line i + 1. Every fifth row is good; the others cycle through the
// four kinds of malformed row.
std::string badCsv(int rows)
{
    std::string text = "user_id,event,timestamp\n";
    for (int i = 1; i <= rows; ++i) {
        const std::string n = std::to_string(i);
        switch (i % 5) {
        case 0:
            text += "u" + n + ",Visit,2024-02-01T10:00:00Z\n";
            break;
        case 1:
            text += "u" + n + ",Visit,2024-02-01T10:00:00Z,extra\n";
            break;
        case 2:
            text += "u" + n + ",Visit,day " + n + "\n";
            break;
        case 3:
            text += ",Visit,2024-02-01T10:00:00Z\n";
            break;
        case 4:
            text += "u" + n + ",,2024-02-01T10:00:00Z\n";
            break;
        }
    }
    return text;
}

std::string reasonFor(int row)
{
    switch (row % 5) {
    case 1:
        return "expected 3 fields, found 4";
    case 2:
        return "unparseable time 'day " + std::to_string(row) + "'";
    case 3:
        return "missing user id";
    default:
        return "missing event name";
    }
}

} // namespace

class TstBadInput : public QObject {
    Q_OBJECT
private slots:
    void more_than_100_malformed_rows()
    {
        TempProject p;
        const auto report = p.import(p.writeFile("bad.csv", badCsv(250)));
        QVERIFY2(report.ok(), report.error.c_str());
        QCOMPARE(report.stats.rowsRead, int64_t(250));
        QCOMPARE(report.stats.rowsImported, int64_t(50)); // rows 5, 10, ..., 250
        QCOMPARE(report.stats.rowsRejected, int64_t(200)); // all counted
        QCOMPARE(report.stats.rejects.size(), size_t(100)); // the first 100 listed

        // Four rejects per five rows: the 100th is row 124 (25 groups, minus row 125), on line 125.
        const auto& r = report.stats.rejects;
        QCOMPARE(r[0].line, int64_t(2));
        QCOMPARE(r[0].reason, std::string("expected 3 fields, found 4"));
        QCOMPARE(r[1].line, int64_t(3));
        QCOMPARE(r[1].reason, std::string("unparseable time 'day 2'"));
        QCOMPARE(r[2].line, int64_t(4));
        QCOMPARE(r[2].reason, std::string("missing user id"));
        QCOMPARE(r[3].line, int64_t(5));
        QCOMPARE(r[3].reason, std::string("missing event name"));
        QCOMPARE(r[4].line, int64_t(7)); // line 6 is row 5, a good row
        QCOMPARE(r[98].line, int64_t(124));
        QCOMPARE(r[98].reason, std::string("missing user id"));
        QCOMPARE(r[99].line, int64_t(125));
        QCOMPARE(r[99].reason, std::string("missing event name"));
        // Every listed one: row i, line i + 1, skipping the good rows.
        int row = 0;
        for (const auto& reject : r) {
            do
                ++row;
            while (row % 5 == 0);
            QCOMPARE(reject.line, int64_t(row + 1));
            QCOMPARE(reject.reason, reasonFor(row));
        }

        // The project keeps the same: 200 counted on the source, the first 100 listed.
        QCOMPARE(p.count("SELECT rows_rejected FROM sources"), int64_t(200));
        QCOMPARE(p.count("SELECT rows_read FROM sources"), int64_t(250));
        QCOMPARE(p.count("SELECT count(*) FROM source_rejects"), int64_t(100));
        QCOMPARE(p.count("SELECT min(line) FROM source_rejects"), int64_t(2));
        QCOMPARE(p.count("SELECT max(line) FROM source_rejects"), int64_t(125));
        QCOMPARE(p.open().db().queryText("SELECT reason FROM source_rejects WHERE line = 103").value_or(""),
            std::string("unparseable time 'day 102'"));
        QCOMPARE(p.count("SELECT count(*) FROM events"), int64_t(50));
    }

    void more_than_100_malformed_json_lines()
    {
        TempProject p;
        // 120 lines: every third a good Mixpanel event, the rest broken JSON or without a user.
        std::string text;
        for (int i = 1; i <= 120; ++i) {
            // Plain literals: moc (Qt 6.4) loses track of raw strings ending in a quote-paren.
            if (i % 3 == 0)
                text += "{\"event\":\"Visit\",\"properties\":{\"time\":1706781600,\"distinct_id\":\"u"
                    + std::to_string(i) + "\",\"$insert_id\":\"i" + std::to_string(i) + "\"}}\n";
            else if (i % 3 == 1)
                text += "{\"event\":\"Visit\",\"properties\":{\"time\":1706781600,\n";
            else
                text += "{\"event\":\"Visit\",\"properties\":{\"time\":1706781600}}\n";
        }
        import::ImportOptions options;
        options.format = ingest::Format::Mixpanel;
        const auto report = p.import(p.writeFile("mixpanel.jsonl", text), options);
        QVERIFY2(report.ok(), report.error.c_str());
        QCOMPARE(report.stats.rowsRead, int64_t(120));
        QCOMPARE(report.stats.rowsImported, int64_t(40));
        QCOMPARE(report.stats.rowsRejected, int64_t(80));
        QCOMPARE(report.stats.rejects.size(), size_t(80)); // fewer than 100: all listed
        QCOMPARE(report.stats.rejects[0].line, int64_t(1));
        QVERIFY2(report.stats.rejects[0].reason.starts_with("invalid JSON"),
            report.stats.rejects[0].reason.c_str());
        QCOMPARE(report.stats.rejects[1].line, int64_t(2));
        QCOMPARE(report.stats.rejects[1].reason, std::string("missing user id (properties.distinct_id)"));
        QCOMPARE(report.stats.rejects[79].line, int64_t(119));

        // Twice the file: 240 lines, 160 rejected, lines 1..149 listed (the 100th is line 149).
        const auto twice = p.import(p.writeFile("twice.jsonl", text + text), options);
        QVERIFY2(twice.ok(), twice.error.c_str());
        QCOMPARE(twice.stats.rowsRejected, int64_t(160));
        QCOMPARE(twice.stats.rejects.size(), size_t(100));
        QCOMPARE(twice.stats.rejects[80].line, int64_t(121));
        QCOMPARE(twice.stats.rejects[99].line, int64_t(149));
        QCOMPARE(twice.stats.rowsImported, int64_t(0)); // the good lines are the same events again
        QCOMPARE(twice.stats.duplicatesSkipped, int64_t(80));
    }

    void unrecognised_file_stops_and_leaves_project_unchanged_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");

        QByteArray random;
        uint32_t x = 2463534242u; // xorshift32: the same bytes on every run
        for (int i = 0; i < 4096; ++i) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            random.append(static_cast<char>(x & 0xff));
        }
        QByteArray noNul = random;
        noNul.replace('\0', '\x01');
        const QByteArray png
            = QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000010000000100806000000")
            + QByteArray(64, '\0');
        const QString unrecognised = QStringLiteral(": unrecognised file format; choose one with --format");
        QTest::newRow("random bytes") << "random.bin" << random << unrecognised;
        QTest::newRow("control bytes, no NUL") << "noise.dat" << noNul << unrecognised;
        QTest::newRow("png image") << "picture.csv" << png << unrecognised;
        QTest::newRow("utf-16 text") << "utf16.csv"
                                     << QByteArray::fromHex(
                                            "fffe750073006500720000002c006500760065006e007400")
                                     << unrecognised;
        QTest::newRow("plain words") << "notes.txt" << QByteArray("shopping list\nmilk\nbread and butter\n")
                                     << unrecognised;
        // Prose with commas reads as delimited text, whose columns name no user or event.
        QTest::newRow("prose with commas")
            << "letter.txt" << QByteArray("Dear team, thanks for the demo.\nBest regards, Ana\n")
            << QStringLiteral(
                   ":1: no user column found (looked for user_id, distinct_id, case id, ...); name it "
                   "with --map user=COLUMN");
        QTest::newRow("empty") << "empty.csv" << QByteArray() << QStringLiteral(": file is empty");
    }

    void unrecognised_file_stops_and_leaves_project_unchanged()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        TempProject p;
        QVERIFY(p.import(std::string(WAYMARK_TEST_DATA) + "/csv/rfc4180.csv").ok());
        const std::string before = fingerprint(p);
        const std::string path = p.writeFile(name.toStdString(), content.toStdString());

        const auto report = p.import(path);
        QCOMPARE(int(report.outcome), int(ingest::Outcome::Failed));
        QCOMPARE(QString::fromStdString(report.error), QString::fromStdString(path) + message);
        QCOMPARE(report.stats.rowsImported, int64_t(0));
        QCOMPARE(fingerprint(p), before);
        QCOMPARE(p.count("SELECT count(*) FROM sources"), int64_t(1));
        QCOMPARE(*p.open().db().queryText("PRAGMA integrity_check"), std::string("ok"));
    }

    // The parser entry point says the same when it is asked to sniff.
    void parse_file_refuses_binary_data()
    {
        TempProject p;
        const std::string path = p.writeFile("blob.bin",
            std::string("\x7f"
                        "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                16)
                + "x,y,z\n");
        struct Nothing : ingest::RowSink {
            int rows = 0;
            bool event(const ingest::EventRow&) override { return ++rows, true; }
            void reject(int64_t, const std::string&) override { ++rows; }
        } sink;
        const auto result = ingest::parseFile(path, ingest::Format::Auto, {}, sink);
        QCOMPARE(int(result.outcome), int(ingest::Outcome::Failed));
        QCOMPARE(QString::fromStdString(result.message),
            QString::fromStdString(path)
                + QStringLiteral(
                    ": unrecognised file format; choose one with --format (csv, json, mixpanel, ...)"));
        QCOMPARE(sink.rows, 0);
    }
};

QTEST_GUILESS_MAIN(TstBadInput)
#include "tst_bad_input.moc"
