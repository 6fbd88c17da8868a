// The process map page on a five-user project whose directly-follows graph is counted by hand:
// edges and counts shown, slider pruning (checked against the process map's own), the unit and
// date filter, variant highlighting and the variants model. With WAYMARK_SCREENSHOTS=dir it also
// saves the page on the demo project.
#include "core/analysis/process_map.h"
#include "core/analysis/snapshot.h"
#include "testutil/temp_project.h"
#include "ui/filters/filter_state.h"
#include "ui/process/process_page.h"
#include "ui/process/process_view.h"
#include "ui/process/variants_model.h"
#include "ui/shell/project_context.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QProcess>
#include <QSlider>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <map>

using namespace waymark;
using namespace waymark::ui;

namespace {

// One session each (no gap over 30 minutes), one user a day from 1 January 2024.
//   u1: view +60s cart +120s buy        u2: view +120s cart +180s buy
//   u3: view +30s view +60s cart        u4: view
//   u5: view +10s search +10s view
// By hand, 13 events, 5 cases, 18 transitions:
//   START>view 5, view>cart 3, cart>buy 2, buy>END 2, view>END 2, view>view 1, cart>END 1,
//   view>search 1, search>view 1; median view>cart 60s (60, 120, 60), cart>buy 150s.
const char* const kEvents
    = "user_id,event,timestamp\n"
      "u1,view,2024-01-01T10:00:00Z\nu1,cart,2024-01-01T10:01:00Z\nu1,buy,2024-01-01T10:03:00Z\n"
      "u2,view,2024-01-02T10:00:00Z\nu2,cart,2024-01-02T10:02:00Z\nu2,buy,2024-01-02T10:05:00Z\n"
      "u3,view,2024-01-03T10:00:00Z\nu3,view,2024-01-03T10:00:30Z\nu3,cart,2024-01-03T10:01:30Z\n"
      "u4,view,2024-01-04T10:00:00Z\n"
      "u5,view,2024-01-05T10:00:00Z\nu5,search,2024-01-05T10:00:10Z\nu5,view,2024-01-05T10:00:20Z\n";

using EdgeCounts = std::map<QString, int64_t>; // "from>to" -> transitions

EdgeCounts edgeCounts(const analysis::ProcessMapResult& map)
{
    EdgeCounts out;
    for (const auto& e : map.edges)
        out[QString::fromStdString(map.nodes[e.from].name + ">" + map.nodes[e.to].name)] = e.transitions;
    return out;
}

std::set<size_t> edgesNamed(const analysis::ProcessMapResult& map, const QStringList& names)
{
    std::set<size_t> out;
    for (size_t k = 0; k < map.edges.size(); ++k)
        if (names.contains(QString::fromStdString(
                map.nodes[map.edges[k].from].name + ">" + map.nodes[map.edges[k].to].name)))
            out.insert(k);
    return out;
}

// The map computed by the engine itself at the same thresholds the page used.
analysis::ProcessMapResult engineMap(const std::string& path, const ProcessMapData& shown)
{
    auto project = store::Project::openReadOnly(path);
    const auto snapshot = analysis::Snapshot::build(project->db());
    analysis::ProcessMapQuery q;
    q.minActivityShare = shown.minActivityShare;
    q.minPathShare = shown.minPathShare;
    return analysis::buildProcessMap(*snapshot, q);
}

} // namespace

class TstProcessPage : public QObject {
    Q_OBJECT
private:
    test::TempProject m_project;
    std::unique_ptr<ProjectContext> m_context;
    std::unique_ptr<ProcessPage> m_page;

    const ProcessMapData* waitForMap(const ProcessMapData* previous)
    {
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(
                m_page->mapData() && m_page->mapData() != previous && !m_page->isBusy(), 20000);
        }();
        return m_page->mapData();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_project.import(m_project.writeFile("events.csv", kEvents)).ok());
        m_project.close();
        m_context = std::make_unique<ProjectContext>();
        QVERIFY(m_context->open(QString::fromStdString(m_project.path())));
        m_context->filters().setUnit(FilterState::Unit::Sessions);
        m_page = std::make_unique<ProcessPage>(*m_context);
        m_page->activitySlider()->setValue(100);
        m_page->pathSlider()->setValue(100);
        m_page->resize(1200, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void fullMapMatchesHandCount()
    {
        const ProcessMapData* d = waitForMap(nullptr);
        QTRY_COMPARE(m_page->variantsModel()->rowCount(), 4);
        const EdgeCounts expected { { QStringLiteral("START>view"), 5 }, { QStringLiteral("view>cart"), 3 },
            { QStringLiteral("cart>buy"), 2 }, { QStringLiteral("buy>END"), 2 },
            { QStringLiteral("view>END"), 2 }, { QStringLiteral("view>view"), 1 },
            { QStringLiteral("cart>END"), 1 }, { QStringLiteral("view>search"), 1 },
            { QStringLiteral("search>view"), 1 } };
        QCOMPARE(edgeCounts(d->map), expected);
        QCOMPARE(d->map.cases, 5);
        QCOMPARE(d->map.transitions, 18);
        QCOMPARE(d->activities, 4);
        QCOMPARE(d->map.nodes.size(), size_t(6));
        QCOMPARE(d->map.nodes[1].name, std::string("view"));
        QCOMPARE(d->map.nodes[1].events, 7);
        QCOMPARE(processNodeCountText(d->map.nodes[1]), QStringLiteral("7"));
        QVERIFY(d->bySessions);
        // Everything the page shows is laid out.
        QCOMPARE(d->layout.nodes.size(), d->map.nodes.size());
        QCOMPARE(d->layout.edges.size(), d->map.edges.size());
        const size_t viewCart = *edgesNamed(d->map, { QStringLiteral("view>cart") }).begin();
        QCOMPARE(*d->map.edges[viewCart].medianSeconds, 60.0);
        const size_t cartBuy = *edgesNamed(d->map, { QStringLiteral("cart>buy") }).begin();
        QCOMPARE(compactDuration(*d->map.edges[cartBuy].medianSeconds), QStringLiteral("2m 30s"));
        QCOMPARE(edgeCounts(engineMap(m_project.path(), *d)), expected);
    }

    void variantsModel()
    {
        VariantsModel* model = m_page->variantsModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->columnCount(), 5);
        auto at = [&](int row, int role) { return model->data(model->index(row, 0), role); };
        QCOMPARE(at(0, VariantsModel::RankRole).toLongLong(), 1);
        QCOMPARE(
            at(0, VariantsModel::EventsTextRole).toString(), QStringLiteral("view \u2192 cart \u2192 buy"));
        QCOMPARE(at(0, VariantsModel::CountRole).toLongLong(), 2);
        QCOMPARE(at(0, VariantsModel::ShareRole).toDouble(), 0.4);
        QCOMPARE(at(0, VariantsModel::CoverageRole).toDouble(), 0.4);
        // Ties on one case each, in name order with a prefix first.
        QCOMPARE(at(1, VariantsModel::EventsTextRole).toString(), QStringLiteral("view"));
        QCOMPARE(at(2, VariantsModel::EventsTextRole).toString(),
            QStringLiteral("view \u2192 search \u2192 view"));
        QCOMPARE(
            at(3, VariantsModel::EventsTextRole).toString(), QStringLiteral("view \u2192 view \u2192 cart"));
        QCOMPARE(at(3, VariantsModel::CoverageRole).toDouble(), 1.0);
        QCOMPARE(model->data(model->index(3, VariantsModel::EventsColumn)).toString(),
            QStringLiteral("view \u00d72 \u2192 cart"));
        QCOMPARE(
            model->data(model->index(3, VariantsModel::ShareColumn)).toString(), QStringLiteral("20.0%"));
        QCOMPARE(model->variants()->distinct, 4);
    }

    void selectingAVariantHighlightsItsPath()
    {
        const ProcessMapData* d = m_page->mapData();
        QTableView* table = m_page->variantsView();
        QTest::mouseClick(
            table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, 1)).center());
        const VariantTrace& lit = m_page->view()->highlight();
        QCOMPARE(lit.edges,
            edgesNamed(d->map,
                { QStringLiteral("START>view"), QStringLiteral("view>cart"), QStringLiteral("cart>buy"),
                    QStringLiteral("buy>END") }));
        QCOMPARE(lit.nodes, (std::set<size_t> { 0, 1, 2, 3, 5 })); // all but search
        m_page->view()->grab().save(QDir::temp().filePath(QStringLiteral("tst_process_page_lit.png")));

        QTest::mouseClick(
            table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(3, 1)).center());
        QCOMPARE(m_page->view()->highlight().edges,
            edgesNamed(d->map,
                { QStringLiteral("START>view"), QStringLiteral("view>view"), QStringLiteral("view>cart"),
                    QStringLiteral("cart>END") }));
        QTest::keyClick(table, Qt::Key_Escape);
        QVERIFY(m_page->view()->highlight().isEmpty());
    }

    void slidersPrune()
    {
        const ProcessMapData* before = m_page->mapData();
        // Half the activities: view (7) and cart (3); buy and search drop out of the cases.
        m_page->activitySlider()->setValue(50);
        const ProcessMapData* d = waitForMap(before);
        QCOMPARE(d->minActivityShare, 3.0 / 13.0);
        const EdgeCounts expected { { QStringLiteral("START>view"), 5 }, { QStringLiteral("view>cart"), 3 },
            { QStringLiteral("cart>END"), 3 }, { QStringLiteral("view>view"), 2 },
            { QStringLiteral("view>END"), 2 } };
        QCOMPARE(edgeCounts(d->map), expected);
        QCOMPARE(edgeCounts(engineMap(m_project.path(), *d)), expected);

        // 40% of those 5 paths: the two busiest and the tie with the second (3 of 15 transitions).
        m_page->pathSlider()->setValue(40);
        d = waitForMap(d);
        QCOMPARE(d->minPathShare, 3.0 / 15.0);
        const EdgeCounts pruned { { QStringLiteral("START>view"), 5 }, { QStringLiteral("view>cart"), 3 },
            { QStringLiteral("cart>END"), 3 } };
        QCOMPARE(edgeCounts(d->map), pruned);
        QCOMPARE(d->map.hiddenEdges, 2);
        QCOMPARE(edgeCounts(engineMap(m_project.path(), *d)), pruned);
        QCOMPARE(d->layout.edges.size(), size_t(3));

        // Quick slider moves coalesce into one recomputation of the last position.
        m_page->pathSlider()->setValue(60);
        m_page->pathSlider()->setValue(100);
        d = waitForMap(d);
        QCOMPARE(d->map.edges.size(), size_t(5));
        m_page->activitySlider()->setValue(100);
        d = waitForMap(d);
        QCOMPARE(d->map.edges.size(), size_t(9));
    }

    void followsUnitAndFilter()
    {
        const ProcessMapData* before = m_page->mapData();
        m_context->filters().setUnit(FilterState::Unit::Users);
        const ProcessMapData* d = waitForMap(before);
        QVERIFY(!d->bySessions);
        QCOMPARE(d->map.cases, 5);
        // From 3 January: u3, u4 and u5.
        m_context->filters().setDateRange(
            QDateTime(QDate(2024, 1, 3), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(), std::nullopt);
        d = waitForMap(d);
        QCOMPARE(d->map.cases, 3);
        QCOMPARE(edgeCounts(d->map)[QStringLiteral("START>view")], 3);
        QCOMPARE(edgeCounts(d->map).count(QStringLiteral("cart>buy")), size_t(0));
        QTRY_COMPARE(m_page->variantsModel()->rowCount(), 3);
        m_context->filters().reset();
        waitForMap(d);
    }

    void performanceModeAndExport()
    {
        m_page->modeBox()->setCurrentIndex(1);
        QCOMPARE(m_page->view()->mode(), ProcessMode::Performance);
        QTemporaryDir dir;
        for (const char* name : { "map.png", "map.svg", "map.pdf" }) {
            const QString file = dir.filePath(QLatin1String(name));
            QVERIFY(m_page->view()->exportTo(file));
            QVERIFY(QFileInfo(file).size() > 500);
        }
        const QImage png(dir.filePath(QStringLiteral("map.png")));
        QVERIFY(png.width() > 100 && png.height() > 200);
        m_page->modeBox()->setCurrentIndex(0);
    }

    void zoomAndFit()
    {
        ProcessView* view = m_page->view();
        view->fitToView();
        const double fitted = view->zoom();
        QWheelEvent wheel(QPointF(100, 100), view->mapToGlobal(QPointF(100, 100)), {}, QPoint(0, 240),
            Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view, &wheel);
        QVERIFY(view->zoom() > fitted);
        // The point under the cursor stays put.
        QVERIFY(
            (view->mapFromScene(view->mapToScene(QPointF(100, 100))) - QPointF(100, 100)).manhattanLength()
            < 1e-6);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(view->zoom(), fitted);
    }

    void demoScreenshot()
    {
        const QString dir = qEnvironmentVariable("WAYMARK_SCREENSHOTS");
        if (dir.isEmpty()) QSKIP("set WAYMARK_SCREENSHOTS=dir to save the screenshot");
        QTemporaryDir tmp;
        const QString demo = tmp.filePath(QStringLiteral("demo.waymark"));
        QCOMPARE(QProcess::execute(QStringLiteral(WAYMARK_CLI), { QStringLiteral("demo"), demo }), 0);
        ProjectContext context;
        QVERIFY(context.open(demo));
        ProcessPage page(context);
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(
            page.mapData() && page.variantsModel()->rowCount() > 0 && !page.isBusy(), 60000);
        QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("process-map.png"))));
        page.modeBox()->setCurrentIndex(1);
        page.variantsView()->selectRow(0);
        QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("process-map-performance.png"))));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_context.reset();
    }
};

QTEST_MAIN(TstProcessPage)
#include "tst_process_page.moc"
