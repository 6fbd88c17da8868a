#include "core/ingest/format.h"
#include "preset_test_util.h"

#include <QFile>

using namespace waymark;
using namespace waymark::test;

namespace {
// The same eight lines as plain NDJSON, gzip, and the export API's zip of hourly gzip members
// (lines 1-3 in the first member, 4-8 in the second).
const QStringList kVariants = { QStringLiteral("amplitude/export.json"),
    QStringLiteral("amplitude/export.json.gz"), QStringLiteral("amplitude/export_api.zip") };
const QString kDevice = QStringLiteral("dev-A");
} // namespace

class TstPresetAmplitude : public QObject {
    Q_OBJECT
private slots:
    void events_data()
    {
        addEventColumns();
        for (const QString& file : kVariants) {
            const QByteArray v = file.section(QLatin1Char('/'), 1).toUtf8();
            const char* tag = v.constData();
            QTest::addRow("%s device only", tag)
                << file << qint64(1) << "" << kDevice << "session_start"
                << qint64(utcMs(2020, 2, 15, 1, 0, 0, 123)) << "1581728400000"
                << "amp-ins-1"
                << R"({"user.plan":"trial","platform":"iOS","os_name":"ios",)"
                   R"("device_type":"Apple iPhone 11","country":"Germany","city":"Berlin",)"
                   R"("language":"German","version_name":"2.3.1"})";
            // No $insert_id: uuid dedups. Event properties win over the top-level platform.
            QTest::addRow("%s uuid, event props first", tag)
                << file << qint64(2) << "user-42" << kDevice << "Viewed Item"
                << qint64(utcMs(2020, 2, 15, 1, 2, 3, 500)) << "1581728400000"
                << "5f1c0a52-0001-11ea-8000-000000000002"
                << R"({"item_id":"sku-9","price":12.5,"platform":"web-view",)"
                   R"("user.plan":"trial","country":"Germany"})";
            QTest::addRow("%s session -1", tag) << file << qint64(3) << "user-42" << kDevice << "Backgrounded"
                                                << qint64(utcMs(2020, 2, 15, 1, 30)) << ""
                                                << "amp-ins-3"
                                                << R"({"reason":"timeout"})";
            QTest::addRow("%s nested values", tag)
                << file << qint64(4) << "user-7"
                << "dev-B"
                << "Purchase" << qint64(utcMs(2020, 2, 15, 2)) << "1581732000000"
                << "amp-ins-4"
                << R"({"revenue":30,"items":["a","b"],"user.cohort":{"name":"spring"}})";
        }
    }
    void events() { WAYMARK_CHECK_EVENT_ROW(); }

    void rejects_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString& file : kVariants)
            QTest::newRow(file.toUtf8().constData()) << file;
    }
    void rejects()
    {
        QFETCH(QString, file);
        const auto& sink = parsed(file);
        QVERIFY2(sink.result.outcome == ingest::Outcome::Success, sink.result.message.c_str());
        QCOMPARE(sink.rowsRead, 8);
        QCOMPARE(sink.events.size(), size_t(4));
        compareRejects(sink,
            strings({ "5: missing event_type", "6: missing user id (user_id and device_id are empty)",
                "7: unparseable event_time '15/02/2020 02:03'", "8: invalid JSON*" }));
    }

    void zip_named_like_the_api()
    {
        // The API's files are called *.json.gz although they are zips: content decides.
        TempProject project;
        QFile zip(QString::fromStdString(dataPath(kVariants[2])));
        QVERIFY(zip.open(QIODevice::ReadOnly));
        const std::string path = project.writeFile("123456_2020-02-15.json.gz", zip.readAll().toStdString());
        PresetSink sink;
        const auto result = parseInto(path, sink);
        QVERIFY2(result.outcome == ingest::Outcome::Success, result.message.c_str());
        QCOMPARE(sink.events.size(), size_t(4));
        QCOMPARE(sink.events.back().insertId, std::string("amp-ins-4"));
    }

    void http_api_shape()
    {
        // Events saved in the HTTP V2 upload format: `time` in epoch ms and `insert_id`.
        TempProject project;
        const std::string path = project.writeFile("upload.json",
            R"({"user_id":"user-9","device_id":"dev-9","event_type":"Login","time":1581728400250,)"
            R"("insert_id":"up-1","event_properties":{"method":"sso"}})"
            "\n");
        PresetSink sink;
        const auto result = parseInto(path, sink);
        QVERIFY2(result.outcome == ingest::Outcome::Success, result.message.c_str());
        QCOMPARE(sink.events.size(), size_t(1));
        QCOMPARE(sink.events[0].timeMs, utcMs(2020, 2, 15, 1, 0, 0, 250));
        QCOMPARE(sink.events[0].insertId, std::string("up-1"));
        QCOMPARE(sink.events[0].props, std::string(R"({"method":"sso"})"));
    }

    void truncated_gzip_fails_naming_the_file()
    {
        TempProject project;
        QFile gz(QString::fromStdString(dataPath(kVariants[1])));
        QVERIFY(gz.open(QIODevice::ReadOnly));
        const QByteArray bytes = gz.readAll();
        const std::string path = project.writeFile("cut.json.gz", bytes.left(bytes.size() / 2).toStdString());
        PresetSink sink;
        const auto result = parseInto(path, sink, ingest::Format::Amplitude);
        QVERIFY(result.outcome == ingest::Outcome::Failed);
        QVERIFY2(result.message.find(path) != std::string::npos, result.message.c_str());
    }

    void end_to_end()
    {
        WAYMARK_CHECK_END_TO_END(kVariants[2], (EndToEnd { ingest::Format::Amplitude, 4, 2, 4 }), {
            QCOMPARE(project.count(eventsOfUserSql("user-42")), 3);
            QCOMPARE(project.count("SELECT count(*) FROM sessions WHERE external_id = '1581728400000'"), 1);
        });
    }
};

QTEST_GUILESS_MAIN(TstPresetAmplitude)
#include "tst_preset_amplitude.moc"
