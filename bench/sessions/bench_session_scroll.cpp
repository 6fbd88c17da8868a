// The session list on a big project: does it scroll without stalls? Opens SessionTableModel in a
// QTableView (offscreen) on the analysis benchmark's project (10M events, 1.84M sessions), and
// measures how long the first rows and the full count take, how long the rows under the viewport
// take to arrive after jumps to random places, re-sorting, and the longest stall of the GUI event
// loop meanwhile (a 5 ms timer that records the largest gap between its ticks).
//   bench_session_scroll [PROJECT]        (default: bench/.data/analysis_10000000_500000_s42.waymark)
#include "ui/sessions/session_table_model.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace waymark::ui;

namespace {

// Runs the event loop until `done` holds or `timeoutMs` pass; returns the milliseconds waited.
template<typename F> double waitFor(F done, int timeoutMs = 60000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return double(clock.nsecsElapsed()) / 1e6;
}

bool visibleRowsLoaded(QTableView& view, SessionTableModel& model)
{
    const int first = view.rowAt(0), last = view.rowAt(view.viewport()->height() - 1);
    if (first < 0) return false;
    for (int r = first; r <= std::max(first, last); ++r) {
        if (!model.loadedRow(r)) {
            view.viewport()->update(); // paints ask data() for the rows, as scrolling does
            return false;
        }
    }
    return true;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString path = argc > 1
        ? QString::fromLocal8Bit(argv[1])
        : QStringLiteral(WAYMARK_BENCH_DATA "/analysis_10000000_500000_s42.waymark");
    if (!QFileInfo::exists(path)) {
        std::fprintf(stderr, "%s: no such project (run bench/analysis_bench.sh first, which generates it)\n",
            qPrintable(path));
        return 1;
    }

    // The stall meter: the largest gap between ticks of a 5 ms timer on the GUI thread.
    QElapsedTimer tick;
    double worstGapMs = 0;
    QTimer meter;
    meter.setInterval(5);
    QObject::connect(&meter, &QTimer::timeout, [&] {
        if (tick.isValid()) worstGapMs = std::max(worstGapMs, double(tick.nsecsElapsed()) / 1e6);
        tick.restart();
    });

    QElapsedTimer clock;
    clock.start();
    meter.start();
    SessionTableModel model(path);
    QTableView view;
    view.resize(1000, 700);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.setModel(&model);
    view.show();
    model.setQuery({});
    const double firstRows = waitFor([&] { return model.rowCount() > 0 && visibleRowsLoaded(view, model); });
    const double firstRowsAt = double(clock.nsecsElapsed()) / 1e6;
    waitFor([&] { return model.countState() == SessionTableModel::CountState::Complete; });
    const double countAt = double(clock.nsecsElapsed()) / 1e6;
    const int rows = model.rowCount();
    (void)firstRows;

    // Jumps: the scroll bar dragged to random places, as a reader skimming the list would.
    std::mt19937 rng(7);
    std::vector<double> jumps;
    for (int i = 0; i < 60; ++i) {
        QScrollBar* bar = view.verticalScrollBar();
        bar->setValue(std::uniform_int_distribution<int>(0, bar->maximum())(rng));
        jumps.push_back(waitFor([&] { return visibleRowsLoaded(view, model); }));
    }
    // Wheel-like scrolling: a page at a time, 100 pages.
    std::vector<double> pages;
    for (int i = 0; i < 100; ++i) {
        view.verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd);
        pages.push_back(waitFor([&] { return visibleRowsLoaded(view, model); }));
    }
    // Re-sorting by user: the ids are listed again in the new order.
    clock.restart();
    model.sort(SessionTableModel::UserColumn, Qt::AscendingOrder);
    view.scrollToTop();
    const double sortFirst = waitFor([&] {
        return model.countState() != SessionTableModel::CountState::Unknown && visibleRowsLoaded(view, model);
    });
    waitFor([&] { return model.countState() == SessionTableModel::CountState::Complete; });
    const double sortAll = double(clock.nsecsElapsed()) / 1e6;
    meter.stop();

    std::printf("| measurement | result |\n| --- | --- |\n");
    std::printf("| sessions listed | %d |\n", rows);
    std::printf("| first rows on screen after opening | %.0f ms |\n", firstRowsAt);
    std::printf("| full count known | %.0f ms |\n", countAt);
    std::printf("| rows on screen after a jump to a random place (60 jumps) | median %.1f ms, p95 %.1f ms, "
                "max %.1f ms |\n",
        percentile(jumps, 0.5), percentile(jumps, 0.95), percentile(jumps, 1.0));
    std::printf(
        "| rows on screen after a page down (100 pages) | median %.1f ms, p95 %.1f ms, max %.1f ms |\n",
        percentile(pages, 0.5), percentile(pages, 0.95), percentile(pages, 1.0));
    std::printf("| re-sort by user: first rows / full list | %.0f ms / %.0f ms |\n", sortFirst, sortAll);
    std::printf("| longest GUI event-loop stall during all of the above | %.1f ms |\n", worstGapMs);
    std::printf("| rows held in memory at the end | %d of %d |\n", model.cachedRowCount(), rows);
    return 0;
}
