#include "core/demo/demo_generator.h"
#include "core/demo/demo_random.h"
#include "core/store/project.h"
#include "testutil/collecting_sink.h"
#include "testutil/temp_project.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <cmath>
#include <map>
#include <random>

using namespace waymark;

namespace {

struct StoredEvent {
    int64_t user;
    std::string name;
    int64_t ts;
    std::string page;
    int identityKind; // 0 user id, 1 anonymous id
};

// All events of a project in per-user order, as an analysis would read them.
std::vector<StoredEvent> loadEvents(store::Project& project)
{
    std::vector<StoredEvent> out;
    auto st = project.db().prepare(
        "SELECT i.user_id, t.display_name, e.ts, coalesce(json_extract(e.props, '$.page'), ''), i.kind "
        "FROM events e JOIN identities i ON i.id = e.identity JOIN event_types t ON t.id = e.type "
        "ORDER BY i.user_id, e.ts, e.id");
    while (st.step())
        out.push_back({ st.columnInt(0), std::string(st.columnText(1)), st.columnInt(2),
            std::string(st.columnText(3)), static_cast<int>(st.columnInt(4)) });
    return out;
}

// Calls f(first, last) for each user's run of events.
template<class F> void forEachUser(const std::vector<StoredEvent>& events, F f)
{
    size_t begin = 0;
    while (begin < events.size()) {
        size_t end = begin;
        while (end < events.size() && events[end].user == events[begin].user)
            ++end;
        f(events.begin() + static_cast<std::ptrdiff_t>(begin),
            events.begin() + static_cast<std::ptrdiff_t>(end));
        begin = end;
    }
}

// Ordered funnel: how many of the kFunnelEvents steps each user completes in order.
std::map<int64_t, int> funnelDepth(const std::vector<StoredEvent>& events)
{
    std::map<int64_t, int> depth;
    forEachUser(events, [&](auto first, auto last) {
        int k = 0;
        for (auto it = first; it != last && k < 6; ++it)
            if (it->name == demo::kFunnelEvents[static_cast<size_t>(k)]) ++k;
        depth[first->user] = k;
    });
    return depth;
}

// Every event row with its identity and type spelled out, in insertion order.
std::vector<std::string> dumpEvents(store::Project& project)
{
    std::vector<std::string> out;
    auto st = project.db().prepare(
        "SELECT i.external_id, t.canonical, e.ts, coalesce(e.props, '') FROM events e "
        "JOIN identities i ON i.id = e.identity JOIN event_types t ON t.id = e.type ORDER BY e.id");
    while (st.step()) {
        std::string row(st.columnText(0));
        row += '|';
        row += st.columnText(1);
        row += '|';
        row += std::to_string(st.columnInt(2));
        row += '|';
        row += st.columnText(3);
        out.push_back(std::move(row));
    }
    return out;
}

} // namespace

class TstDemo : public QObject {
    Q_OBJECT

    test::TempProject m_temp;
    demo::DemoSummary m_summary;
    std::vector<StoredEvent> m_events;
    std::map<int64_t, int> m_depth;

private slots:
    void initTestCase()
    {
        QElapsedTimer timer;
        timer.start();
        m_summary = demo::writeDemo(m_temp.open(), {});
        qInfo("default demo written in %lld ms: %lld events, %lld sessions",
            static_cast<long long>(timer.elapsed()), static_cast<long long>(m_summary.events),
            static_cast<long long>(m_summary.sessions));
        m_events = loadEvents(m_temp.open());
        m_depth = funnelDepth(m_events);
    }

    void summary_matches_store()
    {
        QCOMPARE(m_summary.users, int64_t(demo::kDefaultUsers));
        QCOMPARE(m_summary.events, m_temp.count("SELECT count(*) FROM events"));
        QCOMPARE(m_summary.events, m_summary.generated.events);
        QVERIFY(m_summary.sessions > m_summary.users);
        QCOMPARE(m_summary.annotations, int64_t(5));
        QCOMPARE(m_summary.accounts, m_summary.generated.funnel[0]); // one CRM account per sign-up
        QCOMPARE(m_temp.count("SELECT count(*) FROM source_rejects"), int64_t(0));
        QCOMPARE(m_temp.count("SELECT format = 'demo' FROM sources"), int64_t(1));
    }

    void funnel_rates_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("percent");
        const int percents[] = { 95, 78, 45, 62, 38, 22 };
        for (int k = 0; k < 6; ++k)
            QTest::newRow(demo::kFunnelEvents[static_cast<size_t>(k)].data()) << k << percents[k];
    }
    void funnel_rates()
    {
        QFETCH(int, step);
        QFETCH(int, percent);
        int64_t reached = 0, completed = 0;
        for (const auto& [user, depth] : m_depth) {
            reached += depth >= step;
            completed += depth >= step + 1;
        }
        QVERIFY(reached > 0);
        const double rate = 100.0 * static_cast<double>(completed) / static_cast<double>(reached);
        qInfo("%s: %lld of %lld = %.2f%%", demo::kFunnelEvents[static_cast<size_t>(step)].data(),
            static_cast<long long>(completed), static_cast<long long>(reached), rate);
        QVERIFY2(std::abs(rate - percent) <= 0.5, qPrintable(QString::number(rate)));
        QCOMPARE(completed, m_summary.generated.funnel[static_cast<size_t>(step)]);
    }

    // Nobody performs a step's event without the step before it, so order-free counts agree.
    void steps_happen_in_order()
    {
        for (size_t k = 0; k < 6; ++k) {
            const std::string sql
                = "SELECT count(DISTINCT i.user_id) FROM events e JOIN identities i ON i.id = e.identity "
                  "JOIN event_types t ON t.id = e.type WHERE t.display_name = '"
                + std::string(demo::kFunnelEvents[k]) + "'";
            QCOMPARE(m_temp.count(sql), m_summary.generated.funnel[k]);
        }
    }

    void ticket_themes()
    {
        const auto themed = [&](const char* theme) {
            return m_temp.count(
                std::string("SELECT count(*) FROM tickets WHERE json_extract(props, '$.theme') = '") + theme
                + "'");
        };
        QCOMPARE(themed("unclear integration instructions"), int64_t(127));
        QCOMPARE(themed("can''t find team settings"), int64_t(89));
        QCOMPARE(themed("project template confusion"), int64_t(64));
        QCOMPARE(m_temp.count("SELECT count(*) FROM tickets WHERE user_id IS NULL"), int64_t(0));
        QCOMPARE(
            m_temp.count("SELECT count(*) FROM tickets t WHERE NOT EXISTS (SELECT 1 FROM ticket_messages m "
                         "WHERE m.ticket_id = t.id)"),
            int64_t(0));
        // Integration tickets come from people who reached integration setup and are filed after they got
        // there.
        auto st
            = m_temp.open().db().prepare("SELECT user_id, created_ts FROM tickets WHERE json_extract(props, "
                                         "'$.theme') = 'unclear integration instructions'");
        std::map<int64_t, int64_t> firstIntegrationView;
        for (const StoredEvent& e : m_events)
            if (e.page == demo::kIntegrationPage && !firstIntegrationView.count(e.user))
                firstIntegrationView[e.user] = e.ts;
        while (st.step()) {
            const int64_t user = st.columnInt(0);
            QCOMPARE(m_depth[user], 4); // stuck there: reached it, never completed it
            QVERIFY(st.columnInt(1) > firstIntegrationView[user]);
        }
    }

    void integration_dwell()
    {
        double sum = 0;
        int64_t views = 0;
        forEachUser(m_events, [&](auto first, auto last) {
            for (auto it = first; it != last; ++it) {
                if (it->name == "Page Viewed" && it->page == demo::kIntegrationPage && it + 1 != last) {
                    sum += static_cast<double>((it + 1)->ts - it->ts);
                    ++views;
                }
            }
        });
        QVERIFY(views > 500);
        const double minutes = sum / static_cast<double>(views) / 60000.0;
        qInfo("integration dwell: %.3f min over %lld views", minutes, static_cast<long long>(views));
        QVERIFY2(minutes >= 8.0 && minutes <= 9.0, qPrintable(QString::number(minutes)));
    }

    void invite_back_clicks()
    {
        int64_t reached = 0, looping = 0;
        forEachUser(m_events, [&](auto first, auto last) {
            if (m_depth[first->user] < 2) return;
            ++reached;
            // "During" team invitation: after profile setup, before the invitation (or for good).
            auto it = first;
            while (it->name != demo::kFunnelEvents[1])
                ++it;
            int backs = 0;
            for (; it != last && it->name != demo::kFunnelEvents[2]; ++it)
                backs += it->name == "Back Clicked" && it->page == demo::kInvitePage;
            looping += backs >= 3;
        });
        const double share = 100.0 * static_cast<double>(looping) / static_cast<double>(reached);
        qInfo("back clicks >= 3 during team invitation: %lld of %lld = %.2f%%",
            static_cast<long long>(looping), static_cast<long long>(reached), share);
        QVERIFY2(std::abs(share - 34.0) <= 1.0, qPrintable(QString::number(share)));
    }

    void identity_stitching()
    {
        QCOMPARE(m_temp.count("SELECT count(*) FROM users"), int64_t(demo::kDefaultUsers));
        const int64_t signups = m_summary.generated.funnel[0];
        // Every account has exactly one device, stitched into the same user.
        QCOMPARE(m_temp.count("SELECT count(*) FROM identities WHERE kind = 0"), signups);
        QCOMPARE(m_temp.count("SELECT count(DISTINCT a.user_id) FROM identities a JOIN identities u ON "
                              "u.user_id = a.user_id "
                              "WHERE a.kind = 1 AND u.kind = 0"),
            signups);
        // Their anonymous visits come before the sign-up and belong to the same user.
        int64_t stitched = 0;
        forEachUser(m_events, [&](auto first, auto last) {
            auto signup = std::find_if(
                first, last, [](const StoredEvent& e) { return e.name == demo::kFunnelEvents[0]; });
            if (signup == last) return;
            QCOMPARE(first->identityKind, 1);
            QVERIFY(first->ts < signup->ts);
            stitched += std::all_of(first, signup, [](const StoredEvent& e) { return e.identityKind == 1; });
        });
        QCOMPARE(stitched, signups);
    }

    void segments_differ()
    {
        // Mobile struggles at integration setup; the 2.3.0 template gallery hurts project creation.
        std::map<int64_t, std::string> platform;
        auto st = m_temp.open().db().prepare(
            "SELECT i.user_id, json_extract(e.props, '$.platform') FROM events e "
            "JOIN identities i ON i.id = e.identity JOIN event_types t ON t.id = e.type "
            "WHERE t.display_name = 'Account Created'");
        while (st.step())
            platform[st.columnInt(0)] = std::string(st.columnText(1));
        double reached[2] = {}, done[2] = {};
        for (const auto& [user, depth] : m_depth) {
            if (depth < 4) continue;
            const int mobile = platform[user] == "mobile";
            reached[mobile] += 1;
            done[mobile] += depth >= 5;
        }
        qInfo("integration setup: desktop %.1f%%, mobile %.1f%%", 100 * done[0] / reached[0],
            100 * done[1] / reached[1]);
        QVERIFY(done[1] / reached[1] < 0.6 * done[0] / reached[0]);

        const int64_t release = m_temp.count("SELECT ts FROM annotations WHERE version = '2.3.0'");
        double before[2] = {}, after[2] = {}; // reached, created
        forEachUser(m_events, [&](auto first, auto last) {
            auto invited = std::find_if(
                first, last, [](const StoredEvent& e) { return e.name == demo::kFunnelEvents[2]; });
            if (invited == last || m_depth[first->user] < 3) return;
            double* bucket = invited->ts < release ? before : after;
            bucket[0] += 1;
            bucket[1] += m_depth[first->user] >= 4;
        });
        qInfo("project creation: before 2.3.0 %.1f%%, after %.1f%%", 100 * before[1] / before[0],
            100 * after[1] / after[0]);
        QVERIFY(after[1] / after[0] < before[1] / before[0] - 0.15);
    }

    void records()
    {
        QCOMPARE(
            m_temp.count("SELECT count(*) FROM annotations WHERE kind = 'release' AND version IS NOT NULL"),
            int64_t(5));
        QCOMPARE(m_temp.count(
                     "SELECT count(*) FROM accounts WHERE plan NOT IN ('enterprise', 'smb') OR mrr IS NULL "
                     "OR company_size IS NULL OR segment IS NULL"),
            int64_t(0));
        QVERIFY(m_temp.count("SELECT count(*) FROM accounts WHERE plan = 'enterprise'") > 400);
        QCOMPARE(
            m_temp.count("SELECT count(*) FROM users WHERE account_id IS NOT NULL AND email IS NOT NULL"),
            m_summary.generated.funnel[0]);
        QVERIFY(m_summary.feedback > 300);
        QCOMPARE(m_temp.count("SELECT count(*) FROM feedback WHERE kind <> 'nps' OR score < 0 OR score > 10 "
                              "OR score <> round(score) OR user_id IS NULL"),
            int64_t(0));
        // Friction shows in NPS: people stuck at integration score lower than those who ran a workflow.
        std::map<int64_t, double> score;
        auto st = m_temp.open().db().prepare("SELECT user_id, score FROM feedback");
        while (st.step())
            score[st.columnInt(0)] = st.columnDouble(1);
        double stuck = 0, stuckN = 0, happy = 0, happyN = 0;
        for (const auto& [user, s] : score) {
            if (m_depth[user] == 4) {
                stuck += s;
                ++stuckN;
            } else if (m_depth[user] == 6) {
                happy += s;
                ++happyN;
            }
        }
        QVERIFY(stuckN > 10 && happyN > 5);
        QVERIFY(stuck / stuckN + 2 < happy / happyN);
        // All of it inside the 90 days that end on 2026-09-30.
        const demo::DemoOptions defaults;
        QVERIFY(m_temp.count("SELECT min(ts) FROM events") >= defaults.endMs - 90LL * 86400000);
        QVERIFY(m_temp.count("SELECT max(ts) FROM events") <= defaults.endMs);
        QVERIFY(m_temp.count("SELECT max(created_ts) FROM tickets") <= defaults.endMs);
        QVERIFY(m_temp.count("SELECT max(ts) FROM feedback") <= defaults.endMs);
    }

    void same_seed_same_rows()
    {
        test::TempProject again;
        demo::writeDemo(again.open(), {});
        QVERIFY(dumpEvents(again.open()) == dumpEvents(m_temp.open()));
        QCOMPARE(again.count("SELECT count(*) FROM tickets"), m_temp.count("SELECT count(*) FROM tickets"));
        QCOMPARE(again.count("SELECT total(score) FROM feedback"),
            m_temp.count("SELECT total(score) FROM feedback"));
    }

    void other_seed_other_rows()
    {
        demo::DemoOptions options;
        options.users = 400;
        test::CollectingSink a, b, c;
        demo::generateDemo(options, a);
        demo::generateDemo(options, b);
        options.seed = 43;
        demo::generateDemo(options, c);
        const auto same = [](const test::CollectingSink& x, const test::CollectingSink& y) {
            if (x.events.size() != y.events.size()) return false;
            for (size_t i = 0; i < x.events.size(); ++i) {
                const auto& e = x.events[i];
                const auto& f = y.events[i];
                if (e.userId != f.userId || e.anonymousId != f.anonymousId || e.event != f.event
                    || e.timeMs != f.timeMs || e.props != f.props)
                    return false;
            }
            return true;
        };
        QVERIFY(same(a, b));
        QVERIFY(!same(a, c));
    }

    // The engine's raw output is fixed by the standard; the generator relies on nothing else.
    void engine_is_portable()
    {
        std::mt19937_64 engine;
        engine.discard(9999);
        QCOMPARE(engine(), 9981545732273789042ULL);
        demo::Rng rng(1);
        for (int i = 0; i < 1000; ++i) {
            const double u = rng.uniform();
            QVERIFY(u >= 0 && u < 1);
            QVERIFY(rng.below(7) < 7);
        }
    }

    void users_option_scales()
    {
        test::TempProject small;
        demo::DemoOptions options;
        options.users = 600;
        const demo::DemoSummary s = demo::writeDemo(small.open(), options);
        QCOMPARE(s.users, int64_t(600));
        QCOMPARE(small.count("SELECT count(*) FROM users"), int64_t(600));
        QCOMPARE(s.generated.funnel[0], int64_t(570)); // round(600 * 0.95)
        const double ratio = static_cast<double>(s.events) / static_cast<double>(m_summary.events);
        QVERIFY2(ratio > 0.15 && ratio < 0.25, qPrintable(QString::number(ratio)));
        QCOMPARE(small.count("SELECT count(*) FROM tickets WHERE json_extract(props, '$.theme') = "
                             "'unclear integration instructions'"),
            int64_t(25)); // round(127 / 5)
    }

    void refuses_project_with_events()
    {
        QVERIFY_THROWS_EXCEPTION(demo::DemoError, demo::writeDemo(m_temp.open(), {}));
        QCOMPARE(m_temp.count("SELECT count(*) FROM events"), m_summary.events);
        demo::DemoOptions bad;
        bad.users = 0;
        test::TempProject empty;
        QVERIFY_THROWS_EXCEPTION(demo::DemoError, demo::writeDemo(empty.open(), bad));
    }

    void cli_writes_and_refuses()
    {
        test::TempProject temp;
        const QString path = QString::fromStdString(temp.dir() + "/cli.waymark");
        QProcess cli;
        cli.start(QStringLiteral(WAYMARK_CLI),
            { QStringLiteral("demo"), path, QStringLiteral("--users"), QStringLiteral("300"),
                QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--json") });
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject o = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QCOMPARE(o.value(QStringLiteral("users")).toInteger(), 300);
        for (const char* key : { "events", "sessions", "tickets", "feedback", "accounts", "annotations" })
            QVERIFY2(o.value(QLatin1String(key)).toInteger() > 0, key);

        cli.start(QStringLiteral(WAYMARK_CLI), { QStringLiteral("demo"), path });
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY(cli.exitCode() != 0);
        QVERIFY(cli.readAllStandardError().contains("already has events"));

        cli.start(QStringLiteral(WAYMARK_CLI),
            { QStringLiteral("demo"), path + QStringLiteral("2"), QStringLiteral("--users"),
                QStringLiteral("lots") });
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TstDemo)
#include "tst_demo.moc"
