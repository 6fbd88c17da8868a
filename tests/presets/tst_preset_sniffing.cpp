#include "core/ingest/format.h"
#include "core/ingest/input.h"
#include "core/ingest/parsers.h"
#include "preset_test_util.h"

using namespace waymark;
using namespace waymark::ingest;
using namespace waymark::test;

namespace {

struct Preset {
    Format format;
    SniffFunction sniff;
};
const Preset kPresets[] = { { Format::Mixpanel, sniffMixpanel }, { Format::Amplitude, sniffAmplitude },
    { Format::Segment, sniffSegment }, { Format::Posthog, sniffPosthog }, { Format::Ga4, sniffGa4 },
    { Format::Heap, sniffHeap } };

// Every fixture of the analytics presets, compressed ones included.
const std::pair<const char*, Format> kFixtures[] = {
    { "mixpanel/export.jsonl", Format::Mixpanel },
    { "amplitude/export.json", Format::Amplitude },
    { "amplitude/export.json.gz", Format::Amplitude },
    { "amplitude/export_api.zip", Format::Amplitude },
    { "segment/messages.jsonl", Format::Segment },
    { "segment/batch.json", Format::Segment },
    { "posthog/events.jsonl", Format::Posthog },
    { "posthog/events.csv", Format::Posthog },
    { "ga4/events.jsonl", Format::Ga4 },
    { "ga4/events_array.json", Format::Ga4 },
    { "heap/all_events.csv", Format::Heap },
    { "heap/all_events.json", Format::Heap },
};

} // namespace

class TstPresetSniffing : public QObject {
    Q_OBJECT
private slots:
    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("format");
        for (const auto& [file, format] : kFixtures)
            QTest::newRow(file) << QString::fromLatin1(file) << int(format);
    }
    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(int, format);
        const std::string path = dataPath(file);
        const std::string head = readHead(path);
        QCOMPARE(int(sniffFormat(head, path)), format);
        for (const auto& preset : kPresets) {
            const int score = preset.sniff(head, path);
            if (int(preset.format) == format) {
                // Clearly above generic CSV (10) and JSON (5).
                QVERIFY2(score >= 40, qPrintable(QStringLiteral("own score %1").arg(score)));
                QVERIFY(score > sniffGenericCsv(head, path) && score > sniffGenericJson(head, path));
            } else {
                QVERIFY2(score == 0,
                    qPrintable(QStringLiteral("%1 scores %2")
                                   .arg(QString::fromLatin1(formatName(preset.format).data()))
                                   .arg(score)));
            }
        }
    }

    void foreign_samples_score_zero_data()
    {
        QTest::addColumn<QString>("head");
        QTest::newRow("generic csv") << "user_id,event,timestamp\nu1,click,2024-01-01T00:00:00Z\n";
        QTest::newRow("generic json")
            << R"({"user_id":"u1","event":"click","timestamp":"2024-01-01T00:00:00Z"})";
        QTest::newRow("generic json with properties")
            << R"({"user_id":"u1","event":"click","time":"2024-01-01","properties":{"plan":"pro"}})";
        QTest::newRow("zendesk tickets")
            << R"({"tickets":[{"id":35436,"requester_id":20978392,"subject":"Help",)"
               R"("created_at":"2009-07-20T22:55:29Z"}]})";
        QTest::newRow("intercom conversation")
            << R"({"type":"conversation","id":"123","created_at":1539897198})";
        QTest::newRow("xes") << "<?xml version=\"1.0\"?><log xes.version=\"1.0\"></log>";
        QTest::newRow("not a record") << "[1, 2, 3]";
    }
    void foreign_samples_score_zero()
    {
        QFETCH(QString, head);
        const std::string text = head.toStdString();
        for (const auto& preset : kPresets)
            QVERIFY2(preset.sniff(text, "export.json") == 0, formatName(preset.format).data());
    }

    void segment_batch_larger_than_the_sample()
    {
        // A batch cut off by the 64 KiB sample is still recognised by its keys.
        std::string head = R"({"batch":[)";
        while (head.size() < 70000)
            head += R"({"type":"track","event":"Clicked","userId":"u1","anonymousId":"a1","messageId":"m"},)";
        head.resize(64 * 1024);
        QCOMPARE(int(sniffFormat(head, "batch.json")), int(Format::Segment));
    }
};

QTEST_GUILESS_MAIN(TstPresetSniffing)
#include "tst_preset_sniffing.moc"
