// The job runner: superseding, cancellation latency, throttled progress, errors, and a real
// funnel cancelled mid-run.
#include "core/analysis/funnel.h"
#include "core/analysis/funnel_job.h"
#include "core/analysis/snapshot.h"
#include "core/jobs/job_runner.h"
#include "funnel_fixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <atomic>
#include <chrono>
#include <thread>

using namespace waymark;
using namespace waymark::jobs;
using namespace std::chrono_literals;

namespace {

struct Answer {
    int value = 0;
};

int64_t nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

class TstJobs : public QObject {
    Q_OBJECT
private slots:
    void newer_job_supersedes_older()
    {
        JobRunner runner;
        std::vector<int> delivered;
        std::atomic<bool> firstStarted { false };
        std::atomic<bool> firstSawCancel { false };
        JobRunner::Callbacks<Answer> callbacks;
        callbacks.result = [&](std::shared_ptr<const Answer> a) { delivered.push_back(a->value); };
        runner.submit<Answer>(
            QStringLiteral("funnel"),
            [&](const CancelToken& token, ProgressSink&) {
                firstStarted = true;
                const auto start = nowMs();
                while (!token.isCancelled() && nowMs() - start < 5000)
                    std::this_thread::sleep_for(1ms);
                firstSawCancel = token.isCancelled();
                return Answer { 1 }; // returned anyway: it must be dropped
            },
            callbacks);
        QTRY_VERIFY(firstStarted.load());
        const JobId second = runner.submit<Answer>(
            QStringLiteral("funnel"), [](const CancelToken&, ProgressSink&) { return Answer { 2 }; },
            callbacks);
        QCOMPARE(runner.latest(QStringLiteral("funnel")), second);
        QTRY_COMPARE(delivered, std::vector<int> { 2 });
        runner.waitForIdle();
        QCoreApplication::processEvents();
        QCOMPARE(delivered, std::vector<int> { 2 });
        QVERIFY(firstSawCancel.load());
    }

    void stale_result_is_dropped_even_if_the_worker_ignores_cancel()
    {
        JobRunner runner;
        std::vector<int> delivered;
        std::atomic<bool> release { false };
        JobRunner::Callbacks<Answer> callbacks;
        callbacks.result = [&](std::shared_ptr<const Answer> a) { delivered.push_back(a->value); };
        runner.submit<Answer>(
            QStringLiteral("v"),
            [&](const CancelToken&, ProgressSink&) {
                while (!release)
                    std::this_thread::sleep_for(1ms);
                return Answer { 1 };
            },
            callbacks);
        runner.submit<Answer>(
            QStringLiteral("v"),
            [&](const CancelToken&, ProgressSink&) {
                release = true;
                return Answer { 2 };
            },
            callbacks);
        runner.waitForIdle();
        QTRY_COMPARE(delivered, std::vector<int> { 2 });
        // Other views are independent.
        runner.submit<Answer>(
            QStringLiteral("other"), [](const CancelToken&, ProgressSink&) { return Answer { 3 }; },
            callbacks);
        QTRY_COMPARE(delivered, (std::vector<int> { 2, 3 }));
    }

    void cancel_is_honoured_within_100ms()
    {
        JobRunner runner;
        std::atomic<int64_t> returnedAt { 0 };
        std::atomic<bool> started { false };
        bool delivered = false;
        JobRunner::Callbacks<Answer> callbacks;
        callbacks.result = [&](std::shared_ptr<const Answer>) { delivered = true; };
        runner.submit<Answer>(
            QStringLiteral("v"),
            [&](const CancelToken& token, ProgressSink&) {
                started = true;
                // A kernel checks its token every block of work; here a block takes ~2 ms.
                for (int i = 0; i < 100000; ++i) {
                    token.throwIfCancelled();
                    std::this_thread::sleep_for(2ms);
                }
                return Answer {};
            },
            callbacks);
        QTRY_VERIFY(started.load());
        std::this_thread::sleep_for(30ms);
        QSignalSpy settled(&runner, &JobRunner::jobSettled);
        const int64_t cancelledAt = nowMs();
        runner.cancel(QStringLiteral("v"));
        runner.waitForIdle();
        returnedAt = nowMs();
        QVERIFY2(returnedAt - cancelledAt < 100, qPrintable(QString::number(returnedAt - cancelledAt)));
        QTRY_COMPARE(settled.count(), 1);
        QCOMPARE(settled.at(0).at(2).toBool(), false);
        QVERIFY(!delivered);
    }

    void funnel_kernel_cancels_within_100ms()
    {
        // 40k users of 100 events: enough work for the cancel to land mid-run.
        std::vector<analysis::RawEvent> events;
        events.reserve(4000000);
        for (uint32_t u = 0; u < 40000; ++u)
            for (int i = 0; i < 100; ++i)
                events.push_back(
                    { u, static_cast<int64_t>(i) * 1000, static_cast<uint32_t>((u + i) % 4), u, {} });
        const auto snapshot = analysis::Snapshot::fromEvents(std::move(events),
            { { 1, "a", "A", 0 }, { 2, "b", "B", 0 }, { 3, "c", "C", 0 }, { 4, "d", "D", 0 } });
        analysis::FunnelQuery q;
        q.steps = { { "A", { 0 }, {} }, { "B", { 1 }, {} }, { "C", { 2 }, {} }, { "D", { 3 }, {} } };
        q.order = analysis::FunnelOrder::Strict; // no early exit: every start is an attempt
        q.windowMs = 1000;
        q.threads = 2;
        QElapsedTimer full;
        full.start();
        const auto result = analysis::runFunnel(*snapshot, q);
        const qint64 fullMs = full.elapsed();
        QCOMPARE(result.steps[0].count, 40000);

        CancelToken token;
        std::atomic<int64_t> returnedAt { 0 };
        std::thread worker([&] {
            try {
                analysis::runFunnel(*snapshot, q, {}, &token);
            } catch (const Cancelled&) {
            }
            returnedAt = nowMs();
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(std::max<qint64>(1, fullMs / 3)));
        const int64_t cancelledAt = nowMs();
        token.cancel();
        worker.join();
        QVERIFY2(returnedAt - cancelledAt < 100, qPrintable(QString::number(returnedAt - cancelledAt)));

        CancelToken already;
        already.cancel();
        QVERIFY_THROWS_EXCEPTION(Cancelled, analysis::runFunnel(*snapshot, q, {}, &already));
    }

    void progress_is_throttled()
    {
        std::vector<double> seen;
        ProgressSink sink([&](double f) { seen.push_back(f); });
        QElapsedTimer timer;
        timer.start();
        int reports = 0;
        while (timer.elapsed() < 300) {
            sink.report(std::min(0.99, timer.elapsed() / 300.0));
            ++reports;
        }
        sink.report(1.0);
        QVERIFY(reports > 1000);
        // At most one every 50 ms (plus the first and the final one), never backwards, ends at 1.
        QVERIFY2(seen.size() <= 300 / 50 + 2, qPrintable(QString::number(seen.size())));
        QVERIFY(seen.size() >= 3);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QCOMPARE(seen.back(), 1.0);

        // Changes under half a percent are dropped however long ago the last one was.
        std::vector<double> small;
        ProgressSink fine([&](double f) { small.push_back(f); });
        fine.report(0.1);
        std::this_thread::sleep_for(60ms);
        fine.report(0.104);
        QCOMPARE(small, std::vector<double> { 0.1 });
        std::this_thread::sleep_for(60ms);
        fine.report(0.106);
        QCOMPARE(small, (std::vector<double> { 0.1, 0.106 }));
    }

    void funnel_view_job()
    {
        test::TempProject p;
        test::load(p,
            test::Csv("user_id,event,timestamp")
                .row("u1", "A", 0)
                .row("u1", "B", 1)
                .row("u2", "A", 0)
                .text());
        p.close();
        auto cache = std::make_shared<analysis::SnapshotCache>(p.path());
        JobRunner runner;
        std::shared_ptr<const analysis::FunnelResult> result;
        std::vector<double> progress;
        QString error;
        JobRunner::Callbacks<analysis::FunnelResult> callbacks;
        callbacks.result = [&](std::shared_ptr<const analysis::FunnelResult> r) { result = std::move(r); };
        callbacks.progress = [&](double f) { progress.push_back(f); };
        callbacks.error = [&](const QString& e) { error = e; };
        auto steps = [](std::vector<std::string> names) {
            return [names](const analysis::Snapshot& s) { return test::funnel(s, names); };
        };
        runner.submit<analysis::FunnelResult>(
            QStringLiteral("funnel"), analysis::funnelJob(cache, steps({ "A", "B" })), callbacks);
        QTRY_VERIFY(result);
        QCOMPARE(test::counts(*result), (test::Counts { 2, 1 }));
        QTRY_VERIFY(!progress.empty() && progress.back() == 1.0);
        // A step that does not exist reaches the view as an error naming it.
        runner.submit<analysis::FunnelResult>(
            QStringLiteral("funnel"), analysis::funnelJob(cache, steps({ "A", "Q" })), callbacks);
        QTRY_VERIFY(!error.isEmpty());
        QVERIFY2(error.contains(QLatin1String("unknown event \"Q\"")), qPrintable(error));
    }

    void progress_and_errors_reach_the_callbacks()
    {
        JobRunner runner;
        std::vector<double> progress;
        QString error;
        JobRunner::Callbacks<Answer> callbacks;
        callbacks.progress = [&](double f) { progress.push_back(f); };
        callbacks.error = [&](const QString& e) { error = e; };
        callbacks.result = [&](std::shared_ptr<const Answer>) { QFAIL("no result expected"); };
        runner.submit<Answer>(
            QStringLiteral("v"),
            [](const CancelToken&, ProgressSink& sink) -> Answer {
                sink.report(0.5);
                throw std::runtime_error("disk on fire");
            },
            callbacks);
        QTRY_COMPARE(error, QStringLiteral("disk on fire"));
        QCOMPARE(progress, std::vector<double> { 0.5 });
    }
};

QTEST_GUILESS_MAIN(TstJobs)
#include "tst_jobs.moc"
