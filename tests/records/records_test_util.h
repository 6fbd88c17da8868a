#pragma once

#include "core/ingest/format.h"
#include "testutil/collecting_sink.h"

#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <string>
#include <vector>

// Fixture paths and field-by-field comparisons for the record importer tests.
namespace waymark::test {

using Rejects = std::vector<Rejected>;

inline std::string fixture(const std::string& relative)
{
    return std::string(WAYMARK_TEST_DATA) + "/" + relative;
}
inline std::string dataset(const std::string& relative)
{
    return std::string(WAYMARK_DATASETS) + "/" + relative;
}

// Writes `text` to `name` in `dir` and returns the path.
inline std::string writeFile(const QTemporaryDir& dir, const QString& name, const std::string& text)
{
    const QString path = dir.filePath(name);
    QFile out(path);
    if (out.open(QIODevice::WriteOnly)) out.write(text.data(), static_cast<qint64>(text.size()));
    return path.toStdString();
}

} // namespace waymark::test

Q_DECLARE_METATYPE(waymark::test::Ticket)
Q_DECLARE_METATYPE(waymark::test::TicketMessage)
Q_DECLARE_METATYPE(waymark::test::Feedback)
Q_DECLARE_METATYPE(waymark::test::Account)
Q_DECLARE_METATYPE(waymark::test::Annotation)
Q_DECLARE_METATYPE(waymark::test::Rejects)
Q_DECLARE_METATYPE(std::vector<waymark::test::TicketMessage>)
Q_DECLARE_METATYPE(std::vector<waymark::test::Feedback>)
Q_DECLARE_METATYPE(std::vector<waymark::test::Account>)
Q_DECLARE_METATYPE(std::vector<waymark::test::Annotation>)
Q_DECLARE_METATYPE(waymark::ingest::Format)

// std::string compared as QString so a failure prints both values.
#define COMPARE_STR(actual, expected)                                                                        \
    QCOMPARE(QString::fromStdString(actual), QString::fromStdString(expected))

namespace waymark::test {

inline void verifyTicket(const Ticket& a, const Ticket& e)
{
    COMPARE_STR(a.externalId, e.externalId);
    COMPARE_STR(a.userRef, e.userRef);
    COMPARE_STR(a.email, e.email);
    QCOMPARE(a.createdMs, e.createdMs);
    QCOMPARE(a.updatedMs, e.updatedMs);
    COMPARE_STR(a.subject, e.subject);
    COMPARE_STR(a.body, e.body);
    COMPARE_STR(a.status, e.status);
    COMPARE_STR(a.priority, e.priority);
    COMPARE_STR(a.channel, e.channel);
    COMPARE_STR(a.tags, e.tags);
    COMPARE_STR(a.satisfaction, e.satisfaction);
    COMPARE_STR(a.props, e.props);
    QCOMPARE(a.line, e.line);
}

inline void verifyMessage(const TicketMessage& a, const TicketMessage& e)
{
    COMPARE_STR(a.ticketExternalId, e.ticketExternalId);
    COMPARE_STR(a.authorType, e.authorType);
    COMPARE_STR(a.body, e.body);
    QCOMPARE(a.timeMs, e.timeMs);
    QCOMPARE(a.line, e.line);
}

inline void verifyFeedback(const Feedback& a, const Feedback& e)
{
    COMPARE_STR(a.externalId, e.externalId);
    COMPARE_STR(a.userRef, e.userRef);
    COMPARE_STR(a.email, e.email);
    COMPARE_STR(a.kind, e.kind);
    COMPARE_STR(a.comment, e.comment);
    COMPARE_STR(a.props, e.props);
    QCOMPARE(a.timeMs, e.timeMs);
    QCOMPARE(a.line, e.line);
    if (std::isnan(e.score))
        QVERIFY2(std::isnan(a.score), "expected no score");
    else
        QCOMPARE(a.score, e.score);
}

inline void verifyAccount(const Account& a, const Account& e)
{
    COMPARE_STR(a.accountId, e.accountId);
    COMPARE_STR(a.name, e.name);
    COMPARE_STR(a.plan, e.plan);
    COMPARE_STR(a.segment, e.segment);
    COMPARE_STR(a.userRef, e.userRef);
    COMPARE_STR(a.email, e.email);
    COMPARE_STR(a.props, e.props);
    if (std::isnan(e.mrr))
        QVERIFY2(std::isnan(a.mrr), "expected no mrr");
    else
        QCOMPARE(a.mrr, e.mrr);
    QCOMPARE(a.companySize, e.companySize);
    QCOMPARE(a.line, e.line);
}

inline void verifyAnnotation(const Annotation& a, const Annotation& e)
{
    COMPARE_STR(a.title, e.title);
    COMPARE_STR(a.description, e.description);
    COMPARE_STR(a.kind, e.kind);
    COMPARE_STR(a.version, e.version);
    QCOMPARE(a.timeMs, e.timeMs);
    QCOMPARE(a.line, e.line);
}

inline void verifyRejects(const Rejects& actual, const Rejects& expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        QCOMPARE(actual[i].line, expected[i].line);
        COMPARE_STR(actual[i].reason, expected[i].reason);
    }
}

} // namespace waymark::test
