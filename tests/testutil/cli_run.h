#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace waymark::test {

// One run of waymark-cli (WAYMARK_CLI): its exit status, stdout parsed as a JSON object (empty
// when it is not one) and stderr, trimmed. status is -1 when the process did not finish in 60 s.
struct CliRun {
    int status = -1;
    QJsonObject json;
    QString err;
};
CliRun runCli(const QStringList& args);

// A file of tests/data/cli, the CLI tests' fixtures.
QString cliFixture(const char* name);

// An object's keys, sorted and comma-joined: comparing it catches a renamed, added or dropped field.
QString jsonKeys(const QJsonObject& object);

} // namespace waymark::test
