// The import wizard driven the way a user drives it, through the real MainWindow with a project open.
//
// The project before the wizard (seed.csv, imported with the core API, 30 min gap):
//   a1: Signup 2026-02-01 09:00, Login 09:05 (one session)     a2: Signup 10:00 (one session)
//   -> 3 events, 2 users, 2 sessions, 1 source, 2 event types (Signup, Login).
//
// events.csv, dropped onto the window: header "plan,occurred_at,customer_id,event_name,page" and 120
// data rows (lines 2..121). 13 users u01..u13 (odd ones on plan "pro", even ones "free"); user k starts
// at 2026-02-02 08:00 + (k-1) * 3 h and sends 9 events at these minutes from the start:
//   0 Login, 2 Search, 4 View Item, 14 View Item, 16 Add to Cart, 37 Login, 39 Search, 41 Checkout,
//   120 Login
// in user order, except for three bad rows that take the place of data rows 53, 88 and 120:
//   line  54: "free,2026-02-03T01:30:00Z,u06,Search"      4 fields -> "expected 5 fields, found 4"
//   line  89: "pro,yesterday,u09,Checkout,/checkout"      -> "unparseable time 'yesterday'"
//   line 121: "pro,2026-02-04T00:00:00Z,,Login,/login"    -> "missing user id"
// So 13 * 9 = 117 good rows: 120 read, 117 imported, 3 rejected, 0 duplicates.
//  - Preview: the first 50 data rows. u01..u05 fill rows 1..45, so row 50 is u06's 5th event: Add to
//    Cart at 2026-02-02 08:00 + 5 * 3 h + 16 min = 23:16. About 120 rows (121 newlines, less the header).
//  - Detection: user = customer_id (column 2), event = event_name (3), time = occurred_at (1); plan
//    and page are kept as properties.
//  - Session gap set to 10 min: a new session starts after more than 10 min of inactivity, so the
//    exactly-10-minute step 4 -> 14 stays in its session while 16 -> 37 (21 min) and 41 -> 120 (79 min)
//    split: 3 sessions per user of 5, 3 and 1 events = 39 (the default 30 min would give 26).
//  - Afterwards: events 3 + 117 = 120; users 2 + 13 = 15; sessions 2 + 39 = 41; sources 2; event types
//    Signup, Login + Search, View Item, Add to Cart, Checkout = 6 (Login is shared). Login events: 3 per
//    user = 39, plus a1's = 40; Search 26; View Item 26; Add to Cart 13; Checkout 13. Events on plan pro:
//    7 users * 9 = 63. Sessions by size: 1 event: 13 + a2's = 14; 2: a1's = 1; 3: 13; 5: 13.
//
// Then a 3,000,000-row CSV (~43 bytes a row, ~130 MB) is dropped: the preview estimates its rows from
// the bytes per record of its 256 KB head (within 5%), and the rate label shows a real importer's speed
// (over 50,000 rows/s; about 1M on the standard machine). The import is cancelled with the Cancel Import
// button once the bar has moved: the run page says so within 5 s, the project keeps exactly the counts
// above and passes PRAGMA integrity_check, and a 20 ms timer on the GUI thread kept firing throughout.
// Last, the window is closed with the wizard still open, and the project is untouched.
// Settings go to a private XDG home, never the user's.
#include "core/store/database.h"
#include "testutil/private_home.h"
#include "testutil/temp_project.h"
#include "ui/common/record_table_model.h"
#include "ui/import/import_files_page.h"
#include "ui/import/import_mapping_page.h"
#include "ui/import/import_run_page.h"
#include "ui/import/import_summary_page.h"
#include "ui/import/import_wizard.h"
#include "ui/import/preview_model.h"
#include "ui/shell/main_window.h"
#include "ui/shell/project_context.h"
#include "ui/shell/project_controller.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDate>
#include <QDateTime>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <cstdio>
#include <map>

using namespace waymark;
using namespace waymark::ui;

namespace {

constexpr int kUsers = 13;
constexpr int kMinutes[] = { 0, 2, 4, 14, 16, 37, 39, 41, 120 };
constexpr const char* kEvents[]
    = { "Login", "Search", "View Item", "View Item", "Add to Cart", "Login", "Search", "Checkout", "Login" };
constexpr const char* kPages[]
    = { "/login", "/search", "/item", "/item", "/cart", "/login", "/search", "/checkout", "/login" };
constexpr int kDataRows = 120;
constexpr int kBigRows = 3000000;

QString userName(int k)
{
    return QStringLiteral("u%1").arg(k, 2, 10, QLatin1Char('0'));
}

// events.csv as described at the top: the good rows in user order, three bad rows in between.
QByteArray eventsCsv()
{
    QStringList good;
    const QDateTime first(QDate(2026, 2, 2), QTime(8, 0), Qt::UTC);
    for (int k = 1; k <= kUsers; ++k)
        for (size_t i = 0; i < std::size(kMinutes); ++i)
            good << QStringLiteral("%1,%2,%3,%4,%5")
                        .arg(k % 2 ? QStringLiteral("pro") : QStringLiteral("free"),
                            first.addSecs(qint64(k - 1) * 3 * 3600 + kMinutes[i] * 60).toString(Qt::ISODate),
                            userName(k), QLatin1String(kEvents[i]), QLatin1String(kPages[i]));
    const QMap<int, QString> bad { { 53, QStringLiteral("free,2026-02-03T01:30:00Z,u06,Search") },
        { 88, QStringLiteral("pro,yesterday,u09,Checkout,/checkout") },
        { 120, QStringLiteral("pro,2026-02-04T00:00:00Z,,Login,/login") } };
    QString csv = QStringLiteral("plan,occurred_at,customer_id,event_name,page\n");
    int next = 0;
    for (int row = 1; row <= kDataRows; ++row)
        csv += (bad.contains(row) ? bad[row] : good.at(next++)) + QLatin1Char('\n');
    Q_ASSERT(next == good.size());
    return csv.toUtf8();
}

// A plain export big enough that its import takes seconds: one event a second from 2026-03-01 on,
// 100,000 users in turn. Written with snprintf into a buffer; QString per row would take longer than
// the import it feeds.
bool writeBigCsv(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return false;
    static const char* const names[] = { "Page Viewed", "Search", "Add to Cart", "Checkout", "Purchase" };
    QByteArray buffer;
    buffer.reserve(9 << 20);
    buffer += "user_id,event,timestamp,platform\n";
    QByteArray day;
    char line[96];
    for (int i = 0; i < kBigRows; ++i) {
        const int second = i % 86400;
        if (second == 0) day = QDate(2026, 3, 1).addDays(i / 86400).toString(Qt::ISODate).toLatin1();
        const int n
            = std::snprintf(line, sizeof line, "u%06d,%s,%sT%02d:%02d:%02dZ,%s\n", i % 100000, names[i % 5],
                day.constData(), second / 3600, second / 60 % 60, second % 60, i % 3 ? "web" : "ios");
        buffer.append(line, n);
        if (buffer.size() > (8 << 20)) {
            if (file.write(buffer) != buffer.size()) return false;
            buffer.clear();
        }
    }
    return file.write(buffer) == buffer.size() && file.flush();
}

template<typename T> T* childNamed(QWidget* parent, const QString& accessibleName)
{
    for (T* w : parent->findChildren<T*>())
        if (w->accessibleName() == accessibleName) return w;
    return nullptr;
}

bool hasLabelStartingWith(QWidget* parent, const QString& text)
{
    for (QLabel* l : parent->findChildren<QLabel*>())
        if (l->text().startsWith(text)) return true;
    return false;
}

} // namespace

class TstImportWizard : public QObject {
    Q_OBJECT
public:
    static void initMain() { test::usePrivateHome(); }

private:
    test::TempProject m_project;
    QTemporaryDir m_files;
    std::unique_ptr<MainWindow> m_window;

    struct Counts {
        int64_t events, users, sessions, sources, eventTypes;
        bool operator==(const Counts&) const = default;
    };

    int64_t storeCount(const std::string& sql) const
    {
        return store::Database(m_project.path()).queryInt(sql);
    }
    std::map<int64_t, int64_t> storePairs(const std::string& sql) const
    {
        store::Database db(m_project.path());
        auto st = db.prepare(sql);
        std::map<int64_t, int64_t> out;
        while (st.step())
            out[st.columnInt(0)] = st.columnInt(1);
        return out;
    }
    Counts counts() const
    {
        store::Database db(m_project.path());
        return { db.queryInt("SELECT count(*) FROM events"), db.queryInt("SELECT count(*) FROM users"),
            db.queryInt("SELECT count(*) FROM sessions"), db.queryInt("SELECT count(*) FROM sources"),
            db.queryInt("SELECT count(*) FROM event_types") };
    }
    ImportWizard* wizard() const { return m_window->controller().importWizard(); }

    // What a drop from a file manager does: drag enter, then drop, both accepted by the window.
    void dropFiles(const QStringList& files)
    {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString& f : files)
            urls << QUrl::fromLocalFile(f);
        mime.setUrls(urls);
        const QPoint at = m_window->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, {});
        QCoreApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QCoreApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(drop.isAccepted());
    }

    void clickNext()
    {
        QAbstractButton* next = wizard()->button(QWizard::NextButton);
        QVERIFY(next->isVisible());
        QTRY_VERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
    }

    void waitForPreview()
    {
        ImportMappingPage* mapping = wizard()->mappingPage();
        QCOMPARE(wizard()->currentId(), int(ImportWizard::MappingPageId));
        QTRY_VERIFY_WITH_TIMEOUT(!mapping->isLoading() && mapping->isComplete(), 10000);
    }

    // Closes a wizard whose import is over, the way the user does; it deletes itself.
    void closeWizard(QWizard::WizardButton button)
    {
        QPointer<ImportWizard> w = wizard();
        QVERIFY(w);
        QTest::mouseClick(w->button(button), Qt::LeftButton);
        QTRY_VERIFY(!w);
        QVERIFY(!wizard());
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_import_wizard"));
        QVERIFY(m_files.isValid());
        const std::string seed = m_project.writeFile("seed.csv",
            "user_id,event,timestamp\n"
            "a1,Signup,2026-02-01T09:00:00Z\na1,Login,2026-02-01T09:05:00Z\na2,Signup,2026-02-01T10:00:"
            "00Z\n");
        QVERIFY(m_project.import(seed).ok());
        m_project.close();
        QCOMPARE(counts(), (Counts { 3, 2, 2, 1, 2 }));

        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->controller().openPath(QString::fromStdString(m_project.path())));
        QVERIFY(m_window->context().isOpen());
    }

    void dropped_files_open_the_wizard()
    {
        const QString csv = m_files.filePath(QStringLiteral("events.csv"));
        QVERIFY(!csv.contains(QLatin1Char(','))); // the exported CSV below quotes nothing but reasons
        QFile out(csv);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(eventsCsv());
        out.close();

        QVERIFY(!wizard());
        dropFiles({ csv });
        QVERIFY(wizard());
        QVERIFY(QTest::qWaitForWindowExposed(wizard()));
        QCOMPARE(wizard()->currentId(), int(ImportWizard::FilesPageId));
        QCOMPARE(wizard()->files(), QStringList { csv });
        QListWidget* list = wizard()->filesPage()->list();
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), csv);
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("events.csv  (")));
        // Dropping the same file again while the wizard is open adds nothing.
        dropFiles({ csv });
        QCOMPARE(list->count(), 1);
    }

    void mapping_page_previews_and_detects()
    {
        ImportMappingPage* mapping = wizard()->mappingPage();
        PreviewModel* model = mapping->previewModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        clickNext();
        waitForPreview();

        QCOMPARE(mapping->fileCombo()->currentText(), QStringLiteral("events.csv"));
        QCOMPARE(model->preview().format, ingest::Format::Csv);
        QVERIFY(model->preview().detected);
        QCOMPARE(model->rowCount(), kPreviewRows);
        QCOMPARE(model->rowCount(), 50);
        QCOMPARE(model->columnCount(), 5);
        QCOMPARE(model->preview().estimatedRows, 120.0);
        QVERIFY(hasLabelStartingWith(mapping, QStringLiteral("csv")));
        bool aboutRows = false;
        for (QLabel* l : mapping->findChildren<QLabel*>())
            aboutRows |= l->text().contains(QStringLiteral("about 120 rows"));
        QVERIFY(aboutRows);

        // The roles by column, as the header carries them.
        const int expectedRoles[] = { -1, int(ingest::EventField::Time), int(ingest::EventField::User),
            int(ingest::EventField::Event), -1 };
        for (int c = 0; c < 5; ++c)
            QCOMPARE(model->headerData(c, Qt::Horizontal, PreviewModel::FieldRole).toInt(), expectedRoles[c]);
        QCOMPARE(model->headerData(2, Qt::Horizontal, Qt::DisplayRole).toString(),
            QStringLiteral("customer_id\n[user]"));
        QCOMPARE(model->headerData(4, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("page"));
        QCOMPARE(model->headerData(4, Qt::Horizontal, Qt::ToolTipRole).toString(),
            QStringLiteral("Kept as an event property"));
        // ... and as the field combos show them.
        QCOMPARE(mapping->fieldCombo(ingest::EventField::User)->currentText(), QStringLiteral("customer_id"));
        QCOMPARE(mapping->fieldCombo(ingest::EventField::Event)->currentText(), QStringLiteral("event_name"));
        QCOMPARE(mapping->fieldCombo(ingest::EventField::Time)->currentText(), QStringLiteral("occurred_at"));
        QCOMPARE(mapping->fieldCombo(ingest::EventField::Anonymous)->currentText(), QStringLiteral("(none)"));
        QCOMPARE(mapping->fieldCombo(ingest::EventField::Session)->currentText(), QStringLiteral("(none)"));
        QVERIFY(mapping->fieldCombo(ingest::EventField::User)->isEnabled());

        // The rows: the first and the 50th data row (u06's Add to Cart at 23:16).
        QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("2026-02-02T08:00:00Z"));
        QCOMPARE(model->index(0, 2).data().toString(), QStringLiteral("u01"));
        QCOMPARE(model->index(0, 3).data().toString(), QStringLiteral("Login"));
        QCOMPARE(model->index(49, 0).data().toString(), QStringLiteral("free"));
        QCOMPARE(model->index(49, 1).data().toString(), QStringLiteral("2026-02-02T23:16:00Z"));
        QCOMPARE(model->index(49, 2).data().toString(), QStringLiteral("u06"));
        QCOMPARE(model->index(49, 3).data().toString(), QStringLiteral("Add to Cart"));
        QCOMPARE(model->headerData(49, Qt::Vertical, Qt::DisplayRole).toInt(), 50);
        QVERIFY(model->index(0, 2).data(Qt::FontRole).value<QFont>().bold()); // a role column
        QVERIFY(!model->index(0, 4).data(Qt::FontRole).isValid());

        // The session gap, typed over the default of 30 minutes.
        auto* gap = childNamed<QSpinBox>(mapping, QStringLiteral("Session gap"));
        QVERIFY(gap);
        QCOMPARE(gap->value(), 30);
        gap->setFocus();
        QTest::keyClick(gap, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(gap, QStringLiteral("10"));
        QCOMPARE(gap->value(), 10);
    }

    void imports_and_summarises()
    {
        clickNext();
        QCOMPARE(wizard()->sessionGapMinutes, 10);
        QTRY_COMPARE_WITH_TIMEOUT(wizard()->currentId(), int(ImportWizard::SummaryPageId), 20000);
        ImportRunPage* run = wizard()->runPage();
        QVERIFY(!run->isRunning());
        QVERIFY(!run->wasCancelled());
        QCOMPARE(run->progressBar()->value(), 1000);
        QVERIFY(run->result());
        QCOMPARE(run->result()->reports.size(), size_t(1));
        const auto& stats = run->result()->reports.front().stats;
        QCOMPARE(stats.rowsRead, 120);
        QCOMPARE(stats.rowsImported, 117);
        QCOMPARE(stats.rowsRejected, 3);
        QCOMPARE(stats.duplicatesSkipped, 0);

        ImportSummaryPage* summary = wizard()->summaryPage();
        QCOMPARE(summary->summaryText(),
            QStringLiteral(
                "<p><b>events.csv</b> (csv): 120 rows read, 117 imported, 3 rejected, 0 duplicates "
                "skipped.</p>"));
        RecordTableModel* rejects = summary->rejectsModel();
        QAbstractItemModelTester tester(rejects, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString csv = m_files.filePath(QStringLiteral("events.csv"));
        const std::pair<int, QString> expected[] = {
            { 54, QStringLiteral("expected 5 fields, found 4") },
            { 89, QStringLiteral("unparseable time 'yesterday'") },
            { 121, QStringLiteral("missing user id") },
        };
        QCOMPARE(rejects->rowCount(), 3);
        for (int r = 0; r < 3; ++r) {
            QCOMPARE(rejects->index(r, 0).data().toString(), QStringLiteral("events.csv"));
            QCOMPARE(rejects->index(r, 0).data(Qt::ToolTipRole).toString(), csv);
            QCOMPARE(rejects->index(r, 1).data(RecordTableModel::SortRole).toLongLong(), expected[r].first);
            QCOMPARE(rejects->index(r, 1).data().toString(), QString::number(expected[r].first));
            QCOMPARE(rejects->index(r, 2).data().toString(), expected[r].second);
        }

        const QString exported = m_files.filePath(QStringLiteral("rejected.csv"));
        QString error;
        QVERIFY2(summary->exportRejects(exported, &error), qPrintable(error));
        QFile in(exported);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(in.readAll()),
            QStringLiteral("file,line,reason\n"
                           "%1,54,\"expected 5 fields, found 4\"\n"
                           "%1,89,unparseable time 'yesterday'\n"
                           "%1,121,missing user id\n")
                .arg(csv));

        // The project file, on a connection of the test's own.
        QCOMPARE(counts(), (Counts { 120, 15, 41, 2, 6 }));
        QCOMPARE(storeCount("SELECT rows_read FROM sources WHERE id = 2"), 120);
        QCOMPARE(storeCount("SELECT rows_imported FROM sources WHERE id = 2"), 117);
        QCOMPARE(storeCount("SELECT rows_rejected FROM sources WHERE id = 2"), 3);
        QCOMPARE(storeCount("SELECT count(*) FROM source_rejects WHERE source_id = 2"), 3);
        QCOMPARE(
            storeCount("SELECT instr(options, '\"session_gap_ms\":600000') > 0 FROM sources WHERE id = 2"),
            1);
        auto typeCount = [&](const char* name) {
            return storeCount(std::string("SELECT count(*) FROM events e JOIN event_types t ON t.id = e.type "
                                          "WHERE t.display_name = '")
                + name + "'");
        };
        QCOMPARE(typeCount("Login"), 40);
        QCOMPARE(typeCount("Search"), 26);
        QCOMPARE(typeCount("View Item"), 26);
        QCOMPARE(typeCount("Add to Cart"), 13);
        QCOMPARE(typeCount("Checkout"), 13);
        QCOMPARE(typeCount("Signup"), 2);
        QCOMPARE(storeCount("SELECT count(*) FROM events WHERE json_extract(props, '$.plan') = 'pro'"), 63);
        QCOMPARE(storeCount("SELECT count(*) FROM users WHERE external_id LIKE 'u%'"), 13);
        // Sessions by size (events -> sessions).
        QCOMPARE(storePairs("SELECT event_count, count(*) FROM sessions GROUP BY event_count"),
            (std::map<int64_t, int64_t> { { 1, 14 }, { 2, 1 }, { 3, 13 }, { 5, 13 } }));
        // Every user of the file has its sessions at 0, 37 and 120 minutes after its first event.
        QCOMPARE(storeCount("SELECT count(*) FROM sessions s JOIN users u ON u.id = s.user_id "
                            "WHERE u.external_id LIKE 'u%' AND (s.start_ts - (SELECT min(start_ts) FROM "
                            "sessions WHERE user_id = s.user_id)) IN (0, 37 * 60000, 120 * 60000)"),
            39);

        // The window picked the new counts up.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->context().hasInfo() && m_window->context().info().events == 120, 10000);
        closeWizard(QWizard::FinishButton);
    }

    void cancel_a_long_import()
    {
        const Counts before = counts();
        QCOMPARE(before, (Counts { 120, 15, 41, 2, 6 }));
        const QString big = m_files.filePath(QStringLiteral("big.csv"));
        QVERIFY(writeBigCsv(big));
        QVERIFY(QFileInfo(big).size() > 120'000'000);

        dropFiles({ big });
        QVERIFY(wizard());
        QVERIFY(QTest::qWaitForWindowExposed(wizard()));
        QCOMPARE(wizard()->files(), QStringList { big });
        clickNext();
        waitForPreview();
        // Estimated from the head's bytes per row: within a few percent of the real count.
        QVERIFY(qAbs(wizard()->mappingPage()->previewModel()->preview().estimatedRows - kBigRows)
            < kBigRows * 0.05);

        // The GUI thread's heartbeat while the import runs: the longest pause between two ticks.
        ImportRunPage* run = wizard()->runPage();
        QElapsedTimer sinceTick;
        qint64 longestPause = 0;
        int ticks = 0;
        QTimer heartbeat;
        heartbeat.setInterval(20);
        connect(&heartbeat, &QTimer::timeout, this, [&] {
            if (!run->isRunning()) return;
            if (ticks++ > 0) longestPause = std::max(longestPause, sinceTick.elapsed());
            sinceTick.start();
        });
        heartbeat.start();

        clickNext();
        QCOMPARE(wizard()->currentId(), int(ImportWizard::RunPageId));
        auto* rate = childNamed<QLabel>(run, QStringLiteral("Import speed"));
        QVERIFY(rate);
        QTRY_VERIFY_WITH_TIMEOUT(
            run->progressBar()->value() > 0 && rate->text().contains(QStringLiteral("rows/s")), 10000);
        const int progressAtCancel = run->progressBar()->value();
        // The speed comes from the estimated row count: a real importer's figure, not a hundredth of it
        // (the importer does about a million rows a second; 50,000 leaves room for a loaded machine).
        const QString speed = rate->text();
        const qint64 rowsPerSecond = QString(speed.left(speed.indexOf(QStringLiteral(" rows/s"))))
                                         .remove(QRegularExpression(QStringLiteral("[^0-9]")))
                                         .toLongLong();
        QVERIFY2(rowsPerSecond > 50000, qPrintable(speed));
        QVERIFY2(run->isRunning() && progressAtCancel < 900,
            qPrintable(QStringLiteral("the import got to %1/1000 before the cancel").arg(progressAtCancel)));
        QVERIFY(run->cancelButton()->isEnabled());
        QCOMPARE(run->cancelButton()->text(), QStringLiteral("&Cancel Import"));
        QElapsedTimer cancelling;
        cancelling.start();
        QTest::mouseClick(run->cancelButton(), Qt::LeftButton);
        QVERIFY(run->wasCancelled());
        QVERIFY(!run->cancelButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 5000);
        const qint64 cancelMs = cancelling.elapsed();
        heartbeat.stop();
        qInfo(
            "cancelled at %d/1000 of the file (%s); the run page reported it after %lld ms; %d timer ticks, "
            "longest pause %lld ms",
            progressAtCancel, qPrintable(speed), cancelMs, ticks, longestPause);
        QVERIFY(hasLabelStartingWith(run, QStringLiteral("Import cancelled.")));
        QCOMPARE(rate->text(), QString());
        QVERIFY(!run->result()); // the cancelled job's result is dropped
        QVERIFY(!run->isComplete());
        QCOMPARE(wizard()->currentId(), int(ImportWizard::RunPageId));
        // The GUI thread kept turning: 20 ms ticks all through the import, none held up for long.
        QVERIFY(ticks >= 5);
        QVERIFY2(longestPause < 1000, qPrintable(QString::number(longestPause)));

        // Exactly as before, and a sound file.
        QCOMPARE(counts(), before);
        QCOMPARE(storeCount("SELECT count(*) FROM identities"), 15);
        QCOMPARE(storeCount("SELECT count(*) FROM source_rejects"), 3);
        QCOMPARE(store::Database(m_project.path()).queryText("PRAGMA integrity_check"),
            std::optional<std::string>("ok"));
        closeWizard(QWizard::CancelButton);
    }

    void closing_the_window_with_the_wizard_open()
    {
        const Counts before = counts();
        dropFiles({ m_files.filePath(QStringLiteral("events.csv")) });
        QVERIFY(wizard());
        clickNext();
        waitForPreview();
        // The wizard's pages reach the project context while they are deleted; the window must take
        // them down before the context.
        m_window.reset();
        QCOMPARE(counts(), before);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        test::privateHome().reset();
    }
};

QTEST_MAIN(TstImportWizard)
#include "tst_import_wizard.moc"
