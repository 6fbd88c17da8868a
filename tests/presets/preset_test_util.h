#pragma once

// Shared checks of the analytics preset tests: rows compared by input line, rejects and identity
// links as "line: text" lists, and an end-to-end import into a temporary project.
#include "core/ingest/format.h"
#include "testutil/collecting_sink.h"
#include "testutil/temp_project.h"

#include <QStringList>
#include <QTest>
#include <initializer_list>
#include <map>
#include <memory>

namespace waymark::test {

// CollectingSink keeps no identity links; the presets emit them.
class PresetSink : public CollectingSink {
public:
    bool identify(const ingest::IdentifyRow& r) override
    {
        links << QStringLiteral("%1: %2 <- %3")
                     .arg(r.line)
                     .arg(QString::fromStdString(std::string(r.userId)),
                         QString::fromStdString(std::string(r.anonymousId)));
        return true;
    }
    QStringList links;
    ingest::ParseResult result;
};

inline std::string dataPath(const QString& relative)
{
    return std::string(WAYMARK_TEST_DATA) + "/" + relative.toStdString();
}

// Parses a fixture once per test binary (Auto = sniffed, so these tests also cover detection).
inline const PresetSink& parsed(const QString& relative, ingest::Format format = ingest::Format::Auto)
{
    static std::map<std::pair<QString, int>, std::unique_ptr<PresetSink>> cache;
    auto& slot = cache[{ relative, static_cast<int>(format) }];
    if (!slot) {
        slot = std::make_unique<PresetSink>();
        slot->result = parseInto(dataPath(relative), *slot, format);
    }
    return *slot;
}

inline QStringList strings(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* item : items)
        out << QString::fromUtf8(item);
    return out;
}

inline QStringList rejectList(const CollectingSink& sink)
{
    QStringList out;
    for (const auto& r : sink.rejects)
        out << QStringLiteral("%1: %2").arg(r.line).arg(QString::fromStdString(r.reason));
    return out;
}

// Compares "line: reason" lists; an expected entry ending in '*' matches by prefix, for simdjson's
// wording of syntax errors.
inline void compareRejects(const CollectingSink& sink, const QStringList& expected)
{
    const QStringList actual = rejectList(sink);
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        if (expected[i].endsWith(QLatin1Char('*')))
            QVERIFY2(actual[i].startsWith(expected[i].chopped(1)), qPrintable(actual[i]));
        else
            QCOMPARE(actual[i], expected[i]);
    }
}

// Columns of a data-driven event check: one row per expected event, found by its input line.
inline void addEventColumns()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("anonymous");
    QTest::addColumn<QString>("event");
    QTest::addColumn<qint64>("timeMs");
    QTest::addColumn<QString>("session");
    QTest::addColumn<QString>("insertId");
    QTest::addColumn<QString>("props");
}

#define WAYMARK_CHECK_EVENT_ROW()                                                                            \
    do {                                                                                                     \
        QFETCH(QString, file);                                                                               \
        QFETCH(qint64, line);                                                                                \
        const auto& sink = waymark::test::parsed(file);                                                      \
        QVERIFY2(sink.result.outcome == waymark::ingest::Outcome::Success, sink.result.message.c_str());     \
        const waymark::test::Event* found = nullptr;                                                         \
        for (const auto& e : sink.events)                                                                    \
            if (e.line == line) {                                                                            \
                QVERIFY2(!found, "two events from one line");                                                \
                found = &e;                                                                                  \
            }                                                                                                \
        QVERIFY2(found, "no event from this line");                                                          \
        QTEST(QString::fromStdString(found->userId), "user");                                                \
        QTEST(QString::fromStdString(found->anonymousId), "anonymous");                                      \
        QTEST(QString::fromStdString(found->event), "event");                                                \
        QTEST(qint64(found->timeMs), "timeMs");                                                              \
        QTEST(QString::fromStdString(found->sessionId), "session");                                          \
        QTEST(QString::fromStdString(found->insertId), "insertId");                                          \
        QTEST(QString::fromStdString(found->props), "props");                                                \
    } while (false)

// Imports `relative` into a fresh project, checks what the store holds, then imports it again and
// checks that nothing is added twice.
struct EndToEnd {
    ingest::Format format;
    int64_t events; // rows in the events table
    int64_t users; // distinct users behind those events after identity stitching
    int64_t rejected;
};

#define WAYMARK_CHECK_END_TO_END(relative, expected, extraChecks)                                            \
    do {                                                                                                     \
        waymark::test::TempProject project;                                                                  \
        const std::string path = waymark::test::dataPath(relative);                                          \
        const auto first = project.import(path);                                                             \
        QVERIFY2(first.ok(), first.error.c_str());                                                           \
        QCOMPARE(int(first.format), int((expected).format));                                                 \
        QCOMPARE(first.stats.rowsRejected, (expected).rejected);                                             \
        QCOMPARE(project.count("SELECT count(*) FROM events"), (expected).events);                           \
        QCOMPARE(project.count("SELECT count(DISTINCT user_id) FROM identities "                             \
                               "WHERE id IN (SELECT identity FROM events)"),                                 \
            (expected).users);                                                                               \
        extraChecks;                                                                                         \
        const auto again = project.import(path);                                                             \
        QVERIFY2(again.ok(), again.error.c_str());                                                           \
        QCOMPARE(again.stats.duplicatesSkipped, (expected).events);                                          \
        QCOMPARE(project.count("SELECT count(*) FROM events"), (expected).events);                           \
    } while (false)

// Events stored for the person who owns `externalId`, through any of their identities.
inline std::string eventsOfUserSql(const std::string& externalId)
{
    return "SELECT count(*) FROM events WHERE identity IN (SELECT id FROM identities WHERE user_id = "
           "(SELECT user_id FROM identities WHERE external_id = '"
        + externalId + "'))";
}

} // namespace waymark::test
