// The funnels page, driven through its widgets. Tiny project (one event a minute, 2026-01-05):
//   u1: View(web) Cart Buy    u2: View(web) Cart    u3: View(mobile) Buy    u4: View(mobile)
//   u5: Cart Buy
// Most frequent events: View 4, Cart 3, Buy 3 (ties in import order), so the default funnel is
// View > Cart > Buy with 4, 2, 1 users: u3 and u4 drop off before Cart, u2 before Buy.
#include "core/analysis/funnel_spec.h"
#include "core/analysis/members.h"
#include "core/analysis/snapshot.h"
#include "core/demo/demo_generator.h"
#include "core/store/database.h"
#include "testutil/temp_project.h"
#include "ui/filters/segment_library.h"
#include "ui/funnels/funnel_chart.h"
#include "ui/funnels/funnel_editor.h"
#include "ui/funnels/funnel_table_model.h"
#include "ui/funnels/funnel_time_charts.h"
#include "ui/funnels/funnels_page.h"
#include "ui/shell/project_context.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <algorithm>
#include <map>

using namespace waymark;
using namespace waymark::ui;

namespace {

bool settled(const FunnelsPage& page)
{
    return page.output() && !page.isBusy() && page.output()->definition == page.editor()->definition();
}

QStringList stepNames(const FunnelEditor* editor)
{
    QStringList names;
    for (const FunnelStepRow* row : editor->stepRows())
        names << row->step().name;
    return names;
}

QVector<double> counts(const analysis::FunnelResult& r)
{
    QVector<double> out;
    for (const auto& s : r.steps)
        out << double(s.count);
    return out;
}

QVector<qint64> sorted(QVector<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TstFunnelsPage : public QObject {
    Q_OBJECT
private:
    test::TempProject m_tiny;
    test::TempProject m_demo;
    std::map<QString, qint64> m_users; // tiny: external id -> users.id

    QVector<qint64> users(std::initializer_list<const char*> names)
    {
        QVector<qint64> ids;
        for (const char* name : names)
            ids << m_users.at(QString::fromLatin1(name));
        return sorted(ids);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const std::string csv = m_tiny.writeFile("tiny.csv",
            "user_id,event,timestamp,platform\n"
            "u1,View,2026-01-05T10:00:00Z,web\nu1,Cart,2026-01-05T10:01:00Z,web\nu1,Buy,2026-01-05T10:02:00Z,"
            "web\n"
            "u2,View,2026-01-05T11:00:00Z,web\nu2,Cart,2026-01-05T11:01:00Z,web\n"
            "u3,View,2026-01-05T12:00:00Z,mobile\nu3,Buy,2026-01-05T12:01:00Z,mobile\n"
            "u4,View,2026-01-05T13:00:00Z,mobile\n"
            "u5,Cart,2026-01-05T14:00:00Z,web\nu5,Buy,2026-01-05T14:01:00Z,web\n");
        QVERIFY(m_tiny.import(csv).ok());
        auto st = m_tiny.open().db().prepare("SELECT id, external_id FROM users");
        while (st.step())
            m_users[QString::fromStdString(std::string(st.columnText(1)))] = st.columnInt(0);
        m_tiny.close();
        QCOMPARE(m_users.size(), size_t(5));

        demo::DemoOptions options;
        options.users = 400;
        options.seed = 7;
        demo::writeDemo(m_demo.open(), options);
        m_demo.close();
    }

    void tiny_project_through_the_editor()
    {
        ProjectContext context;
        QVERIFY(context.open(QString::fromStdString(m_tiny.path())));
        FunnelsPage page(context);
        QAbstractItemModelTester tester(
            page.tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1300, 850);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(settled(page), 20000);
        FunnelEditor* editor = page.editor();
        QCOMPARE(stepNames(editor),
            (QStringList { QStringLiteral("View"), QStringLiteral("Cart"), QStringLiteral("Buy") }));
        QCOMPARE(page.chartView()->barValues(), (QVector<double> { 4, 2, 1 }));
        QCOMPARE(page.output()->result.steps[1].dropOff, 2);
        QCOMPARE(page.output()->result.units, 5);
        QCOMPARE(page.tableModel()->rowCount(), 3);
        QCOMPARE(page.tableModel()
                     ->index(1, FunnelTableModel::CountColumn)
                     .data(FunnelTableModel::SortRole)
                     .toLongLong(),
            2);
        QCOMPARE(page.tableModel()
                     ->index(1, FunnelTableModel::FromPreviousColumn)
                     .data(FunnelTableModel::SortRole)
                     .toDouble(),
            0.5);
        QCOMPARE(page.tableModel()
                     ->index(2, FunnelTableModel::DropOffColumn)
                     .data(FunnelTableModel::SortRole)
                     .toLongLong(),
            1);
        // Cart comes 60 s after View for u1 and u2: both in the [1 min, 5 min) bucket.
        QCOMPARE(page.timeView()->barValues(), (QVector<double> { 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0 }));
        QCOMPARE(page.timeView()->categories().at(2), QStringLiteral("1 min–<br>5 min"));
        QTRY_VERIFY(page.trend() && page.trend()->size() == 1);
        QCOMPARE(page.trend()->front().entered, 4);
        QCOMPARE(page.trend()->front().converted, 1);

        // Remove Cart: View > Buy reached by u1 and u3.
        QTest::mouseClick(editor->stepRows().at(1)->removeButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(settled(page) && page.output()->definition.steps.size() == 2, 10000);
        QCOMPARE(page.chartView()->barValues(), (QVector<double> { 4, 2 }));

        // Exclude Cart between the steps: u1 (Cart before its Buy) and u2 (Cart, never Buy) are
        // disqualified altogether; u3 and u4 remain, u3 buys.
        QTest::mouseClick(editor->addExclusionButton(), Qt::LeftButton);
        QCOMPARE(editor->exclusionRows().size(), 1);
        QTest::keyClicks(editor->exclusionRows().at(0)->eventCombo(), QStringLiteral("Cart"));
        QCOMPARE(
            editor->definition().exclusions.front(), (FunnelExclusionDef { QStringLiteral("Cart"), 1, 2 }));
        QTRY_VERIFY_WITH_TIMEOUT(settled(page) && page.output()->definition.exclusions.size() == 1, 10000);
        QCOMPARE(page.chartView()->barValues(), (QVector<double> { 2, 1 }));
        QTest::mouseClick(editor->exclusionRows().at(0)->removeButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(settled(page) && page.output()->definition.exclusions.isEmpty(), 10000);
        QCOMPARE(page.chartView()->barValues(), (QVector<double> { 4, 2 }));

        // Add a step (the first event by name, Buy), pick Cart by typing: View > Buy > Cart. u1's
        // Cart came before its Buy, so nobody gets to step 3.
        QTest::mouseClick(editor->addStepButton(), Qt::LeftButton);
        QCOMPARE(editor->stepRows().size(), 3);
        QCOMPARE(editor->stepRows().at(2)->step().name, QStringLiteral("Buy"));
        QTest::keyClicks(editor->stepRows().at(2)->eventCombo(), QStringLiteral("Cart"));
        QCOMPARE(editor->stepRows().at(2)->step().name, QStringLiteral("Cart"));
        QTRY_VERIFY_WITH_TIMEOUT(settled(page), 10000);
        QCOMPARE(page.chartView()->barValues(), (QVector<double> { 4, 2, 0 }));

        // Move Cart up: View > Cart > Buy again.
        QTest::mouseClick(editor->stepRows().at(2)->upButton(), Qt::LeftButton);
        QCOMPARE(stepNames(editor),
            (QStringList { QStringLiteral("View"), QStringLiteral("Cart"), QStringLiteral("Buy") }));
        QTRY_VERIFY_WITH_TIMEOUT(settled(page), 10000);
        QCOMPARE(page.chartView()->barValues(), (QVector<double> { 4, 2, 1 }));

        // Step 1 only on the web: u1 and u2 enter, both add to the cart, u1 buys.
        FunnelStepRow* first = editor->stepRows().at(0);
        QTest::keyClicks(first->propertyCombo(), QStringLiteral("platform"));
        QCOMPARE(first->propertyCombo()->currentData().toString(), QStringLiteral("event.platform"));
        QTest::keyClicks(first->valueEdit(), QStringLiteral("web"));
        QTest::keyClick(first->valueEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(settled(page) && !page.output()->definition.steps[0].value.isEmpty(), 10000);
        QCOMPARE(page.chartView()->barValues(), (QVector<double> { 2, 2, 1 }));

        // A 90-second window: u1's Buy comes 120 s after View. The bound is inclusive: 120 s counts.
        editor->windowSpin()->selectAll();
        QTest::keyClicks(editor->windowSpin(), QStringLiteral("90"));
        QTest::keyClicks(editor->windowUnitCombo(), QStringLiteral("s"));
        QTRY_VERIFY_WITH_TIMEOUT(settled(page) && page.output()->definition.windowMs() == 90000, 10000);
        QCOMPARE(page.chartView()->barValues(), (QVector<double> { 2, 2, 0 }));
        editor->windowSpin()->selectAll();
        QTest::keyClicks(editor->windowSpin(), QStringLiteral("120"));
        QTRY_VERIFY_WITH_TIMEOUT(settled(page) && page.output()->definition.windowMs() == 120000, 10000);
        QCOMPARE(page.chartView()->barValues(), (QVector<double> { 2, 2, 1 }));

        // The editor's definition was saved with the project.
        store::Database& db = context.db();
        const auto saved = loadSavedFunnel(db);
        QVERIFY(saved);
        QCOMPARE(*saved, editor->definition());

        // Clear the filter again for the drill-downs: View > Cart > Buy, 4, 2, 1.
        first->propertyCombo()->setFocus();
        QTest::keyClick(first->propertyCombo(), Qt::Key_Home);
        QTRY_VERIFY_WITH_TIMEOUT(
            settled(page) && page.output()->definition.steps[0].property.isEmpty(), 10000);
        QCOMPARE(page.chartView()->barValues(), (QVector<double> { 4, 2, 1 }));

        // Any order counts steps completed: u1 3; u2 (View, Cart), u3 (View, Buy), u5 (Cart, Buy) 2; u4 1.
        QTest::keyClicks(editor->orderCombo(), QStringLiteral("Any"));
        QTRY_VERIFY_WITH_TIMEOUT(
            settled(page) && page.output()->definition.order == analysis::FunnelOrder::Any, 10000);
        QCOMPARE(page.chartView()->barValues(), (QVector<double> { 5, 4, 1 }));
        QTest::keyClick(editor->orderCombo(), Qt::Key_Home);
        QTRY_VERIFY_WITH_TIMEOUT(
            settled(page) && page.output()->definition.order == analysis::FunnelOrder::Ordered, 10000);
        QCOMPARE(page.chartView()->barValues(), (QVector<double> { 4, 2, 1 }));

        // Clicking the Cart bar lists u1 and u2; its drop-off segment u3 and u4.
        QSignalSpy spy(&context, &ProjectContext::drillDownRequested);
        page.tabs()->setCurrentIndex(0);
        QTest::mouseClick(page.chartView()->viewport(), Qt::LeftButton, {}, page.chartView()->barCenter(2));
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 10000);
        auto dd = spy.at(0).at(0).value<DrillDown>();
        QCOMPARE(sorted(dd.userIds), users({ "u1", "u2" }));
        QVERIFY(dd.title.contains(QStringLiteral("Cart")));
        QTest::mouseClick(
            page.chartView()->viewport(), Qt::LeftButton, {}, page.chartView()->barCenter(2, -1, true));
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 10000);
        dd = spy.at(1).at(0).value<DrillDown>();
        QCOMPARE(sorted(dd.userIds), users({ "u3", "u4" }));
        QVERIFY(dd.title.startsWith(QStringLiteral("Dropped off")));

        // Double-clicking the drop-off cell of Buy lists u2.
        QTableView* table = page.table();
        const QModelIndex cell = page.tableModel()->index(2, FunnelTableModel::DropOffColumn);
        const QRect rect = table->visualRect(cell);
        QVERIFY(rect.isValid());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 3, 10000);
        QCOMPARE(spy.at(2).at(0).value<DrillDown>().userIds, users({ "u2" }));

        // Ctrl+Shift+C copies the table as CSV.
        QApplication::clipboard()->clear();
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'));
        QCOMPARE(lines.at(0).left(22), QStringLiteral("group,step,name,count,"));
        QVERIFY2(lines.at(2).startsWith(QStringLiteral(",2,Cart,2,0.5,0.5,2,")), qPrintable(lines.at(2)));
        QVERIFY2(lines.at(3).startsWith(QStringLiteral(",3,Buy,1,0.5,0.25,1,")), qPrintable(lines.at(3)));
        QVERIFY2(lines.at(3).endsWith(QStringLiteral(",60")), qPrintable(lines.at(3)));

        // Chart export in the three formats.
        QTemporaryDir dir;
        for (const char* name : { "f.png", "f.svg", "f.pdf" }) {
            const QString path = dir.filePath(QString::fromLatin1(name));
            QVERIFY2(page.exportChart(path), name);
            QVERIFY(QFileInfo(path).size() > 500);
        }
        QString error;
        QVERIFY(!page.exportChart(dir.filePath(QStringLiteral("f.bmp")), &error));
        QVERIFY(error.contains(QStringLiteral("bmp")));
    }

    // Runs after the first test, so the tiny project has its saved funnel View > Cart > Buy.
    void journey_stage_as_step()
    {
        {
            store::Database& db = m_tiny.open().db();
            db.prepare("INSERT INTO stages(name, ordinal) VALUES('Shopping', 1)").run();
            db.prepare("UPDATE event_types SET stage_id = (SELECT id FROM stages) WHERE display_name IN "
                       "('Cart', 'Buy')")
                .run();
            for (const char* platform : { "web", "mobile" }) {
                analysis::PropertyRule rule;
                rule.property.name = "platform";
                rule.values = { platform };
                analysis::ConditionGroup group;
                group.items.push_back({ std::move(rule) });
                QVERIFY(saveSegment(db, QString::fromLatin1(platform).toUpper(), group, nullptr));
            }
            m_tiny.close();
        }
        ProjectContext context;
        QVERIFY(context.open(QString::fromStdString(m_tiny.path())));
        FunnelsPage page(context);
        page.resize(1300, 850);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(settled(page), 20000);
        QCOMPARE(stepNames(page.editor()),
            (QStringList { QStringLiteral("View"), QStringLiteral("Cart"), QStringLiteral("Buy") }));
        // Step 2 becomes the stage (Cart or Buy): u1 and u2 reach it with Cart, u3 with its Buy,
        // which then cannot also be step 3.
        QComboBox* combo = page.editor()->stepRows().at(1)->eventCombo();
        QCOMPARE(combo->itemText(0), QStringLiteral("Stage: Shopping"));
        QTest::keyClick(combo, Qt::Key_Home);
        QVERIFY(page.editor()->definition().steps[1].stage);
        QTRY_VERIFY_WITH_TIMEOUT(settled(page) && page.output()->definition.steps[1].stage, 10000);
        QCOMPARE(page.chartView()->barValues(), (QVector<double> { 4, 3, 1 }));

        // Break down by the saved segments MOBILE (u3, u4) and WEB (u1, u2, u5; u5 never views):
        // MOBILE 2, 1, 0 and WEB 2, 2, 1, drawn as conversion from step 1.
        QTest::keyClicks(page.editor()->breakdownCombo(), QStringLiteral("Saved"));
        QTRY_VERIFY_WITH_TIMEOUT(settled(page) && page.chartView()->isBreakdown(), 10000);
        QCOMPARE(page.chartView()->groupCount(), 2);
        QCOMPARE(page.chartView()->groupName(0), QStringLiteral("MOBILE"));
        QCOMPARE(page.chartView()->barValues(0), (QVector<double> { 100, 50, 0 }));
        QCOMPARE(page.chartView()->barValues(1), (QVector<double> { 100, 100, 50 }));
        QSignalSpy spy(&context, &ProjectContext::drillDownRequested);
        QTest::mouseClick(
            page.chartView()->viewport(), Qt::LeftButton, {}, page.chartView()->barCenter(2, 0));
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 10000);
        QCOMPARE(spy.at(0).at(0).value<DrillDown>().userIds, users({ "u3" }));
        QTest::mouseClick(
            page.chartView()->viewport(), Qt::LeftButton, {}, page.chartView()->barCenter(3, 1));
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 10000);
        QCOMPARE(spy.at(1).at(0).value<DrillDown>().userIds, users({ "u1" }));
    }

    void demo_default_and_breakdown()
    {
        ProjectContext context;
        QVERIFY(context.open(QString::fromStdString(m_demo.path())));
        FunnelsPage page(context);
        QAbstractItemModelTester tester(
            page.tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1400, 900);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(settled(page), 30000);
        QStringList expected;
        for (std::string_view name : demo::kFunnelEvents)
            expected << QString::fromUtf8(name.data(), qsizetype(name.size()));
        QCOMPARE(stepNames(page.editor()), expected);

        // The bars are what runFunnel gives on its own, and the demo's rates hold: each step is
        // round(previous * rate) (400 visitors; 95% create an account, 78% of those set up a profile...).
        auto project = store::Project::openReadOnly(m_demo.path());
        const auto snapshot = analysis::Snapshot::build(project->db());
        analysis::FunnelQuery q;
        for (const auto& name : expected)
            q.steps.push_back(analysis::parseStep(*snapshot, name.toStdString()));
        const auto reference = analysis::runFunnel(*snapshot, q);
        QCOMPARE(page.chartView()->barValues(), counts(reference));
        QVector<double> byRate { 400 };
        for (double rate : demo::kFunnelRates)
            byRate << std::round(byRate.back() * rate);
        byRate.removeFirst();
        QCOMPARE(page.chartView()->barValues(), byRate);

        const QByteArray shots = qgetenv("WAYMARK_SCREENSHOTS");
        if (!shots.isEmpty())
            QVERIFY(page.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/funnels-whole.png")));

        // Break down by the plan users have, picked by typing into the combo.
        QTest::keyClicks(page.editor()->breakdownCombo(), QStringLiteral("plan"));
        QCOMPARE(page.editor()->breakdownCombo()->currentData().toString(), QStringLiteral("user.plan"));
        QTRY_VERIFY_WITH_TIMEOUT(settled(page) && page.chartView()->isBreakdown(), 30000);
        q.breakdown.kind = analysis::FunnelBreakdown::Kind::Property;
        q.breakdown.property = { analysis::PropertyScope::User, "plan" };
        const auto grouped = analysis::runFunnel(*snapshot, q);
        QCOMPARE(page.chartView()->groupCount(), int(std::min<size_t>(6, grouped.breakdown.size())));
        QVERIFY(page.chartView()->groupCount() >= 2);
        for (int g = 0; g < page.chartView()->groupCount(); ++g) {
            QVector<double> conversion;
            for (const auto& s : grouped.breakdown[size_t(g)].steps)
                conversion << (s.conversionFromFirst ? *s.conversionFromFirst * 100.0 : 0.0);
            QCOMPARE(page.chartView()->barValues(g), conversion);
        }
        // Significant steps carry a star, the others do not.
        const QStringList categories = page.chartView()->categories();
        for (int k = 0; k < int(categories.size()); ++k) {
            bool significant = false;
            for (const auto& t : grouped.tests)
                significant = significant || (t.step == k + 1 && t.pAdjusted < 0.05);
            QCOMPARE(categories[k].endsWith(QStringLiteral("★")), significant);
        }
        QCOMPARE(page.tableModel()->rowCount(), int(6 * (1 + grouped.breakdown.size())));

        // A group's bar lists exactly the group's users at that step.
        QSignalSpy spy(&context, &ProjectContext::drillDownRequested);
        QTest::mouseClick(
            page.chartView()->viewport(), Qt::LeftButton, {}, page.chartView()->barCenter(2, 0));
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 20000);
        const auto dd = spy.at(0).at(0).value<DrillDown>();
        QCOMPARE(qint64(dd.userIds.size()), grouped.breakdown[0].steps[1].count);
        QVERIFY(dd.title.contains(page.chartView()->groupName(0)));

        if (!shots.isEmpty()) {
            page.tabs()->setCurrentIndex(0);
            QVERIFY(page.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/funnels.png")));
            page.tabs()->setCurrentIndex(1);
            QVERIFY(page.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/funnels-time.png")));
            page.tabs()->setCurrentIndex(2);
            QTRY_VERIFY(page.trend() && !page.isBusy());
            QVERIFY(page.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/funnels-trend.png")));
        }
    }
};

QTEST_MAIN(TstFunnelsPage)
#include "tst_funnels_page.moc"
