// QAbstractItemModelTester on the models the page tests do not cover (FunnelTableModel and
// VariantsModel are checked in tst_funnels_page and tst_process_page): RecordTableModel,
// PreviewModel and the lazily loaded SessionTableModel, each with values worked out by hand; and
// the session timeline's tables, filled from a hand-made session.
//
// Session project (session gap 30 minutes; times UTC):
//   u1: 2026-01-05 10:00, 10:01, 10:03      -> session A: 3 events, 3 min
//   u2: 2026-01-05 11:00, 11:10             -> session B: 2 events, 10 min
//   u1: 2026-01-06 09:00                    -> session C: 1 event, 0 s
//   u3: 2026-01-07 08:00, 08:20             -> session D: 2 events, 20 min
//   u3: 2026-01-07 09:00 (40 min later)     -> session E: 1 event, 0 s
//   zbulk: 445 single-event sessions an hour apart from 2026-02-01, so the list spans three
//   blocks of SessionTableModel::kBlockSize (200) rows: 450 sessions in all.
#include "testutil/temp_project.h"
#include "ui/common/format.h"
#include "ui/common/record_table_model.h"
#include "ui/import/import_preview.h"
#include "ui/import/preview_model.h"
#include "ui/sessions/session_table_model.h"
#include "ui/sessions/session_timeline.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <map>

using namespace waymark;
using namespace waymark::ui;

namespace {

qint64 utc(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
}

// Asks for every row (as a view scrolling through would) and waits until all blocks arrived.
bool loadAll(SessionTableModel& model)
{
    for (int r = 0; r < model.rowCount(); r += SessionTableModel::kBlockSize)
        model.data(model.index(r, 0), Qt::DisplayRole);
    return QTest::qWaitFor(
        [&] {
            for (int r = 0; r < model.rowCount(); ++r)
                if (!model.loadedRow(r)) return false;
            return true;
        },
        10000);
}

bool settle(SessionTableModel& model)
{
    if (!QTest::qWaitFor(
            [&] { return model.countState() == SessionTableModel::CountState::Complete; }, 10000))
        return false;
    return loadAll(model);
}

QString cell(const SessionTableModel& model, int row, int column)
{
    return model.data(model.index(row, column), Qt::DisplayRole).toString();
}

} // namespace

class TstModels : public QObject {
    Q_OBJECT
private:
    test::TempProject m_project;
    std::map<QString, qint64> m_users; // external id -> users.id
    std::map<qint64, qint64> m_sessionAt; // start ms -> sessions.id

private slots:
    void initTestCase()
    {
        std::string csv = "user_id,event,timestamp\n"
                          "u1,Signup,2026-01-05T10:00:00Z\nu1,Profile,2026-01-05T10:01:00Z\nu1,Invite,2026-"
                          "01-05T10:03:00Z\n"
                          "u2,Signup,2026-01-05T11:00:00Z\nu2,Browse,2026-01-05T11:10:00Z\n"
                          "u1,Browse,2026-01-06T09:00:00Z\n"
                          "u3,Signup,2026-01-07T08:00:00Z\nu3,Browse,2026-01-07T08:20:00Z\nu3,Browse,2026-01-"
                          "07T09:00:00Z\n";
        for (int k = 0; k < 445; ++k)
            csv += "zbulk,Ping,"
                + QDateTime::fromMSecsSinceEpoch(utc(2, 1, 0, 0) + qint64(k) * 3600 * 1000, Qt::UTC)
                      .toString(Qt::ISODate)
                      .toStdString()
                + "\n";
        QVERIFY(m_project.import(m_project.writeFile("sessions.csv", csv)).ok());
        QCOMPARE(m_project.count("SELECT count(*) FROM sessions"), 450);
        auto users = m_project.open().db().prepare("SELECT id, external_id FROM users");
        while (users.step())
            m_users[QString::fromUtf8(users.columnText(1).data())] = users.columnInt(0);
        auto sessions = m_project.open().db().prepare("SELECT id, start_ts FROM sessions");
        while (sessions.step())
            m_sessionAt[sessions.columnInt(1)] = sessions.columnInt(0);
        m_project.close();
        QCOMPARE(m_users.size(), size_t(4));
    }

    void recordTableModel()
    {
        RecordTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHeaders({ QStringLiteral("Event"), QStringLiteral("Events"), QStringLiteral("Share") });
        auto signup = RecordTableModel::text(QStringLiteral("Signup"), QStringLiteral("the first event"));
        signup.key = qint64(7);
        auto share = RecordTableModel::number(QStringLiteral("25.0%"), 0.25);
        share.fraction = 0.25;
        auto browse = RecordTableModel::text(QStringLiteral("Browse"));
        browse.key = qint64(9);
        // The second row is short (one cell) and the third long (four): both are fitted to the headers.
        model.setRows({ { signup, RecordTableModel::number(1234), share }, { browse },
            { RecordTableModel::text(QStringLiteral("Invite")), RecordTableModel::number(10),
                RecordTableModel::number(2), RecordTableModel::text(QStringLiteral("dropped")) } });
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.row(1).size(), 3);
        QCOMPARE(model.row(2).size(), 3);
        auto at = [&](int row, int column, int role) { return model.data(model.index(row, column), role); };
        QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Events"));
        QCOMPARE(at(0, 0, Qt::DisplayRole).toString(), QStringLiteral("Signup"));
        QCOMPARE(at(0, 0, Qt::ToolTipRole).toString(), QStringLiteral("the first event"));
        QVERIFY(!at(0, 1, Qt::ToolTipRole).isValid());
        QCOMPARE(at(0, 1, Qt::DisplayRole).toString(), formatCount(1234));
        QCOMPARE(at(0, 1, RecordTableModel::SortRole).toLongLong(), 1234);
        QCOMPARE(at(0, 1, Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(at(0, 0, Qt::TextAlignmentRole).toInt(), int(Qt::AlignLeft | Qt::AlignVCenter));
        QCOMPARE(at(1, 0, RecordTableModel::SortRole).toString(),
            QStringLiteral("Browse")); // no sort value: the text
        QCOMPARE(at(1, 2, Qt::DisplayRole).toString(), QString()); // padded cell
        QCOMPARE(at(0, 2, RecordTableModel::FractionRole).toDouble(), 0.25);
        QVERIFY(!at(0, 1, RecordTableModel::FractionRole).isValid());
        // A cell without a key stands for its row's key.
        QCOMPARE(at(0, 2, RecordTableModel::KeyRole).toLongLong(), 7);
        QCOMPARE(at(1, 0, RecordTableModel::KeyRole).toLongLong(), 9);
        QCOMPARE(at(0, 0, Qt::AccessibleTextRole).toString(), QStringLiteral("Signup"));

        // Sorting through a proxy on SortRole: numbers by value (10 after 2... and before 1,234).
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(RecordTableModel::SortRole);
        proxy.sort(1, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Browse")); // empty count first
        QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("Invite")); // 10
        QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("Signup")); // 1,234

        // Fewer headers trim the rows; more pad them.
        model.setHeaders({ QStringLiteral("Event"), QStringLiteral("Events") });
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.row(0).size(), 2);
        model.setHeaders({ QStringLiteral("Event"), QStringLiteral("Events"), QStringLiteral("Share"),
            QStringLiteral("Note") });
        QCOMPARE(at(0, 3, Qt::DisplayRole).toString(), QString());
        QVERIFY(!at(0, 2, RecordTableModel::FractionRole).isValid()); // dropped with the trimmed column
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(proxy.rowCount(), 0);
    }

    void previewModel()
    {
        // 120 rows, so the preview stops at kPreviewRows; user, event and time are found by name.
        QString csv = QStringLiteral("user_id,event_name,timestamp,plan\n");
        for (int i = 0; i < 120; ++i)
            csv += QStringLiteral("u%1,Event %2,2026-01-05T10:%3:00Z,%4\n")
                       .arg(i % 7)
                       .arg(i % 5)
                       .arg(i % 60, 2, 10, QLatin1Char('0'))
                       .arg(i % 2 ? QStringLiteral("pro") : QStringLiteral("free"));
        const QString path = QString::fromStdString(m_project.writeFile("preview.csv", csv.toStdString()));

        PreviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
        model.setPreview(buildPreview(path, ingest::Format::Auto, {}));
        const ImportPreview& p = model.preview();
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.format, ingest::Format::Csv);
        QVERIFY(p.detected);
        QVERIFY(p.mappable);
        QCOMPARE(p.estimatedRows, 120.0);
        QCOMPARE(model.rowCount(), kPreviewRows);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.fieldOfColumn(0), int(ingest::EventField::User));
        QCOMPARE(model.fieldOfColumn(1), int(ingest::EventField::Event));
        QCOMPARE(model.fieldOfColumn(2), int(ingest::EventField::Time));
        QCOMPARE(model.fieldOfColumn(3), -1);
        QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(),
            QStringLiteral("user_id\n[user]"));
        QCOMPARE(model.headerData(2, Qt::Horizontal, Qt::DisplayRole).toString(),
            QStringLiteral("timestamp\n[time]"));
        QCOMPARE(model.headerData(3, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("plan"));
        QCOMPARE(model.headerData(3, Qt::Horizontal, PreviewModel::FieldRole).toInt(), -1);
        QCOMPARE(model.headerData(3, Qt::Horizontal, Qt::ToolTipRole).toString(),
            QStringLiteral("Kept as an event property"));
        QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString(),
            QStringLiteral("Used as the event column"));
        QCOMPARE(model.headerData(0, Qt::Vertical, Qt::DisplayRole).toInt(), 1);
        QCOMPARE(model.headerData(49, Qt::Vertical, Qt::DisplayRole).toInt(), 50);
        // Row 13 (0-based): u6, Event 3, 10:13, pro; role columns bold, properties not.
        QCOMPARE(model.data(model.index(13, 0), Qt::DisplayRole).toString(), QStringLiteral("u6"));
        QCOMPARE(model.data(model.index(13, 1), Qt::DisplayRole).toString(), QStringLiteral("Event 3"));
        QCOMPARE(model.data(model.index(13, 2), Qt::DisplayRole).toString(),
            QStringLiteral("2026-01-05T10:13:00Z"));
        QCOMPARE(model.data(model.index(13, 3), Qt::ToolTipRole).toString(), QStringLiteral("pro"));
        QVERIFY(model.data(model.index(13, 0), Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.data(model.index(13, 3), Qt::FontRole).isValid());

        // The user's mapping: plan as the session column, no user column at all (the device column
        // is not there either, so the mapping is rejected and the detected roles are kept).
        model.setPreview(buildPreview(path, ingest::Format::Auto, { { "session", "plan" } }));
        QCOMPARE(model.fieldOfColumn(3), int(ingest::EventField::Session));
        QCOMPARE(model.headerData(3, Qt::Horizontal, Qt::DisplayRole).toString(),
            QStringLiteral("plan\n[session]"));
        model.setPreview(buildPreview(path, ingest::Format::Auto, { { "user", "-" } }));
        QVERIFY(!model.preview().mappingProblem.isEmpty());
        QCOMPARE(model.rowCount(), kPreviewRows);

        // An unreadable file: an empty table and the reason.
        model.setPreview(buildPreview(path + QStringLiteral(".missing"), ingest::Format::Auto, {}));
        QVERIFY(!model.preview().error.isEmpty());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
        QVERIFY(!model.headerData(0, Qt::Horizontal, Qt::DisplayRole).isValid());
    }

    void sessionTableModel()
    {
        SessionTableModel model(QString::fromStdString(m_project.path()));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.countState(), SessionTableModel::CountState::Unknown);
        QSignalSpy counts(&model, &SessionTableModel::countChanged);
        model.setQuery({});
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 450);
        QCOMPARE(model.columnCount(), int(SessionTableModel::ColumnCount));
        QVERIFY(counts.count() >= 2); // reset to 0, then the listing
        QCOMPARE(counts.last().at(0).toInt(), 450);
        QVERIFY(model.cachedRowCount() >= 450);

        // Start order: A B C D E, then the bulk user.
        const qint64 a = m_sessionAt.at(utc(1, 5, 10, 0)), b = m_sessionAt.at(utc(1, 5, 11, 0)),
                     c = m_sessionAt.at(utc(1, 6, 9, 0)), d = m_sessionAt.at(utc(1, 7, 8, 0)),
                     e = m_sessionAt.at(utc(1, 7, 9, 0));
        QCOMPARE((QVector<qint64> { model.sessionId(0), model.sessionId(1), model.sessionId(2),
                     model.sessionId(3), model.sessionId(4) }),
            (QVector<qint64> { a, b, c, d, e }));
        QCOMPARE(cell(model, 0, SessionTableModel::UserColumn), QStringLiteral("u1"));
        QCOMPARE(cell(model, 0, SessionTableModel::StartColumn), formatDateTime(utc(1, 5, 10, 0)));
        QCOMPARE(cell(model, 0, SessionTableModel::DurationColumn), formatDuration(3 * 60000));
        QCOMPARE(cell(model, 0, SessionTableModel::EventsColumn), QStringLiteral("3"));
        QCOMPARE(cell(model, 1, SessionTableModel::UserColumn), QStringLiteral("u2"));
        QCOMPARE(cell(model, 1, SessionTableModel::DurationColumn), formatDuration(10 * 60000));
        QCOMPARE(cell(model, 2, SessionTableModel::EventsColumn), QStringLiteral("1"));
        QCOMPARE(cell(model, 3, SessionTableModel::DurationColumn), formatDuration(20 * 60000));
        QCOMPARE(cell(model, 4, SessionTableModel::UserColumn), QStringLiteral("u3"));
        QCOMPARE(cell(model, 449, SessionTableModel::UserColumn), QStringLiteral("zbulk"));
        QCOMPARE(cell(model, 449, SessionTableModel::StartColumn),
            formatDateTime(utc(2, 1, 0, 0) + 444ll * 3600 * 1000));
        QCOMPARE(model.data(model.index(3, 0), SessionTableModel::UserIdRole).toLongLong(),
            m_users.at(QStringLiteral("u3")));
        QCOMPARE(model.data(model.index(3, 0), SessionTableModel::SessionIdRole).toLongLong(), d);
        QCOMPARE(model.data(model.index(3, SessionTableModel::DurationColumn), SessionTableModel::SortRole)
                     .toLongLong(),
            20 * 60000);
        QCOMPARE(model.data(model.index(3, 0), SessionTableModel::LoadedRole).toBool(), true);
        QCOMPARE(model.rowOfSession(e), 4);
        QCOMPARE(model.rowOfSession(-1), -1);
        QCOMPARE(
            model.headerData(SessionTableModel::PredictedColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
            QStringLiteral("Predicted (no model)"));
        QVERIFY(!model.hasPredictions());
        QCOMPARE(cell(model, 0, SessionTableModel::LabelColumn), QString());

        // Longest first: D 20 min, B 10 min, A 3 min, then the 447 single-event sessions, newest id first.
        model.sort(SessionTableModel::DurationColumn, Qt::DescendingOrder);
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 450);
        QCOMPARE((QVector<qint64> { model.sessionId(0), model.sessionId(1), model.sessionId(2) }),
            (QVector<qint64> { d, b, a }));
        QVERIFY(model.sessionId(3) > model.sessionId(4));
        // By user: u1 (A, C by start... the tie on user breaks on id), u2, u3, then zbulk.
        model.sort(SessionTableModel::UserColumn, Qt::AscendingOrder);
        QVERIFY(settle(model));
        QCOMPARE(cell(model, 0, SessionTableModel::UserColumn), QStringLiteral("u1"));
        QCOMPARE(cell(model, 1, SessionTableModel::UserColumn), QStringLiteral("u1"));
        QCOMPARE(cell(model, 2, SessionTableModel::UserColumn), QStringLiteral("u2"));
        QCOMPARE(cell(model, 4, SessionTableModel::UserColumn), QStringLiteral("u3"));
        QCOMPARE(cell(model, 5, SessionTableModel::UserColumn), QStringLiteral("zbulk"));
        // Notes cannot be sorted: nothing changes.
        model.sort(SessionTableModel::NoteColumn, Qt::AscendingOrder);
        QCOMPARE(model.countState(), SessionTableModel::CountState::Complete);

        // Drill-down to u1 and u3: A, C, D, E in start order.
        SessionQuery query;
        query.userIds
            = QVector<qint64> { m_users.at(QStringLiteral("u3")), m_users.at(QStringLiteral("u1")) };
        model.setQuery(query);
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE((QVector<qint64> {
                     model.sessionId(0), model.sessionId(1), model.sessionId(2), model.sessionId(3) }),
            (QVector<qint64> { a, c, d, e }));
        // Sessions starting on 6 January only (the end is exclusive), within those users: C.
        query.fromMs = utc(1, 6, 0, 0);
        query.toMs = utc(1, 7, 0, 0);
        model.setQuery(query);
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.sessionId(0), c);
        // A session list (as a segment filter gives): B and E; with the users restricted to u1 too, none.
        query = {};
        query.sessionIds = QVector<qint64> { b, e };
        model.setQuery(query);
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 2);
        query.userIds = QVector<qint64> { m_users.at(QStringLiteral("u1")) };
        model.setQuery(query);
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 0);

        // Quick successive queries: only the last one's answers land.
        model.setQuery({});
        query = {};
        query.userIds = QVector<qint64> { m_users.at(QStringLiteral("u2")) };
        model.setQuery(query);
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.sessionId(0), b);
        QTest::qWait(50);
        QCOMPARE(model.rowCount(), 1);

        // A tag change reaches the cached row at once.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.applyLabel(b, SessionLabel { 1, QStringLiteral("found the invite button") });
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, SessionTableModel::LabelColumn));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(0, SessionTableModel::NoteColumn));
        QCOMPARE(cell(model, 0, SessionTableModel::LabelColumn), QStringLiteral("positive"));
        QCOMPARE(cell(model, 0, SessionTableModel::NoteColumn), QStringLiteral("found the invite button"));
        QCOMPARE(
            model.data(model.index(0, SessionTableModel::LabelColumn), SessionTableModel::LabelRole).toInt(),
            1);
        model.applyLabel(b, {});
        QVERIFY(!model.data(model.index(0, SessionTableModel::LabelColumn), SessionTableModel::LabelRole)
                     .isValid());
        model.applyLabel(a, SessionLabel { -1, {} }); // not listed: nothing to change
        QCOMPARE(changed.count(), 2);
    }

    // The timeline view's tables from a hand-made session: events with their offset and properties,
    // a ticket titled by its subject with status and theme, and an NPS answer as "NPS 6".
    void timeline_view_rows()
    {
        auto t = std::make_shared<sessions::Timeline>();
        t->sessionId = 7;
        t->user = "u1";
        t->startMs = utc(1, 5, 10, 0);
        t->endMs = utc(1, 5, 10, 3);
        t->events = { { 1, utc(1, 5, 10, 0), "Signup", "Onboarding", R"({"plan":"pro"})" },
            { 2, utc(1, 5, 10, 3), "Invite", "", "" } };
        sessions::LinkedRecord ticket;
        ticket.tsMs = utc(1, 5, 11, 0);
        ticket.subject = "Cannot invite";
        ticket.status = "open";
        ticket.theme = "team settings";
        sessions::LinkedRecord nps;
        nps.kind = sessions::LinkedRecord::Kind::Feedback;
        nps.tsMs = utc(1, 6, 9, 0);
        nps.feedbackKind = "nps";
        nps.score = 6;
        nps.comment = "slow";
        t->linked = { ticket, nps };
        SessionTimelineView view;
        QAbstractItemModelTester events(
            view.eventsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setTimeline(t);
        QCOMPARE(view.eventsModel()->rowCount(), 2);
        QCOMPARE(view.eventsModel()->row(0)[1].text, QStringLiteral("Signup"));
        QCOMPARE(view.eventsModel()->row(0)[2].text, QStringLiteral("Onboarding"));
        QCOMPARE(view.eventsModel()->row(0)[3].text, QStringLiteral("plan: pro"));
        QCOMPARE(view.eventsModel()->row(1)[0].text, formatOffset(3 * 60 * 1000));
        QCOMPARE(view.linkedModel()->rowCount(), 2);
        QCOMPARE(view.linkedModel()->row(0)[2].text, QStringLiteral("Cannot invite"));
        QCOMPARE(view.linkedModel()->row(0)[3].text, QStringLiteral("open · team settings"));
        QCOMPARE(view.linkedModel()->row(1)[2].text, QStringLiteral("NPS 6"));
        QCOMPARE(view.linkedModel()->row(1)[3].text, QStringLiteral("slow"));
    }
};

QTEST_MAIN(TstModels)
#include "tst_models.moc"
