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
