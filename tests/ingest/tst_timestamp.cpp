#include "core/util/timestamp.h"
#include "testutil/collecting_sink.h"

#include <QTest>

using namespace waymark;
using test::utcMs;

class TstTimestamp : public QObject {
    Q_OBJECT
private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("iso Z") << "2024-01-04T11:45:38Z" << qint64(utcMs(2024, 1, 4, 11, 45, 38));
        QTest::newRow("iso ms Z") << "2024-01-04T11:45:38.123Z" << qint64(utcMs(2024, 1, 4, 11, 45, 38, 123));
        QTest::newRow("iso offset") << "2011-10-11 13:45:40.276000+02:00"
                                    << qint64(utcMs(2011, 10, 11, 11, 45, 40, 276));
        QTest::newRow("iso offset no colon")
            << "2011-10-11T13:45:40-0130" << qint64(utcMs(2011, 10, 11, 15, 15, 40));
        QTest::newRow("space no zone") << "2024-03-13 10:21:14" << qint64(utcMs(2024, 3, 13, 10, 21, 14));
        QTest::newRow("amplitude micro")
            << "2020-02-15 01:00:00.123456" << qint64(utcMs(2020, 2, 15, 1, 0, 0, 123));
        QTest::newRow("date only") << "2024-02-29" << qint64(utcMs(2024, 2, 29));
        QTest::newRow("no seconds") << "2024-02-29T08:30" << qint64(utcMs(2024, 2, 29, 8, 30));
        QTest::newRow("epoch s") << "1602611311" << qint64(1602611311000LL);
        QTest::newRow("epoch s fraction") << "1602611311.25" << qint64(1602611311250LL);
        QTest::newRow("epoch ms") << "1602611311123" << qint64(1602611311123LL);
        QTest::newRow("epoch us") << "1602611311123456" << qint64(1602611311123LL);
        QTest::newRow("epoch ns") << "1602611311123456789" << qint64(1602611311123LL);
        QTest::newRow("quoted") << "\"2024-01-04T11:45:38Z\"" << qint64(utcMs(2024, 1, 4, 11, 45, 38));
        QTest::newRow("before 1970") << "1969-12-31T23:59:59Z" << qint64(-1000);
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        const auto ms = parseTimestampMs(text.toStdString());
        QVERIFY2(ms.has_value(), qPrintable(text));
        QCOMPARE(*ms, expected);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* bad : { "", "yesterday", "2024-13-01", "2024-01-04T25:00:00", "2024-01-04X11:00",
                 "12ab", "2024-01-04T11:45:38+2", "2024/01/04" })
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }
    void rejects()
    {
        QFETCH(QString, text);
        QVERIFY(!parseTimestampMs(text.toStdString()).has_value());
    }

    void zone_applies_to_wall_clock_only()
    {
        auto berlin = ZoneConverter::create("Europe/Berlin");
        QVERIFY(berlin);
        // Winter (+01:00) and summer (+02:00) offsets.
        QCOMPARE(*parseTimestampMs("2024-01-15 12:00:00", berlin.get()), utcMs(2024, 1, 15, 11));
        QCOMPARE(*parseTimestampMs("2024-07-15 12:00:00", berlin.get()), utcMs(2024, 7, 15, 10));
        // An explicit offset wins over the zone; epoch numbers are UTC by definition.
        QCOMPARE(*parseTimestampMs("2024-07-15T12:00:00Z", berlin.get()), utcMs(2024, 7, 15, 12));
        QCOMPARE(*parseTimestampMs("1602611311", berlin.get()), 1602611311000LL);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ZoneConverter::create("Mars/Olympus"));
        QVERIFY(!ZoneConverter::create("UTC"));
    }

    void formats_iso()
    {
        QCOMPARE(formatIsoUtc(utcMs(2024, 1, 4, 11, 45, 38, 7)), std::string("2024-01-04T11:45:38.007Z"));
    }
};

QTEST_GUILESS_MAIN(TstTimestamp)
#include "tst_timestamp.moc"
