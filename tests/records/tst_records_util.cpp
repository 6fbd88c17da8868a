#include "core/ingest/records_util.h"

#include <QTest>
#include <cmath>

using namespace waymark::ingest;

class TstRecordsUtil : public QObject {
    Q_OBJECT
private slots:
    void loose_numbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("value");
        QTest::newRow("plain") << QStringLiteral("1200") << true << 1200.0;
        QTest::newRow("thousands and cents") << QStringLiteral("1,200.50") << true << 1200.5;
        QTest::newRow("dollar") << QStringLiteral("$1200") << true << 1200.0;
        QTest::newRow("euro and space") << QStringLiteral("€ 99.90") << true << 99.9;
        QTest::newRow("negative") << QStringLiteral("-$5") << true << -5.0;
        QTest::newRow("percent") << QStringLiteral("12%") << true << 12.0;
        QTest::newRow("words") << QStringLiteral("lots") << false << 0.0;
        QTest::newRow("range") << QStringLiteral("5-10") << false << 0.0;
        QTest::newRow("empty") << QString() << false << 0.0;
    }
    void loose_numbers()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(double, value);
        double out = 0;
        QCOMPARE(parseLooseNumber(text.toStdString(), out), ok);
        if (ok) QCOMPARE(out, value);
    }

    void company_sizes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("value");
        QTest::newRow("number") << QStringLiteral("250") << true << qint64(250);
        QTest::newRow("thousands") << QStringLiteral("10,000") << true << qint64(10000);
        QTest::newRow("range") << QStringLiteral("51-200") << true << qint64(51);
        QTest::newRow("spaced range") << QStringLiteral("51 - 200") << true << qint64(51);
        QTest::newRow("words range") << QStringLiteral("11 to 50") << true << qint64(11);
        QTest::newRow("open range") << QStringLiteral("1000+") << true << qint64(1000);
        QTest::newRow("n/a") << QStringLiteral("n/a") << true << qint64(-1);
        QTest::newRow("empty") << QString() << true << qint64(-1);
        QTest::newRow("words") << QStringLiteral("huge") << false << qint64(0);
        QTest::newRow("suffix") << QStringLiteral("10k") << false << qint64(0);
    }
    void company_sizes()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, value);
        int64_t out = 0;
        QCOMPARE(parseCompanySize(text.toStdString(), out), ok);
        if (ok) QCOMPARE(out, value);
    }

    void html_to_text_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::newRow("paragraphs") << QStringLiteral("<p>Hi there</p><p>Second</p>")
                                    << QStringLiteral("Hi there\nSecond");
        QTest::newRow("break and entities")
            << QStringLiteral("a &amp; b<br/>c &lt;d&gt; &#39;e&#39; &#x263A;")
            << QStringLiteral("a & b\nc <d> 'e' \u263A");
        QTest::newRow("attributes and links") << QStringLiteral(
            "<p class=\"no-margin\">See <a href=\"https://x.example/?a=1&amp;b=2\">the docs</a></p>")
                                              << QStringLiteral("See the docs");
        QTest::newRow("plain text with a less-than")
            << QStringLiteral("1 < 2 and 3 > 2") << QStringLiteral("1 < 2 and 3 > 2");
        QTest::newRow("blank lines") << QStringLiteral("<div>  one </div>\n\n<div></div><div>two</div>")
                                     << QStringLiteral("one\ntwo");
        QTest::newRow("unknown entity") << QStringLiteral("AT&T &bogus;") << QStringLiteral("AT&T &bogus;");
    }
    void html_to_text()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(htmlToText(html.toStdString())), text);
    }

    void tags_data()
    {
        QTest::addColumn<QString>("tags");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("comma space") << QStringLiteral("billing, vat") << QStringLiteral("billing,vat");
        QTest::newRow("spaces") << QStringLiteral("bug  export ") << QStringLiteral("bug,export");
        QTest::newRow("empty items") << QStringLiteral(",a,,b,") << QStringLiteral("a,b");
        QTest::newRow("empty") << QString() << QString();
    }
    void tags()
    {
        QFETCH(QString, tags);
        QFETCH(QString, normalised);
        std::string out;
        QCOMPARE(QString::fromStdString(std::string(normaliseTags(tags.toStdString(), out))), normalised);
    }

    void find_column_prefers_candidate_order()
    {
        const std::vector<std::string> header = { "id", "score", "nps_score" };
        QCOMPARE(findColumn(header, { "nps_score", "score" }), 2);
        QCOMPARE(findColumn(header, { "rating" }), -1);
        QCOMPARE(candidateList({ "a", "b" }), std::string("a, b"));
    }
};

QTEST_GUILESS_MAIN(TstRecordsUtil)
#include "tst_records_util.moc"
