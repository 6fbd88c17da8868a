#include "core/store/database.h"
#include "core/store/project.h"
#include "core/store/schema.h"
#include "testutil/temp_project.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace waymark;
using namespace waymark::store;

class TstSchema : public QObject {
    Q_OBJECT
private slots:
    void new_project_has_current_schema_and_wal()
    {
        test::TempProject p;
        auto& project = p.open();
        QCOMPARE(project.db().userVersion(), kSchemaVersion);
        QCOMPARE(kSchemaVersion, 2);
        QCOMPARE(project.db().queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'sessions_start'"),
            int64_t(1));
        QCOMPARE(*project.db().queryText("PRAGMA journal_mode"), std::string("wal"));
        QCOMPARE(*project.db().queryText("PRAGMA integrity_check"), std::string("ok"));
        QCOMPARE(project.db().queryInt("PRAGMA page_size"), int64_t(16384));
    }

    // Every older schema version we ever shipped is kept as an SQL dump under tests/data/store/vN.sql
    // and must open (migrating forward) with its data intact.
    void opens_every_older_version_data()
    {
        QTest::addColumn<QString>("dump");
        const QDir dir(QStringLiteral(WAYMARK_TEST_DATA "/store"));
        const auto dumps = dir.entryList({ QStringLiteral("v*.sql") }, QDir::Files, QDir::Name);
        QVERIFY(!dumps.isEmpty());
        for (const auto& d : dumps)
            QTest::newRow(qPrintable(d)) << dir.filePath(d);
    }
    void opens_every_older_version()
    {
        QFETCH(QString, dump);
        QFile file(dump);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const std::string sql = file.readAll().toStdString();
        test::TempProject p;
        {
            Database raw(p.path());
            raw.exec(sql);
            QVERIFY(raw.userVersion() <= kSchemaVersion);
        }
        auto& project = p.open();
        QCOMPARE(project.db().userVersion(), kSchemaVersion);
        QCOMPARE(*project.db().queryText("PRAGMA integrity_check"), std::string("ok"));
        const auto info = project.info();
        QCOMPARE(info.events, int64_t(5));
        QCOMPARE(info.users, int64_t(3));
        QCOMPARE(info.sources.size(), size_t(2));
        // Schema 2's index on session starts exists after the migration.
        QCOMPARE(project.db().queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'sessions_start'"),
            int64_t(1));
        // The migrated project keeps working: a further import adds to it.
        const auto report
            = p.import(p.writeFile("more.csv", "user_id,event,timestamp\nu9,x,2025-01-01T00:00:00Z\n"));
        QVERIFY2(report.ok(), report.error.c_str());
        QCOMPARE(p.open().info().events, int64_t(6));
    }

    void refuses_newer_and_foreign_files()
    {
        test::TempProject p;
        {
            Database raw(p.path());
            raw.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion + 1));
        }
        try {
            p.open();
            QFAIL("a newer project must not open");
        } catch (const DatabaseError& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("newer Waymark")), e.what());
        }

        test::TempProject foreign;
        {
            Database raw(foreign.path());
            raw.exec("CREATE TABLE invoices(id INTEGER)");
        }
        QVERIFY_THROWS_EXCEPTION(DatabaseError, foreign.open());

        test::TempProject text;
        const auto path
            = text.writeFile("notes.waymark", "this is not a database, just some text that is long enough");
        QVERIFY_THROWS_EXCEPTION(DatabaseError, Project::open(path));
    }
};

QTEST_GUILESS_MAIN(TstSchema)
#include "tst_schema.moc"
