#include "core/store/event_catalog.h"
#include "testutil/temp_project.h"

#include <QTest>

using namespace waymark;
using test::TempProject;

class TstEventCatalog : public QObject {
    Q_OBJECT
private slots:
    void split_merge_and_rename()
    {
        TempProject p;
        QVERIFY(p.import(std::string(WAYMARK_TEST_DATA) + "/csv/rfc4180.csv").ok());
        auto& db = p.open().db();
        auto types = store::listEventTypes(db);
        QCOMPARE(types.size(), size_t(1));
        QCOMPARE(types[0].events, int64_t(3));
        QCOMPARE(types[0].aliases.size(), size_t(3));

        // Split "signUp" into a type of its own: its event moves with it.
        store::repointAlias(db, "signUp", "Sign Up (mobile)");
        types = store::listEventTypes(db);
        QCOMPARE(types.size(), size_t(2));
        QCOMPARE(types[0].displayName, std::string("Sign Up"));
        QCOMPARE(types[0].events, int64_t(2));
        QCOMPARE(types[1].displayName, std::string("Sign Up (mobile)"));
        QCOMPARE(types[1].events, int64_t(1));
        QCOMPARE(p.count("SELECT count(DISTINCT type) FROM events"), int64_t(2));

        // A later import of the same raw name follows the edited alias.
        QVERIFY(p.import(p.writeFile("more.csv", "user_id,event,timestamp\nu9,signUp,2024-05-01T00:00:00Z\n"))
                    .ok());
        QCOMPARE(store::listEventTypes(p.open().db())[1].events, int64_t(2));

        // Merge it back: the emptied type disappears.
        store::repointAlias(p.open().db(), "signUp", "sign_up");
        types = store::listEventTypes(p.open().db());
        QCOMPARE(types.size(), size_t(1));
        QCOMPARE(types[0].events, int64_t(4));

        store::renameEventType(p.open().db(), "Sign Up", "Signed up");
        QCOMPARE(store::listEventTypes(p.open().db())[0].displayName, std::string("Signed up"));
        QVERIFY_THROWS_EXCEPTION(store::DatabaseError, store::repointAlias(p.open().db(), "nope", "x"));
    }
};

QTEST_GUILESS_MAIN(TstEventCatalog)
#include "tst_event_catalog.moc"
