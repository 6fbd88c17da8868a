#include "core/ingest/format.h"
#include "core/store/import_writer.h"
#include "testutil/temp_project.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>
#include <fstream>

using namespace waymark;
using test::TempProject;

namespace {
// A snapshot of what a project holds, to compare before and after a failed import.
std::string fingerprint(TempProject& p)
{
    std::string out;
    for (const char* table :
        { "events", "users", "identities", "sessions", "sources", "event_types", "source_rejects" })
        out += std::string(table) + "="
            + std::to_string(p.count(std::string("SELECT count(*) FROM ") + table)) + ";";
    out += "sum=" + std::to_string(p.count("SELECT total(ts) FROM events"));
    return out;
}

std::string writeBigCsv(TempProject& p, int rows)
{
    const std::string path = p.dir() + "/big.csv";
    std::ofstream out(path);
    out << "user_id,event,timestamp,plan\n";
    for (int i = 0; i < rows; ++i)
        out << "user" << (i % 20000) << ",event" << (i % 13) << "," << (1700000000000LL + i * 1000LL)
            << ",pro\n";
    return path;
}
} // namespace

class TstTransactions : public QObject {
    Q_OBJECT
private slots:
    void failure_midway_leaves_project_unchanged()
    {
        TempProject p;
        QVERIFY(p.import(std::string(WAYMARK_TEST_DATA) + "/csv/rfc4180.csv").ok());
        const std::string before = fingerprint(p);
        // The truncated gzip yields more than a read buffer of good rows before the read error.
        const auto report = p.import(std::string(WAYMARK_TEST_DATA) + "/csv/truncated_big.csv.gz");
        QVERIFY(!report.ok());
        QVERIFY(report.stats.rowsImported > 0); // rows were written, then rolled back
        QCOMPARE(fingerprint(p), before);
    }

    void strict_failure_leaves_project_unchanged()
    {
        TempProject p;
        const std::string before = fingerprint(p);
        import::ImportOptions strict;
        strict.strict = true;
        const auto report = p.import(std::string(WAYMARK_TEST_DATA) + "/csv/bad_rows.csv", strict);
        QCOMPARE(int(report.outcome), int(ingest::Outcome::Failed));
        QCOMPARE(fingerprint(p), before);
    }

    void cancel_leaves_project_unchanged()
    {
        TempProject p;
        QVERIFY(p.import(std::string(WAYMARK_TEST_DATA) + "/csv/rfc4180.csv").ok());
        const std::string before = fingerprint(p);
        const std::string big = writeBigCsv(p, 200000);
        std::atomic<bool> cancel { false };
        import::ImportOptions options;
        options.cancel = &cancel;
        options.progress = [&](double fraction) {
            if (fraction > 0.3) cancel = true;
        };
        const auto report = p.import(big, options);
        QCOMPARE(int(report.outcome), int(ingest::Outcome::Cancelled));
        QVERIFY(report.stats.rowsImported > 0);
        QVERIFY(report.stats.rowsImported < 200000);
        QCOMPARE(fingerprint(p), before);
    }

    // The process is killed with SIGKILL part-way through: SQLite's WAL discards the uncommitted
    // transaction on the next open.
    // Settling a big import takes seconds after the last row is read: a cancel then still rolls
    // everything back. The writer's cancel check answers yes from its Nth question on, for every N
    // it asks (between passes and inside the key merge, the session writes and the rebuild).
    void cancel_while_settling_leaves_project_unchanged()
    {
        TempProject p;
        QVERIFY(
            p.import(p.writeFile("first.csv", "user_id,event,timestamp\nu1,a,2024-01-01T00:00:00Z\n")).ok());
        // Shuffled times (every user re-sessioned) and repeats of the first file's row (duplicates).
        std::string csv = "user_id,event,timestamp\n";
        for (int i = 0; i < 70000; ++i)
            csv += "u" + std::to_string(i % 500) + ",e,2024-01-01T" + std::to_string(10 + (i * 7919) % 13)
                + ":" + std::to_string(10 + (i * 31) % 49) + ":00Z\n";
        csv += "u1,a,2024-01-01T00:00:00Z\n";
        const std::string file = p.writeFile("second.csv", csv);
        const std::string before = fingerprint(p);
        int asked = 0;
        for (int cancelAt = 1;; ++cancelAt) {
            {
                auto& project = p.open();
                store::ImportSettings settings;
                settings.path = file;
                settings.format = "csv";
                store::ImportWriter writer(project.db(), settings);
                int calls = 0;
                writer.setCancelCheck([&] { return ++calls >= cancelAt; });
                ingest::ParseOptions options;
                QCOMPARE(int(ingest::parseFile(file, ingest::Format::Csv, options, writer).outcome),
                    int(ingest::Outcome::Success));
                try {
                    writer.commit();
                    asked = calls;
                } catch (const store::ImportCancelled&) {
                }
            }
            p.close();
            if (asked) break; // committed: every question before was answered with a cancel
            QCOMPARE(QString::fromStdString(fingerprint(p)), QString::fromStdString(before));
            QCOMPARE(p.count("SELECT count(*) FROM event_keys WHERE source_id > 1"), int64_t(0));
        }
        QVERIFY2(asked >= 8, qPrintable(QString::number(asked))); // between passes, and within them
        QCOMPARE(p.count("SELECT count(*) FROM events"), int64_t(1 + 70000));
    }

    void killed_process_leaves_project_unchanged()
    {
        TempProject p;
        QVERIFY(p.import(std::string(WAYMARK_TEST_DATA) + "/csv/rfc4180.csv").ok());
        const std::string before = fingerprint(p);
        p.close();
        const std::string big = writeBigCsv(p, 1500000);

        QProcess cli;
        cli.start(QStringLiteral(WAYMARK_CLI),
            { QStringLiteral("import"), QString::fromStdString(p.path()), QString::fromStdString(big),
                QStringLiteral("--progress") });
        cli.setReadChannel(QProcess::StandardError); // progress goes to stderr
        QVERIFY(cli.waitForStarted());
        // Wait until the import reports progress: its transaction is open and rows are being written.
        QElapsedTimer timer;
        timer.start();
        QByteArray progress;
        while (timer.elapsed() < 20000) {
            cli.waitForReadyRead(50);
            progress += cli.readAllStandardError();
            if (progress.contains("%")) break;
        }
        QVERIFY2(cli.state() == QProcess::Running, "the import finished before it could be killed");
        cli.kill();
        QVERIFY(cli.waitForFinished());
        QCOMPARE(cli.exitStatus(), QProcess::CrashExit);

        auto& project = p.open();
        QCOMPARE(*project.db().queryText("PRAGMA integrity_check"), std::string("ok"));
        QCOMPARE(fingerprint(p), before);
    }
};

QTEST_GUILESS_MAIN(TstTransactions)
#include "tst_transactions.moc"
