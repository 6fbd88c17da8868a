// The journey map page on a hand-made project whose paths are counted by hand below, and on the
// demo project checked against the path analysis run independently.
//
// Tiny project (events one minute apart):
//   u1: Signup Profile Invite     u2: Signup Profile     u3: Signup Browse     u4: Browse
// Default start: Signup (done once by 3 of 4 users; Profile and Browse by 2). Paths, 5 steps:
//   step 1 Signup 3 | step 2 Profile 2, Browse 1 | step 3 Invite 1, (end) 2 | step 4 (end) 1
#include "core/analysis/paths.h"
#include "core/analysis/snapshot_cache.h"
#include "core/demo/demo_generator.h"
#include "core/store/database.h"
#include "testutil/temp_project.h"
#include "tst_sankey_fixtures.h"
#include "ui/common/format.h"
#include "ui/filters/filter_state.h"
#include "ui/filters/segment_library.h"
#include "ui/journey/journey_data.h"
#include "ui/journey/journey_grid.h"
#include "ui/journey/journey_page.h"
#include "ui/journey/sankey_text.h"
#include "ui/journey/sankey_view.h"
#include "ui/shell/project_context.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHelpEvent>
#include <QImage>
#include <QMenu>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>

using namespace waymark;
using namespace waymark::ui;

namespace {

QStringList nodeTexts(const SankeyInput& in)
{
    QStringList out;
    for (const SankeyNode& n : in.nodes)
        out << QStringLiteral("%1:%2=%3").arg(n.step).arg(n.name).arg(n.count);
    return out;
}

int findNode(const SankeyInput& in, int step, const QString& name)
{
    for (size_t i = 0; i < in.nodes.size(); ++i)
        if (in.nodes[i].step == step && in.nodes[i].name == name) return int(i);
    return -1;
}

int findLink(const SankeyInput& in, const QString& from, const QString& to)
{
    for (size_t i = 0; i < in.links.size(); ++i)
        if (in.nodes[in.links[i].from].name == from && in.nodes[in.links[i].to].name == to) return int(i);
    return -1;
}

QAction* findAction(QMenu* menu, const QString& text)
{
    for (QAction* a : menu->actions())
        if (a->text() == text) return a;
    return nullptr;
}

// Shown, computed and laid out for its final size.
bool settled(const JourneyPage& page)
{
    return page.result() && !page.isBusy() && page.result()->viewSize == QSizeF(page.grid()->size());
}

} // namespace

class TstJourneyPage : public QObject {
    Q_OBJECT
private:
    test::TempProject m_tiny;
    test::TempProject m_demo;
    std::map<std::string, qint64> m_tinyUsers; // external id -> users.id

private slots:
    void initTestCase()
    {
        const std::string csv = m_tiny.writeFile("tiny.csv",
            "user_id,event,timestamp\n"
            "u1,Signup,2026-01-05T10:00:00Z\nu1,Profile,2026-01-05T10:01:00Z\nu1,Invite,2026-01-05T10:02:"
            "00Z\n"
            "u2,Signup,2026-01-05T11:00:00Z\nu2,Profile,2026-01-05T11:01:00Z\n"
            "u3,Signup,2026-01-05T12:00:00Z\nu3,Browse,2026-01-05T12:01:00Z\n"
            "u4,Browse,2026-01-05T13:00:00Z\n");
        m_tiny.import(csv);
        QCOMPARE(m_tiny.count("SELECT count(*) FROM events"), 8);
        auto st = m_tiny.open().db().prepare("SELECT u.id, u.external_id FROM users u");
        while (st.step())
            m_tinyUsers[std::string(st.columnText(1))] = st.columnInt(0);
        m_tiny.close();
        QCOMPARE(m_tinyUsers.size(), size_t(4));

        demo::DemoOptions options;
        options.users = 400;
        options.seed = 7;
        demo::writeDemo(m_demo.open(), options);
        m_demo.close();
    }

    void tiny_project_by_hand()
    {
        ProjectContext context;
        QVERIFY(context.open(QString::fromStdString(m_tiny.path())));
        JourneyPage page(context);
        page.resize(1200, 700);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(settled(page), 20000);
        const SankeyView* view = page.grid()->view(0);
        const SankeyInput in = view->scene()->input; // a copy: a relayout below replaces the scene
        QCOMPARE(nodeTexts(in).join(QLatin1Char(' ')),
            QStringLiteral("1:Signup=3 2:Profile=2 2:Browse=1 3:Invite=1 3:(end)=2 4:(end)=1"));
        QCOMPARE(in.units, 3);
        QCOMPARE(view->scene()->layout.nodes.size(), size_t(6));
        QCOMPARE(sankeyCountText(in, 1), QStringLiteral("2 · 66.7%"));

        // Tooltips: Profile is 2 of the 3 users at step 2, half go on to Invite, one minute after Signup.
        const int profile = findNode(in, 2, QStringLiteral("Profile"));
        const QString tip = sankeyNodeToolTip(in, size_t(profile), false);
        QVERIFY2(tip.contains(QStringLiteral("Step 2: 2 users, 66.7% of the step")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("50.0% go on to step 3")), qPrintable(tip));
        QVERIFY2(tip.contains(
                     QStringLiteral("Time from the previous step: %1 (median)").arg(formatDuration(60000))),
            qPrintable(tip));
        QHelpEvent help(QEvent::ToolTip, view->nodeRect(profile).center().toPoint(),
            view->viewport()->mapToGlobal(view->nodeRect(profile).center().toPoint()));
        QApplication::sendEvent(view->viewport(), &help);
        QTRY_COMPARE(QToolTip::text(), tip);

        // A click at the centre of the Profile node lists exactly u1 and u2.
        const QRectF rect = view->nodeRect(profile);
        QVERIFY(view->viewport()->rect().contains(rect.center().toPoint()));
        QSignalSpy spy(&context, &ProjectContext::drillDownRequested);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center().toPoint());
        QTRY_COMPARE(spy.count(), 1);
        auto drill = spy.at(0).at(0).value<DrillDown>();
        std::sort(drill.userIds.begin(), drill.userIds.end());
        QVector<qint64> expected { m_tinyUsers["u1"], m_tinyUsers["u2"] };
        std::sort(expected.begin(), expected.end());
        QCOMPARE(drill.userIds, expected);
        QVERIFY(drill.sessionIds.isEmpty());
        QVERIFY(drill.title.contains(QStringLiteral("Profile")));

        // A click on the Signup -> Browse band lists u3.
        const int band = findLink(in, QStringLiteral("Signup"), QStringLiteral("Browse"));
        const auto& geometry = view->scene()->layout.bands[size_t(band)];
        const auto top = geometry.topEdge();
        const QPointF topMiddle = (top[0] + 3 * top[1] + 3 * top[2] + top[3]) / 8; // the Bézier at t = 0.5
        const QPointF middle = view->transform().map(topMiddle + QPointF(0, geometry.width / 2));
        QCOMPARE(view->linkAt(middle), band);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, middle.toPoint());
        QTRY_COMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).value<DrillDown>().userIds, QVector<qint64> { m_tinyUsers["u3"] });

        // A new size lays the same paths out again (a geometry-only job).
        const QSizeF before = view->scene()->layout.size;
        page.resize(1000, 600);
        QTRY_VERIFY_WITH_TIMEOUT(settled(page) && view->scene()->layout.size != before, 20000);
        QCOMPARE(nodeTexts(view->scene()->input), nodeTexts(in));
    }

    void sessions_unit_drills_into_sessions()
    {
        ProjectContext context;
        QVERIFY(context.open(QString::fromStdString(m_tiny.path())));
        // Each tiny user has one session, so the counts stay and the drill-down lists sessions.
        const qint64 u1Session = context.db().queryInt(
            "SELECT s.id FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.external_id = 'u1'");
        const qint64 u2Session = context.db().queryInt(
            "SELECT s.id FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.external_id = 'u2'");
        context.filters().setUnit(Settings::Unit::Sessions);
        JourneyPage page(context);
        page.resize(1200, 700);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(settled(page), 20000);
        QVERIFY(page.result()->settings.sessions);
        const SankeyView* view = page.grid()->view(0);
        const SankeyInput in = view->scene()->input;
        QCOMPARE(nodeTexts(in).join(QLatin1Char(' ')),
            QStringLiteral("1:Signup=3 2:Profile=2 2:Browse=1 3:Invite=1 3:(end)=2 4:(end)=1"));
        QCOMPARE(sankeyUnitCount(in.units, true), QStringLiteral("3 sessions"));
        QSignalSpy spy(&context, &ProjectContext::drillDownRequested);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
            view->nodeRect(findNode(in, 2, QStringLiteral("Profile"))).center().toPoint());
        QTRY_COMPARE(spy.count(), 1);
        auto drill = spy.at(0).at(0).value<DrillDown>();
        std::sort(drill.sessionIds.begin(), drill.sessionIds.end());
        QVector<qint64> expected { u1Session, u2Session };
        std::sort(expected.begin(), expected.end());
        QCOMPARE(drill.sessionIds, expected);
        QVERIFY(drill.userIds.isEmpty());
        context.filters().setUnit(Settings::Unit::Users);
    }

    void hover_highlights_what_flows_through()
    {
        ProjectContext context;
        QVERIFY(context.open(QString::fromStdString(m_tiny.path())));
        JourneyPage page(context);
        page.resize(1200, 700);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(settled(page), 20000);
        SankeyView* view = page.grid()->view(0);
        const SankeyInput in = view->scene()->input;
        const int profile = findNode(in, 2, QStringLiteral("Profile"));
        QTest::mouseMove(view->viewport(), view->nodeRect(profile).center().toPoint());
        QTRY_COMPARE(view->highlight().node, profile);
        // Through Profile: Signup upstream, Invite, both (end)s downstream; Browse not.
        QStringList lit;
        for (size_t n = 0; n < in.nodes.size(); ++n)
            if (view->highlight().trace.nodeFlow[n] > 0)
                lit << QStringLiteral("%1:%2=%3")
                           .arg(in.nodes[n].step)
                           .arg(in.nodes[n].name)
                           .arg(view->highlight().trace.nodeFlow[n]);
        QCOMPARE(lit.join(QLatin1Char(' ')),
            QStringLiteral("1:Signup=2 2:Profile=2 3:Invite=1 3:(end)=1 4:(end)=1"));
        QStringList bands;
        for (size_t l = 0; l < in.links.size(); ++l)
            if (view->highlight().trace.linkFlow[l] > 0)
                bands << QStringLiteral("%1>%2").arg(
                    in.nodes[in.links[l].from].name, in.nodes[in.links[l].to].name);
        bands.sort();
        QCOMPARE(bands.join(QLatin1Char(' ')),
            QStringLiteral("Invite>(end) Profile>(end) Profile>Invite Signup>Profile"));
        // Off the map: nothing highlighted.
        QTest::mouseMove(
            view->viewport(), QPoint(view->viewport()->width() - 2, view->viewport()->height() - 2));
        QTRY_VERIFY(view->highlight().isEmpty());
        // The happy path: Signup -> Profile -> Invite.
        QStringList happy;
        for (size_t n : view->scene()->happyPath.nodes)
            happy << in.nodes[n].name;
        QCOMPARE(happy.join(QLatin1Char('>')), QStringLiteral("Signup>Profile>Invite"));
    }

    void context_menu_excludes_and_sets_anchors()
    {
        ProjectContext context;
        QVERIFY(context.open(QString::fromStdString(m_tiny.path())));
        JourneyPage page(context);
        page.resize(1200, 700);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(settled(page), 20000);
        const SankeyInput in = page.grid()->view(0)->scene()->input;
        // The anchor cannot be excluded.
        std::unique_ptr<QMenu> anchorMenu(page.contextMenu(0, findNode(in, 1, QStringLiteral("Signup")), -1));
        QVERIFY(!findAction(anchorMenu.get(), QStringLiteral("Exclude this event"))->isEnabled());
        std::unique_ptr<QMenu> menu(page.contextMenu(0, findNode(in, 2, QStringLiteral("Browse")), -1));
        findAction(menu.get(), QStringLiteral("Exclude this event"))->trigger();
        QCOMPARE(page.settings().excludedTypeIds.size(), 1);
        // Without Browse, u3 stops after Signup and u4 has no path.
        QTRY_VERIFY_WITH_TIMEOUT(
            settled(page) && findNode(page.grid()->view(0)->scene()->input, 2, QStringLiteral("Browse")) < 0,
            20000);
        QCOMPARE(nodeTexts(page.grid()->view(0)->scene()->input).join(QLatin1Char(' ')),
            QStringLiteral("1:Signup=3 2:Profile=2 2:(end)=1 3:Invite=1 3:(end)=1 4:(end)=1"));

        // Profile as the end event: paths between Signup and Profile (u1, u2), which end there.
        const SankeyInput now = page.grid()->view(0)->scene()->input;
        std::unique_ptr<QMenu> profileMenu(
            page.contextMenu(0, findNode(now, 2, QStringLiteral("Profile")), -1));
        findAction(profileMenu.get(), QStringLiteral("Set as end event"))->trigger();
        QCOMPARE(page.settings().mode, analysis::PathMode::Between);
        QTRY_VERIFY_WITH_TIMEOUT(
            settled(page) && page.result()->settings.mode == analysis::PathMode::Between, 20000);
        QCOMPARE(nodeTexts(page.grid()->view(0)->scene()->input).join(QLatin1Char(' ')),
            QStringLiteral("1:Signup=2 2:Profile=2 3:(end)=2"));
    }

    void export_writes_png_svg_pdf()
    {
        ProjectContext context;
        QVERIFY(context.open(QString::fromStdString(m_tiny.path())));
        JourneyPage page(context);
        page.resize(1200, 700);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(settled(page), 20000);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("map.png"));
        const QString svg = dir.filePath(QStringLiteral("map.svg"));
        const QString pdf = dir.filePath(QStringLiteral("map.pdf"));
        QString error;
        QVERIFY2(page.exportTo(png, &error), qPrintable(error));
        QVERIFY2(page.exportTo(svg, &error), qPrintable(error));
        QVERIFY2(page.exportTo(pdf, &error), qPrintable(error));
        const QImage image(png);
        QVERIFY(!image.isNull());
        // Twice the layout's pixels plus margins and the caption.
        const QSizeF layout = page.grid()->view(0)->scene()->layout.size;
        QVERIFY(image.width() >= 2 * layout.width() && image.height() >= 2 * layout.height());
        // Not blank: some pixel carries the colour of a node.
        const QPointF node = page.grid()->view(0)->scene()->layout.nodes[0].rect.center();
        bool coloured = false;
        for (int dy = -40; dy <= 40 && !coloured; ++dy)
            coloured = image.pixelColor(int(2 * (node.x() + 16)),
                           std::clamp(int(2 * (node.y() + 16)) + dy * 2, 0, image.height() - 1))
                != Qt::white;
        QVERIFY(coloured);
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray svgText = svgFile.readAll();
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(svgText.contains("<path"));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        QVERIFY(pdfFile.size() > 1000);
        QVERIFY(!page.exportTo(dir.filePath(QStringLiteral("missing/dir/map.png")), &error));
    }

    void demo_project_matches_the_path_analysis()
    {
        ProjectContext context;
        QVERIFY(context.open(QString::fromStdString(m_demo.path())));
        JourneyPage page(context);
        page.resize(1400, 900);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(settled(page), 30000);
        const SankeyView* view = page.grid()->view(0);
        const SankeyInput& in = view->scene()->input;
        // The onboarding flow starts at account creation.
        QCOMPARE(in.nodes.front().name, QStringLiteral("Account Created"));

        const auto snapshot = context.snapshots().get();
        analysis::PathQuery query;
        for (uint32_t t = 0; t < snapshot->eventTypes().size(); ++t)
            if (snapshot->eventTypes()[t].displayName == "Account Created") query.startTypes = { t };
        const analysis::PathResult paths = analysis::runPaths(*snapshot, query);
        QCOMPARE(in.nodes.size(), paths.nodes.size());
        QCOMPARE(in.links.size(), paths.links.size());
        QCOMPARE(view->scene()->layout.nodes.size(), paths.nodes.size());
        for (size_t i = 0; i < paths.nodes.size(); ++i) {
            QCOMPARE(in.nodes[i].count, paths.nodes[i].count);
            QCOMPARE(in.nodes[i].step, paths.nodes[i].step);
            if (paths.nodes[i].label.kind == analysis::PathNodeKind::Event)
                QCOMPARE(in.nodes[i].name, QString::fromStdString(paths.nodes[i].name));
        }
        QCOMPARE(in.units, paths.units);
        QCOMPARE(sankeyCountText(in, 0), QStringLiteral("%1 · 100.0%").arg(paths.units));

        // Click the biggest step-3 event node; the drill-down holds exactly its users.
        int target = -1;
        for (size_t i = 0; i < paths.nodes.size(); ++i)
            if (paths.nodes[i].step == 3 && paths.nodes[i].label.kind == analysis::PathNodeKind::Event) {
                target = int(i);
                break;
            }
        QVERIFY(target >= 0);
        const QRectF rect = view->nodeRect(target);
        QVERIFY(view->viewport()->rect().contains(rect.center().toPoint()));
        QSignalSpy spy(&context, &ProjectContext::drillDownRequested);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center().toPoint());
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 20000);
        auto drill = spy.at(0).at(0).value<DrillDown>();
        analysis::PathSelection selection;
        selection.step = 3;
        selection.node.types = { paths.nodes[size_t(target)].label.type };
        const auto members = analysis::pathMembers(*snapshot, query, selection);
        QVector<qint64> expected;
        for (const auto& unit : members.units)
            expected.push_back(snapshot->userId(unit.user));
        std::sort(expected.begin(), expected.end());
        std::sort(drill.userIds.begin(), drill.userIds.end());
        QCOMPARE(drill.userIds.size(), qsizetype(paths.nodes[size_t(target)].count));
        QCOMPARE(drill.userIds, expected);
    }

    void zoom_keys_and_compare_segments()
    {
        ProjectContext context;
        QVERIFY(context.open(QString::fromStdString(m_demo.path())));
        analysis::ConditionGroup mobile, desktop;
        mobile.items.push_back({ analysis::parseRuleText("platform=mobile") });
        desktop.items.push_back({ analysis::parseRuleText("platform!=mobile") });
        QString error;
        QVERIFY2(saveSegment(context.db(), QStringLiteral("Mobile"), mobile, &error), qPrintable(error));
        QVERIFY2(saveSegment(context.db(), QStringLiteral("Not mobile"), desktop, &error), qPrintable(error));
        JourneyPage page(context);
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QTRY_VERIFY_WITH_TIMEOUT(settled(page), 30000);
        SankeyView* view = page.grid()->view(0);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(view->zoom(), 1.25);
        QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(view->zoom(), 0.8);
        QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(view->zoom(), 1.0);
        // Ctrl+wheel zooms around the cursor: the layout point under it stays put.
        const QPointF cursor(300, 200);
        const QPointF under = view->transform().inverted().map(cursor);
        QWheelEvent wheel(cursor, view->viewport()->mapToGlobal(cursor), QPoint(), QPoint(0, 120),
            Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &wheel);
        QCOMPARE(view->zoom(), 1.25);
        QVERIFY((view->transform().map(under) - cursor).manhattanLength() <= 2);
        // Dragging pans and does not drill down.
        QSignalSpy drills(&context, &ProjectContext::drillDownRequested);
        const int before = view->horizontalScrollBar()->value();
        const QPoint from = view->nodeRect(0).center().toPoint();
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(view->viewport(), from + QPoint(-60, 0));
        QTest::mouseMove(view->viewport(), from + QPoint(-120, 0));
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, from + QPoint(-120, 0));
        QCOMPARE(view->horizontalScrollBar()->value(), before + 120);
        QTest::qWait(50);
        QCOMPARE(drills.count(), 0);
        view->resetZoom();

        page.setComparedSegments({ QStringLiteral("Mobile"), QStringLiteral("Not mobile") });
        QTRY_VERIFY_WITH_TIMEOUT(settled(page) && page.result()->panels.size() == 2, 30000);
        QCOMPARE(page.grid()->count(), 2);
        const auto& panels = page.result()->panels;
        // One scale for both, and the two segments together hold everyone of the whole map.
        QCOMPARE(panels[0].scene->layout.scale, panels[1].scene->layout.scale);
        QVERIFY(panels[0].scene->input.units > 0 && panels[1].scene->input.units > 0);
        QVERIFY(panels[0].scene->input.units != panels[1].scene->input.units);
        QVERIFY(journeyPanelTitle(panels[0]).startsWith(QStringLiteral("Mobile · ")));
        QTemporaryDir dir;
        QVERIFY(page.exportTo(dir.filePath(QStringLiteral("compare.png"))));
        if (qEnvironmentVariableIsSet("WAYMARK_SCREENSHOTS"))
            QVERIFY(page.grab().save(QDir::temp().filePath(QStringLiteral("journey-compare.png"))));
        page.setComparedSegments({});
        QTRY_VERIFY_WITH_TIMEOUT(settled(page) && page.result()->panels.size() == 1, 30000);
    }

    void screenshot()
    {
        const QByteArray dir = qgetenv("WAYMARK_SCREENSHOTS");
        if (dir.isEmpty()) QSKIP("set WAYMARK_SCREENSHOTS=dir to save screenshots");
        ProjectContext context;
        QVERIFY(context.open(QString::fromStdString(m_demo.path())));
        JourneyPage page(context);
        page.resize(1400, 900);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(settled(page), 30000);
        for (QAction* a : page.findChildren<QAction*>())
            if (a->text() == QStringLiteral("Happy path")) a->setChecked(true);
        QVERIFY(page.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/journey.png")));
        SankeyView* view = page.grid()->view(0);
        view->setHover(view->scene()->happyPath.nodes.at(2), -1);
        QVERIFY(page.grab().save(QDir::temp().filePath(QStringLiteral("journey-hover.png"))));
        view->setHover(-1, -1);
        // Every event at every step over eight steps: a crowded map.
        for (QSpinBox* spin : page.findChildren<QSpinBox*>())
            spin->setValue(spin->prefix() == QStringLiteral("Steps: ") ? 8 : 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            settled(page) && page.result()->settings.top == 0 && page.result()->settings.steps == 8, 30000);
        qInfo("dense map: %d nodes", int(view->scene()->input.nodes.size()));
        QVERIFY(page.grab().save(QDir::temp().filePath(QStringLiteral("journey-dense.png"))));
        view->setZoom(2.5);
        QVERIFY(page.grab().save(QDir::temp().filePath(QStringLiteral("journey-dense-zoom.png"))));
        view->resetZoom();
        // Two hundred nodes: labels only where they fit, the rest on hover.
        auto crowded = std::make_shared<SankeyScene>();
        crowded->input = sankey_fixtures::randomJourneys(3, 20000, 45, 6, 0.05);
        SankeyOptions options;
        options.size = journeyLayoutSize(crowded->input, QSizeF(view->viewport()->size()));
        crowded->layout = layoutSankey(crowded->input, options);
        crowded->happyPath = happyPath(crowded->input);
        qInfo("crowded map: %d nodes", int(crowded->input.nodes.size()));
        QVERIFY(crowded->input.nodes.size() >= 200);
        view->setScene(crowded);
        view->setHover(int(crowded->input.nodes.size()) / 2, -1);
        QVERIFY(page.grab().save(QDir::temp().filePath(QStringLiteral("journey-crowded.png"))));
        // The exports, to look at by eye (not committed).
        QVERIFY(page.exportTo(QDir::temp().filePath(QStringLiteral("journey-export.png"))));
        QVERIFY(page.exportTo(QDir::temp().filePath(QStringLiteral("journey-export.svg"))));
    }
};

QTEST_MAIN(TstJourneyPage)
#include "tst_journey_page.moc"
