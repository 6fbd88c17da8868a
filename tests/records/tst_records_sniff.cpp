#include "core/ingest/input.h"
#include "core/ingest/parsers.h"
#include "records_test_util.h"

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
};

QTEST_GUILESS_MAIN(TstRecordsSniff)
#include "tst_records_sniff.moc"
