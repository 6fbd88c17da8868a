#include "core/util/event_names.h"

#include <QTest>

using namespace waymark;

class TstEventNames : public QObject {
    Q_OBJECT
private slots:
    void canonical_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("key");
        QTest::newRow("spaces") << "Sign Up"
                                << "sign_up";
        QTest::newRow("snake") << "sign_up"
                               << "sign_up";
        QTest::newRow("camel") << "signUp"
                               << "sign_up";
        QTest::newRow("pascal") << "SignUp"
                                << "sign_up";
        QTest::newRow("hyphen") << "sign-up"
                                << "sign_up";
        QTest::newRow("upper snake") << "SIGN_UP"
                                     << "sign_up";
        QTest::newRow("padded") << "  Sign   Up "
                                << "sign_up";
        QTest::newRow("acronym") << "HTTPRequest Sent"
                                 << "http_request_sent";
        QTest::newRow("digits") << "T02 Check confirmation"
                                << "t02_check_confirmation";
        QTest::newRow("dollar") << "$pageview"
                                << "$pageview";
        QTest::newRow("unicode kept") << "Größe ändern"
                                      << "größe_ändern";
    }
    void canonical()
    {
        QFETCH(QString, raw);
        QFETCH(QString, key);
        QCOMPARE(QString::fromStdString(canonicalEventKey(raw.toStdString())), key);
    }
};

QTEST_GUILESS_MAIN(TstEventNames)
#include "tst_event_names.moc"
