// Screenshots of the real window on the demo project (3,000 trial visitors, seed 42), one PNG per main
// view: overview, journey map, funnels, process map and sessions (one session selected, so its timeline
// shows). "Open Demo Project" on the start page generates the demo in a private XDG home, as a first
// start does. Each view is shown, waited for until its job has delivered and nothing is busy, and the
// whole 1400 x 900 window is grabbed.
//
// The PNGs go to a temporary directory, or to $WAYMARK_SCREENSHOTS when set (`make screenshots`
// writes docs/images). Every image is checked: the window's size, not blank (more than 50 distinct
// colours in the whole window and in the view's own pane), and facts about the view read from its
// widgets: the overview's counts are the store's and the disabled date boxes show the data's first day,
// the Sankey starts at Account Created with more than 10 nodes, the funnel is the demo's 6 steps with
// non-increasing counts and no axis label cut short, the process map has nodes and variants, and the
// session timeline shows the selected session's events.
#include "core/demo/demo_generator.h"
#include "core/store/database.h"
#include "testutil/private_home.h"
#include "ui/common/i18n.h"
#include "ui/common/record_table_model.h"
#include "ui/funnels/funnel_chart.h"
#include "ui/funnels/funnel_editor.h"
#include "ui/funnels/funnels_page.h"
#include "ui/journey/journey_grid.h"
#include "ui/journey/journey_page.h"
#include "ui/journey/sankey_painter.h"
#include "ui/journey/sankey_view.h"
#include "ui/pages/overview/overview_page.h"
#include "ui/process/process_page.h"
#include "ui/process/process_view.h"
#include "ui/process/variants_model.h"
#include "ui/sessions/session_table_model.h"
#include "ui/sessions/session_timeline.h"
#include "ui/sessions/sessions_page.h"
#include "ui/shell/main_window.h"
#include "ui/shell/project_context.h"
#include "ui/shell/project_controller.h"
#include "ui/shell/start_page.h"

#include <QDateEdit>
#include <QDir>
#include <QGraphicsTextItem>
#include <QImage>
#include <QPushButton>
#include <QSet>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;
using namespace waymark::ui;

namespace {

const QSize kWindowSize(1400, 900);

QPushButton* buttonWithText(QWidget* parent, const QString& text)
{
    for (QPushButton* b : parent->findChildren<QPushButton*>())
        if (b->text() == text) return b;
    return nullptr;
}

int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            colours.insert(line[x]);
    }
    return int(colours.size());
}

} // namespace

class TstScreenshots : public QObject {
    Q_OBJECT
public:
    static void initMain() { test::usePrivateHome(); }

private:
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_scratch;
    QDir m_out;

    ProjectContext& context() const { return m_window->context(); }
    template<typename P> P* show(const QString& id)
    {
        m_window->showPage(id);
        auto* page = qobject_cast<P*>(m_window->currentPage());
        return page && page->pageId() == id ? page : nullptr;
    }

    // Grabs the window into NAME.png and checks the image; `pane` is the view's main widget, which must
    // not be an empty area either.
    void save(const QString& name, QWidget* pane)
    {
        // The transient "Opened /tmp/…" message names a temporary path; the docs show the permanent
        // summary instead. Pending layout and paint requests are handled before the grab.
        m_window->statusBar()->clearMessage();
        QTest::qWait(50);
        const QImage image = m_window->grab().toImage().convertToFormat(QImage::Format_RGB32);
        QCOMPARE(image.size(), kWindowSize);
        const int colours = distinctColours(image);
        QVERIFY2(colours > 50, qPrintable(QStringLiteral("%1: %2 colours").arg(name).arg(colours)));
        QVERIFY(pane->isVisible());
        const QRect paneRect(pane->mapTo(m_window.get(), QPoint(0, 0)), pane->size());
        QVERIFY(image.rect().contains(paneRect));
        QVERIFY(paneRect.width() > 400 && paneRect.height() > 250);
        const int paneColours = distinctColours(image.copy(paneRect));
        QVERIFY2(
            paneColours > 50, qPrintable(QStringLiteral("%1 pane: %2 colours").arg(name).arg(paneColours)));
        const QString file = m_out.filePath(name + QStringLiteral(".png"));
        QVERIFY2(image.save(file), qPrintable(file));
        QCOMPARE(QImage(file).size(), kWindowSize);
        qInfo("%s: %d colours (%d in the view's pane)", qPrintable(file), colours, paneColours);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_screenshots"));
        const QString dir = qEnvironmentVariable("WAYMARK_SCREENSHOTS");
        m_out = QDir(dir.isEmpty() ? m_scratch.path() : dir);
        QVERIFY(m_out.mkpath(QStringLiteral(".")));
        qInfo("screenshots go to %s", qPrintable(m_out.absolutePath()));
        // English as a user sees it: the plural forms come from waymark_en.ts ("90 days", not "day(s)").
        QCOMPARE(installTranslators(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("waymark::ui::SessionsPage", "%n session(s)", nullptr, 9185),
            QStringLiteral("9,185 sessions"));
        QCOMPARE(QCoreApplication::translate("waymark::ui::SessionsPage", "%n session(s)", nullptr, 1),
            QStringLiteral("1 session"));

        m_window = std::make_unique<MainWindow>();
        m_window->resize(kWindowSize);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QCOMPARE(m_window->size(), kWindowSize);
        QPushButton* demo = buttonWithText(m_window->startPage(), QStringLiteral("Open Demo Project"));
        QVERIFY(demo);
        QTest::mouseClick(demo, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(context().isOpen(), 30000);
        QCOMPARE(context().path(), ProjectController::demoPath());
        QTRY_VERIFY_WITH_TIMEOUT(context().hasInfo(), 10000);
    }

    void overview()
    {
        auto* page = show<OverviewPage>(QStringLiteral("overview"));
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->data() && !page->isStale() && !page->isBusy(), 30000);
        store::Database db(context().path().toStdString());
        QCOMPARE(page->data()->events, db.queryInt("SELECT count(*) FROM events"));
        QCOMPARE(page->data()->users, int64_t(demo::kDefaultUsers));
        QCOMPARE(page->data()->sessions, db.queryInt("SELECT count(*) FROM sessions"));
        QVERIFY(page->topEventsModel()->rowCount() > 5);
        // With "All time" the disabled date boxes show the data's span, not QDateEdit's 1 Jan 2000.
        const auto* from = m_window->findChild<QDateEdit*>();
        QVERIFY(from && !from->isEnabled());
        QCOMPARE(from->accessibleName(), QStringLiteral("From date"));
        QCOMPARE(from->date(), QDateTime::fromMSecsSinceEpoch(context().info().firstEventMs).date());
        save(QStringLiteral("overview"), page);
    }

    void journey_map()
    {
        auto* page = show<JourneyPage>(QStringLiteral("journey"));
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->result() && !page->isStale() && !page->isBusy()
                && page->result()->viewSize == QSizeF(page->grid()->size()),
            30000);
        QCOMPARE(page->grid()->count(), 1);
        SankeyView* view = page->grid()->view(0);
        QVERIFY(view && view->scene());
        const SankeyInput& in = view->scene()->input;
        QVERIFY(in.nodes.size() > 10);
        QVERIFY(!in.links.empty());
        QCOMPARE(in.nodes.front().name, QStringLiteral("Account Created"));
        // The first node is drawn inside the view, not scrolled or scaled away.
        QVERIFY(view->viewport()->rect().contains(view->nodeRect(0).toAlignedRect()));
        save(QStringLiteral("journey"), page->grid());
    }

    void funnels()
    {
        auto* page = show<FunnelsPage>(QStringLiteral("funnels"));
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->output() && !page->isStale() && !page->isBusy()
                && page->output()->definition == page->editor()->definition() && page->trend(),
            30000);
        // No saved funnel: the demo's six onboarding steps.
        QCOMPARE(page->editor()->stepRows().size(), qsizetype(demo::kFunnelEvents.size()));
        const QVector<double> bars = page->chartView()->barValues();
        QCOMPARE(bars.size(), 6);
        QCOMPARE(page->chartView()->categories().size(), 6);
        QCOMPARE(bars.front(), double(page->output()->result.steps.front().count));
        QVERIFY(bars.back() > 0);
        for (int i = 1; i < bars.size(); ++i)
            QVERIFY(bars[i] <= bars[i - 1]);
        // Qt Charts cuts an axis label wider than its category short with "..."; the step names wrap
        // to the laid-out plot instead, so every label is whole.
        int axisLabels = 0;
        for (QGraphicsItem* item : page->chartView()->scene()->items())
            if (auto* text = dynamic_cast<QGraphicsTextItem*>(item); text && text->isVisible()) {
                const QString plain = text->toPlainText();
                axisLabels += plain.startsWith(QStringLiteral("2. Profile"));
                QVERIFY2(!plain.contains(QStringLiteral("...")), qPrintable(plain));
            }
        QCOMPARE(axisLabels, 1);
        save(QStringLiteral("funnels"), page->chartView());
    }

    void process_map()
    {
        auto* page = show<ProcessPage>(QStringLiteral("process"));
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(
            page->mapData() && page->variantsModel()->rowCount() > 0 && !page->isStale() && !page->isBusy(),
            30000);
        const ProcessMapData* d = page->mapData();
        QVERIFY(d->map.nodes.size() > 4); // START, END and activities
        QVERIFY(!d->map.edges.empty());
        QCOMPARE(d->layout.nodes.size(), d->map.nodes.size());
        QCOMPARE(page->view()->data(), d);
        save(QStringLiteral("process-map"), page->view());
    }

    void sessions()
    {
        auto* page = show<SessionsPage>(QStringLiteral("sessions"));
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->model() && !page->isStale() && !page->isBusy()
                && page->model()->countState() == SessionTableModel::CountState::Complete,
            30000);
        SessionTableModel* model = page->model();
        QCOMPARE(qint64(model->rowCount()), context().info().sessions);
        // Of the rows on screen, the session with the most events makes the fullest timeline.
        QTRY_VERIFY(model->loadedRow(0));
        int row = 0;
        for (int r = 1; r < 15 && model->loadedRow(r); ++r)
            if (model->loadedRow(r)->events > model->loadedRow(row)->events) row = r;
        QTableView* table = page->table();
        QTest::mouseClick(
            table->viewport(), Qt::LeftButton, {}, table->visualRect(model->index(row, 1)).center());
        QCOMPARE(table->currentIndex().row(), row);
        const qint64 session = model->sessionId(row);
        QTRY_VERIFY_WITH_TIMEOUT(page->timelineView()->timeline()
                && page->timelineView()->timeline()->sessionId == session && !page->isBusy(),
            10000);
        QVERIFY(model->loadedRow(row)->events > 1);
        QCOMPARE(qint64(page->timelineView()->timeline()->events.size()), model->loadedRow(row)->events);
        save(QStringLiteral("sessions"), page->timelineView());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        test::privateHome().reset();
    }
};

QTEST_MAIN(TstScreenshots)
#include "tst_screenshots.moc"
