#include "core/ingest/input.h"
#include "core/ingest/parsers.h"
#include "records_test_util.h"

#include <QDir>
#include <QDirIterator>

using namespace waymark;
using namespace waymark::test;
using ingest::Format;

namespace {
struct Sniffer {
    Format format;
    ingest::SniffFunction sniff;
};
const Sniffer kRecordSniffers[] = {
    { Format::Xes, ingest::sniffXes },
    { Format::Zendesk, ingest::sniffZendesk },
    { Format::Intercom, ingest::sniffIntercom },
    { Format::Feedback, ingest::sniffFeedback },
    { Format::Crm, ingest::sniffCrm },
    { Format::Annotations, ingest::sniffAnnotations },
};
} // namespace

class TstRecordsSniff : public QObject {
    Q_OBJECT
private slots:
    void fixtures_sniff_to_their_format_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Format>("expected");
        const std::pair<const char*, Format> rows[] = {
            { "xes/small.xes", Format::Xes },
            { "xes/small.xes.gz", Format::Xes },
            { "zendesk/tickets_page.json", Format::Zendesk },
            { "zendesk/tickets.ndjson", Format::Zendesk },
            { "zendesk/tickets.csv", Format::Zendesk },
            { "intercom/conversations.json", Format::Intercom },
            { "intercom/messages.csv", Format::Intercom },
            { "feedback/nps.csv", Format::Feedback },
            { "feedback/ratings.csv", Format::Feedback },
            { "feedback/generic_nps.csv", Format::Feedback },
            { "feedback/csat.csv", Format::Feedback },
            { "crm/accounts.csv", Format::Crm },
            { "crm/companies.csv", Format::Crm },
            { "annotations/releases.csv", Format::Annotations },
            { "annotations/deploys.csv", Format::Annotations },
            // An event export is none of these: it stays with the generic CSV importer.
            { "records/events.csv", Format::Csv },
        };
        for (const auto& [file, format] : rows)
            QTest::newRow(file) << QString::fromLatin1(file) << format;
        QTest::newRow("helpdesk.xes.gz")
            << QString::fromStdString(dataset("helpdesk-log/helpdesk.xes.gz")) << Format::Xes;
    }
    void fixtures_sniff_to_their_format()
    {
        QFETCH(QString, file);
        QFETCH(Format, expected);
        const std::string path
            = file.startsWith(QLatin1Char('/')) ? file.toStdString() : fixture(file.toStdString());
        const std::string head = ingest::readHead(path);
        QCOMPARE(ingest::sniffFormat(head, path), expected);
        // Clearly ahead of the generic importers on their own content, and 0 on everyone else's.
        for (const Sniffer& s : kRecordSniffers) {
            const int score = s.sniff(head, path);
            if (s.format == expected) {
                QVERIFY2(score >= 40 && score <= 60, qPrintable(QString::number(score)));
                QVERIFY(score > ingest::sniffGenericCsv(head, path) + 20);
                QVERIFY(score > ingest::sniffGenericJson(head, path) + 20);
            } else {
                QVERIFY2(score == 0,
                    qPrintable(QStringLiteral("%1 scores %2")
                                   .arg(QString::fromLatin1(ingest::formatName(s.format).data()))
                                   .arg(score)));
            }
        }
    }

    // Every other fixture in the tree and the shared event logs: no record format claims them.
    void other_files_are_not_records_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList mine = { QStringLiteral("xes"), QStringLiteral("zendesk"),
            QStringLiteral("intercom"), QStringLiteral("feedback"), QStringLiteral("crm"),
            QStringLiteral("annotations"), QStringLiteral("records"),
            QStringLiteral("cli") }; // cli/: the CLI test's mixed set (events, Zendesk tickets, NPS)
        const QDir data(QString::fromLatin1(WAYMARK_TEST_DATA));
        QDirIterator it(data.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!mine.contains(data.relativeFilePath(path).section(QLatin1Char('/'), 0, 0)))
                QTest::newRow(qPrintable(data.relativeFilePath(path))) << path;
        }
        for (const char* log : { "pm4py-receipt/receipt.csv", "retentioneering-ecom/ecom.csv.gz" })
            QTest::newRow(log) << QString::fromStdString(dataset(log));
    }
    void other_files_are_not_records()
    {
        QFETCH(QString, path);
        const std::string file = path.toStdString();
        std::string head;
        try {
            head = ingest::readHead(file);
        } catch (const std::exception& e) {
            QSKIP(e.what()); // a deliberately broken archive: nothing to sniff
        }
        for (const Sniffer& s : kRecordSniffers)
            QCOMPARE(s.sniff(head, file), 0);
    }
};

QTEST_GUILESS_MAIN(TstRecordsSniff)
#include "tst_records_sniff.moc"
