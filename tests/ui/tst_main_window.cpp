// The workspace driven the way a user drives it, with QTest input on the real MainWindow:
//  - "Open Demo Project" on the start page generates and opens the demo; the overview shows the
//    store's event, user and session counts; the project comes back from the recent list;
//  - a click on a Sankey node opens the sessions page, whose table lists exactly the sessions of
//    the users an SQL query over the events finds behind that node;
//  - keys 1/2/3 tag the current session, a note is added in the tag bar, Ctrl+Z undoes and
//    Ctrl+Shift+Z / Ctrl+Y redo, each checked in the project file itself.
// Settings and the demo go to a private XDG home, never the user's.
#include "core/demo/demo_generator.h"
#include "core/store/database.h"
#include "core/store/project.h"
#include "testutil/private_home.h"
#include "ui/common/format.h"
#include "ui/common/record_table_model.h"
#include "ui/common/stat_card.h"
#include "ui/journey/journey_grid.h"
#include "ui/journey/journey_page.h"
#include "ui/journey/sankey_view.h"
#include "ui/pages/overview/overview_page.h"
#include "ui/sessions/label_store.h"
#include "ui/sessions/session_table_model.h"
#include "ui/sessions/session_timeline.h"
#include "ui/sessions/sessions_page.h"
#include "ui/sessions/tag_bar.h"
#include "ui/settings/settings.h"
#include "ui/shell/main_window.h"
#include "ui/shell/project_context.h"
#include "ui/shell/project_controller.h"
#include "ui/shell/start_page.h"
#include "ui/shell/status_bar.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <map>
#include <optional>

using namespace waymark;
using namespace waymark::ui;

namespace {

template<typename T> T* childNamed(QWidget* parent, const QString& accessibleName)
{
    for (T* w : parent->findChildren<T*>())
        if (w->accessibleName() == accessibleName) return w;
    return nullptr;
}

QPushButton* buttonWithText(QWidget* parent, const QString& text)
{
    for (QPushButton* b : parent->findChildren<QPushButton*>())
        if (b->text() == text) return b;
    return nullptr;
}

bool loadAllRows(SessionTableModel* model)
{
    return QTest::qWaitFor(
        [model] {
            if (model->countState() != SessionTableModel::CountState::Complete) return false;
            bool all = true;
            for (int r = 0; r < model->rowCount(); ++r)
                if (!model->loadedRow(r)) {
                    model->data(model->index(r, 0), Qt::DisplayRole); // what a view scrolling past asks
                    all = false;
                }
            return all;
        },
        20000);
}

// The label row of a session as the project file holds it (a connection of its own).
std::optional<std::pair<int, QString>> storedLabel(const QString& project, qint64 session)
{
    store::Database db(project.toStdString());
    auto st = db.prepare("SELECT label, coalesce(note, '') FROM session_labels WHERE session_id = ?");
    st.bind(1, int64_t(session));
    if (!st.step()) return std::nullopt;
    return std::make_pair(
        int(st.columnInt(0)), QString::fromUtf8(st.columnText(1).data(), qsizetype(st.columnText(1).size())));
}

} // namespace

class TstMainWindow : public QObject {
    Q_OBJECT
public:
    static void initMain() { test::usePrivateHome(); }

private:
    std::unique_ptr<MainWindow> m_window;

    ProjectContext& context() const { return m_window->context(); }
    SessionsPage* sessionsPage() const
    {
        return qobject_cast<SessionsPage*>(m_window->page(QStringLiteral("sessions")));
    }
    QString pageShown() const
    {
        return m_window->currentPage() ? m_window->currentPage()->pageId() : QString();
    }
    bool startPageShown() const { return m_window->startPage()->isVisible(); }

    store::ProjectInfo storeInfo() const
    {
        return store::Project::openReadOnly(context().path().toStdString())->info();
    }
    int64_t storeCount(const std::string& sql) const
    {
        return store::Database(context().path().toStdString()).queryInt(sql);
    }

    void waitForSettledTable(SessionsPage* page)
    {
        QTRY_VERIFY_WITH_TIMEOUT(
            page->model() && page->model()->countState() == SessionTableModel::CountState::Complete, 20000);
        QVERIFY(loadAllRows(page->model()));
    }

    void press(QWidget* target, Qt::Key key, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::keyClick(target, key, modifiers);
        context().labels().flush();
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_main_window"));
        QVERIFY(!QFileInfo::exists(ProjectController::demoPath()));
        QVERIFY(ProjectController::demoPath().startsWith(test::privateHome()->path()));
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QCOMPARE(m_window->size(), QSize(1400, 900));
    }

    void opens_the_demo_from_the_start_page()
    {
        QVERIFY(startPageShown());
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Waymark"));
        QPushButton* demo = buttonWithText(m_window->startPage(), QStringLiteral("Open Demo Project"));
        QVERIFY(demo);
        QTest::mouseClick(demo, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(context().isOpen(), 30000);
        QCOMPARE(context().path(), ProjectController::demoPath());
        QVERIFY(!startPageShown());
        QCOMPARE(m_window->windowTitle(), QStringLiteral("demo — Waymark"));
        QCOMPARE(pageShown(), QStringLiteral("overview"));

        auto* overview = qobject_cast<OverviewPage*>(m_window->currentPage());
        QVERIFY(overview);
        QAbstractItemModelTester tester(
            overview->topEventsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(overview->data() && !overview->isBusy(), 30000);

        // The store's own numbers, counted with SQL on a connection of the test's.
        const int64_t events = storeCount("SELECT count(*) FROM events");
        const int64_t users = storeCount("SELECT count(*) FROM users");
        const int64_t sessions = storeCount("SELECT count(*) FROM sessions");
        QCOMPARE(users, int64_t(demo::kDefaultUsers)); // every trial visitor, stitched to one user
        const store::ProjectInfo info = storeInfo();
        QCOMPARE(info.events, events);
        QCOMPARE(info.users, users);
        QCOMPARE(info.sessions, sessions);

        const OverviewData* d = overview->data();
        QVERIFY(!d->filtered);
        QCOMPARE(d->events, events);
        QCOMPARE(d->users, users);
        QCOMPARE(d->sessions, sessions);
        QCOMPARE(d->eventTypes, storeCount("SELECT count(*) FROM event_types WHERE hidden = 0"));
        QCOMPARE(d->tickets, storeCount("SELECT count(*) FROM tickets"));
        QCOMPARE(d->feedback, storeCount("SELECT count(*) FROM feedback"));
        QCOMPARE(d->labelledSessions, 0);
        // What the cards say.
        QCOMPARE(childNamed<StatCard>(overview, QStringLiteral("Events"))->value(), formatCount(events));
        QCOMPARE(childNamed<StatCard>(overview, QStringLiteral("Users"))->value(), formatCount(users));
        QCOMPARE(childNamed<StatCard>(overview, QStringLiteral("Sessions"))->value(), formatCount(sessions));
        QVERIFY(childNamed<StatCard>(overview, QStringLiteral("Sessions"))
                    ->accessibleDescription()
                    .contains(QStringLiteral("none tagged yet")));
        QCOMPARE(childNamed<StatCard>(overview, QStringLiteral("Tickets and feedback"))->value(),
            QStringLiteral("%1 / %2").arg(formatCount(d->tickets), formatCount(d->feedback)));
        // Top events: the most common event by users is Page Viewed (everyone lands on the site).
        auto* top = childNamed<QTableView>(overview, QStringLiteral("Top events"));
        QVERIFY(top);
        QCOMPARE(top->model()->index(0, 0).data().toString(), QStringLiteral("Page Viewed"));
        QCOMPARE(top->model()->index(0, 2).data(RecordTableModel::SortRole).toLongLong(), users);
        QCOMPARE(top->model()->index(0, 1).data(RecordTableModel::SortRole).toLongLong(),
            storeCount("SELECT count(*) FROM events e JOIN event_types t ON t.id = e.type WHERE "
                       "t.display_name = 'Page Viewed'"));
        // The status bar carries the same counts once the project info is in.
        QTRY_VERIFY(context().hasInfo());
        auto* status = qobject_cast<StatusBar*>(m_window->statusBar());
        QCOMPARE(status->summaryText(),
            QStringLiteral("demo · %1 events · %2 users · %3 sessions")
                .arg(formatCount(events), formatCount(users), formatCount(sessions)));
        QCOMPARE(Settings::instance().recentProjects().value(0), ProjectController::demoPath());
    }

    void reopens_from_the_recent_list()
    {
        const QString path = context().path();
        m_window->actions().closeProject->trigger();
        QVERIFY(!context().isOpen());
        QVERIFY(startPageShown());
        QListWidget* recent = m_window->startPage()->recentList();
        QCOMPARE(recent->item(0)->data(Qt::UserRole).toString(), path);
        recent->setFocus();
        recent->setCurrentRow(0);
        QTest::keyClick(recent, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(context().isOpen(), 10000);
        QCOMPARE(context().path(), path);
        QCOMPARE(pageShown(), QStringLiteral("overview"));
        // The demo exists now: Open Demo opens it again rather than generating a second one.
        m_window->actions().openDemo->trigger();
        QVERIFY(context().isOpen());
        QCOMPARE(storeCount("SELECT count(*) FROM sources"), 1);
        Page* overview = m_window->currentPage();
        QTRY_VERIFY_WITH_TIMEOUT(!overview->isStale() && !overview->isBusy(), 20000);
    }

    void sankey_click_lists_exactly_its_users()
    {
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(pageShown(), QStringLiteral("journey"));
        auto* journey = qobject_cast<JourneyPage*>(m_window->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(journey->result() && !journey->isBusy()
                && journey->result()->viewSize == QSizeF(journey->grid()->size()),
            30000);
        SankeyView* view = journey->grid()->view(0);
        const SankeyInput& in = view->scene()->input;
        QCOMPARE(in.nodes.front().name, QStringLiteral("Account Created"));
        int node = -1;
        for (size_t i = 0; i < in.nodes.size(); ++i)
            if (in.nodes[i].step == 2 && in.nodes[i].name == QStringLiteral("Notification Clicked"))
                node = int(i);
        QVERIFY(node >= 0);

        // By hand, in SQL: each user's first Account Created, and the event right after it.
        const std::string byUser
            = "WITH ev AS (SELECT e.id, i.user_id AS u, e.ts, t.display_name AS name FROM events e "
              "JOIN identities i ON i.id = e.identity JOIN event_types t ON t.id = e.type WHERE t.hidden = "
              "0), "
              "anchor AS (SELECT u, min(ts) AS ts FROM ev WHERE name = 'Account Created' GROUP BY u), "
              "walk AS (SELECT ev.u, ev.name, row_number() OVER (PARTITION BY ev.u ORDER BY ev.ts, ev.id) AS "
              "k "
              "FROM ev JOIN anchor a ON a.u = ev.u AND ev.ts >= a.ts) "
              "SELECT u FROM walk WHERE k = 2 AND name = 'Notification Clicked'";
        QSet<qint64> expected;
        {
            store::Database db(context().path().toStdString());
            auto st = db.prepare(byUser);
            while (st.step())
                expected.insert(st.columnInt(0));
        }
        QCOMPARE(qint64(expected.size()), in.nodes[size_t(node)].count);
        QVERIFY(expected.size() > 100);
        const int64_t expectedSessions
            = storeCount("SELECT count(*) FROM sessions WHERE user_id IN (" + byUser + ")");

        const QRectF rect = view->nodeRect(node);
        QVERIFY(view->viewport()->rect().contains(rect.center().toPoint()));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center().toPoint());
        QTRY_COMPARE_WITH_TIMEOUT(pageShown(), QStringLiteral("sessions"), 20000);
        SessionsPage* page = sessionsPage();
        QCOMPARE(page->drillDown().userIds.size(), expected.size());
        QVERIFY(page->drillDown().title.contains(QStringLiteral("Notification Clicked")));
        waitForSettledTable(page);

        // The rows themselves, every block loaded: exactly those users' sessions.
        SessionTableModel* model = page->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(int64_t(model->rowCount()), expectedSessions);
        QSet<qint64> shownUsers, shownSessions;
        for (int r = 0; r < model->rowCount(); ++r) {
            shownUsers.insert(model->loadedRow(r)->userId);
            shownSessions.insert(model->loadedRow(r)->id);
            QCOMPARE(model->index(r, 0).data(SessionTableModel::UserIdRole).toLongLong(),
                model->loadedRow(r)->userId);
        }
        QCOMPARE(shownUsers, expected);
        QCOMPARE(int64_t(shownSessions.size()), expectedSessions);
        QVERIFY(page->table()->isVisible());
        QVERIFY(childNamed<QLabel>(page, QStringLiteral("Session count"))
                    ->text()
                    .contains(formatCount(expectedSessions)));

        // Leaving the drill-down lists every session again.
        QPushButton* all = buttonWithText(page, QStringLiteral("Show all sessions"));
        QVERIFY(all && all->isVisible());
        QTest::mouseClick(all, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->countState() == SessionTableModel::CountState::Complete
                && page->model()->rowCount() == context().info().sessions,
            20000);
        QVERIFY(!all->isVisible());
    }

    void tag_undo_and_redo_with_keys()
    {
        QCOMPARE(pageShown(), QStringLiteral("sessions"));
        SessionsPage* page = sessionsPage();
        QTableView* table = page->table();
        SessionTableModel* model = page->model();
        QTRY_VERIFY(model->loadedRow(2));
        QTest::mouseClick(
            table->viewport(), Qt::LeftButton, {}, table->visualRect(model->index(2, 1)).center());
        QCOMPARE(table->currentIndex().row(), 2);
        const qint64 session = model->sessionId(2);
        const QString path = context().path();
        // The timeline shows the session clicked.
        QTRY_VERIFY_WITH_TIMEOUT(
            page->timelineView()->timeline() && page->timelineView()->timeline()->sessionId == session,
            10000);
        QCOMPARE(qint64(page->timelineView()->timeline()->events.size()), model->loadedRow(2)->events);
        QCOMPARE(page->timelineView()->eventsModel()->rowCount(), int(model->loadedRow(2)->events));
        QVERIFY(!storedLabel(path, session));
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        auto labelText = [&] {
            return model->index(model->rowOfSession(session), SessionTableModel::LabelColumn)
                .data()
                .toString();
        };

        press(table, Qt::Key_1);
        QCOMPARE(storedLabel(path, session), std::make_optional(std::make_pair(1, QString())));
        QCOMPARE(labelText(), QStringLiteral("positive"));
        QCOMPARE(page->undoStack()->count(), 1);
        QCOMPARE(table->currentIndex().row(), 2); // the key tagged, it did not move the selection

        press(table, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!storedLabel(path, session));
        QCOMPARE(labelText(), QString());

        press(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(storedLabel(path, session), std::make_optional(std::make_pair(1, QString())));
        QCOMPARE(labelText(), QStringLiteral("positive"));
        press(table, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!storedLabel(path, session));
        press(table, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(storedLabel(path, session), std::make_optional(std::make_pair(1, QString())));
        QCOMPARE(labelText(), QStringLiteral("positive"));

        press(table, Qt::Key_2);
        QCOMPARE(storedLabel(path, session), std::make_optional(std::make_pair(-1, QString())));
        QCOMPARE(labelText(), QStringLiteral("negative"));
        press(table, Qt::Key_3);
        QCOMPARE(storedLabel(path, session), std::make_optional(std::make_pair(0, QString())));
        QCOMPARE(labelText(), QStringLiteral("neutral"));
        press(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(storedLabel(path, session), std::make_optional(std::make_pair(-1, QString())));
        QCOMPARE(labelText(), QStringLiteral("negative"));

        // A note through the tag bar: typed, saved with Enter, kept with the tag; the keyboard goes back to
        // the table.
        QLineEdit* note = page->findChild<TagBar*>()->noteEdit();
        QVERIFY(note->isEnabled());
        QTest::mouseClick(note, Qt::LeftButton);
        QTRY_VERIFY(note->hasFocus());
        QTest::keyClicks(note, QStringLiteral("stuck at the invite step"));
        press(note, Qt::Key_Return);
        QCOMPARE(storedLabel(path, session),
            std::make_optional(std::make_pair(-1, QStringLiteral("stuck at the invite step"))));
        QCOMPARE(model->index(model->rowOfSession(session), SessionTableModel::NoteColumn).data().toString(),
            QStringLiteral("stuck at the invite step"));
        QTRY_VERIFY(table->hasFocus());
        press(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(storedLabel(path, session), std::make_optional(std::make_pair(-1, QString())));
        QCOMPARE(note->text(), QString());
        press(table, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(storedLabel(path, session),
            std::make_optional(std::make_pair(-1, QStringLiteral("stuck at the invite step"))));
        QCOMPARE(note->text(), QStringLiteral("stuck at the invite step"));

        // 0 clears the tag and its note; undo brings both back.
        press(table, Qt::Key_0);
        QVERIFY(!storedLabel(path, session));
        QCOMPARE(labelText(), QString());
        press(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(storedLabel(path, session),
            std::make_optional(std::make_pair(-1, QStringLiteral("stuck at the invite step"))));

        // A second session, tagged with the tag bar's button; the first keeps its tag.
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentIndex().row(), 3);
        const qint64 next = model->sessionId(3);
        QTRY_VERIFY(page->findChild<TagBar*>()->sessionId() == next);
        QToolButton* positive = childNamed<QToolButton>(page, QStringLiteral("Positive"));
        QTest::mouseClick(positive, Qt::LeftButton);
        context().labels().flush();
        QCOMPARE(storedLabel(path, next), std::make_optional(std::make_pair(1, QString())));
        QCOMPARE(storedLabel(path, session),
            std::make_optional(std::make_pair(-1, QStringLiteral("stuck at the invite step"))));
        QCOMPARE(storeCount("SELECT count(*) FROM session_labels"), 2);

        // The overview counts the tagged sessions when it is shown next (it was up to date before).
        QVERIFY(m_window->page(QStringLiteral("overview"))->isStale());
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(pageShown(), QStringLiteral("overview"));
        auto* overview = qobject_cast<OverviewPage*>(m_window->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(
            overview->data() && !overview->isBusy() && overview->data()->labelledSessions == 2, 20000);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        test::privateHome().reset();
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_main_window.moc"
