// The JSON shapes of `waymark-cli paths`, `flow`, `variants` and `members` as docs/cli.md documents
// them: every key of every object (so a renamed, added or dropped field fails here), the type of
// each value, and hand-computed numbers on a five-session project.
#include "testutil/temp_project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <algorithm>
#include <cmath>

using namespace waymark;

namespace {

// u1: s1 A B C                 (0 s, 10 s, 40 s)
// u2: s2 A C, then s3 A B      (0 s, 20 s; 100 s, 130 s)
// u3: s4 B A                   (0 s, 5 s)
// u4: s5 A A B                 (0 s, 30 s, 60 s)
const char* const kLog = "user_id,session_id,event,timestamp\n"
                         "u1,s1,A,2024-01-01 00:00:00\n"
                         "u1,s1,B,2024-01-01 00:00:10\n"
                         "u1,s1,C,2024-01-01 00:00:40\n"
                         "u2,s2,A,2024-01-01 00:00:00\n"
                         "u2,s2,C,2024-01-01 00:00:20\n"
                         "u2,s3,A,2024-01-01 00:01:40\n"
                         "u2,s3,B,2024-01-01 00:02:10\n"
                         "u3,s4,B,2024-01-01 00:00:00\n"
                         "u3,s4,A,2024-01-01 00:00:05\n"
                         "u4,s5,A,2024-01-01 00:00:00\n"
                         "u4,s5,A,2024-01-01 00:00:30\n"
                         "u4,s5,B,2024-01-01 00:01:00\n";

QString keys(const QJsonObject& o)
{
    QStringList k = o.keys();
    std::sort(k.begin(), k.end());
    return k.join(QLatin1Char(','));
}

bool isInteger(const QJsonValue& v)
{
    return v.isDouble() && std::floor(v.toDouble()) == v.toDouble();
}

QString num(const QJsonValue& v)
{
    return v.isNull() ? QStringLiteral("null") : QString::number(v.toDouble(), 'g', 10);
}

} // namespace

class TstCliJourneyJson : public QObject {
    Q_OBJECT

    test::TempProject m_project;
    QString m_path;

    QJsonObject run(QStringList args)
    {
        args.insert(1, m_path);
        args << QStringLiteral("--json");
        QProcess cli;
        cli.start(QStringLiteral(WAYMARK_CLI), args);
        if (!cli.waitForFinished(30000)) return {};
        const QByteArray err = cli.readAllStandardError();
        if (cli.exitCode() != 0) qWarning("%s", err.constData());
        const auto doc = QJsonDocument::fromJson(cli.readAllStandardOutput());
        return cli.exitCode() == 0 && doc.isObject() ? doc.object() : QJsonObject {};
    }

    int status(QStringList args)
    {
        args.insert(1, m_path);
        QProcess cli;
        cli.start(QStringLiteral(WAYMARK_CLI), args);
        cli.waitForFinished(30000);
        return cli.exitCode();
    }

    // "step:event=count ..." checking each node's keys and types on the way.
    static QString nodesText(const QJsonObject& o)
    {
        QStringList out;
        for (const auto& v : o[QLatin1String("nodes")].toArray()) {
            const auto n = v.toObject();
            if (keys(n) != QLatin1String("count,event,step") || !isInteger(n[QLatin1String("step")])
                || !n[QLatin1String("event")].isString() || !isInteger(n[QLatin1String("count")]))
                return QStringLiteral("bad node ")
                    + QString::fromUtf8(QJsonDocument(n).toJson(QJsonDocument::Compact));
            out << QStringLiteral("%1:%2=%3")
                       .arg(n[QLatin1String("step")].toInt())
                       .arg(n[QLatin1String("event")].toString())
                       .arg(n[QLatin1String("count")].toInteger());
        }
        return out.join(QLatin1Char(' '));
    }
    static QString linksText(const QJsonObject& o)
    {
        QStringList out;
        for (const auto& v : o[QLatin1String("links")].toArray()) {
            const auto l = v.toObject();
            if (keys(l) != QLatin1String("count,from,step,to") || !isInteger(l[QLatin1String("step")])
                || !l[QLatin1String("from")].isString() || !l[QLatin1String("to")].isString()
                || !isInteger(l[QLatin1String("count")]))
                return QStringLiteral("bad link ")
                    + QString::fromUtf8(QJsonDocument(l).toJson(QJsonDocument::Compact));
            out << QStringLiteral("%1:%2>%3=%4")
                       .arg(l[QLatin1String("step")].toInt())
                       .arg(l[QLatin1String("from")].toString(), l[QLatin1String("to")].toString())
                       .arg(l[QLatin1String("count")].toInteger());
        }
        return out.join(QLatin1Char(' '));
    }
    static QString pathsHeader(const QJsonObject& o)
    {
        return QStringLiteral("%1 %2 max=%3 units=%4 considered=%5")
            .arg(o[QLatin1String("mode")].toString(), o[QLatin1String("unit")].toString())
            .arg(o[QLatin1String("max_steps")].toInt())
            .arg(o[QLatin1String("units")].toInteger())
            .arg(o[QLatin1String("considered")].toInteger());
    }
    // "from>to=count/cases/median/mean[r]" per edge.
    static QString edgesText(const QJsonObject& o)
    {
        QStringList out;
        for (const auto& v : o[QLatin1String("edges")].toArray()) {
            const auto e = v.toObject();
            const auto median = e[QLatin1String("median_seconds")], mean = e[QLatin1String("mean_seconds")];
            if (keys(e) != QLatin1String("cases,count,from,mean_seconds,median_seconds,restored,to")
                || !e[QLatin1String("from")].isString() || !e[QLatin1String("to")].isString()
                || !isInteger(e[QLatin1String("count")]) || !isInteger(e[QLatin1String("cases")])
                || !(median.isNull() || median.isDouble()) || !(mean.isNull() || mean.isDouble())
                || !e[QLatin1String("restored")].isBool())
                return QStringLiteral("bad edge ")
                    + QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact));
            out << QStringLiteral("%1>%2=%3/%4/%5/%6%7")
                       .arg(e[QLatin1String("from")].toString(), e[QLatin1String("to")].toString())
                       .arg(e[QLatin1String("count")].toInteger())
                       .arg(e[QLatin1String("cases")].toInteger())
                       .arg(num(median), num(mean),
                           e[QLatin1String("restored")].toBool() ? QStringLiteral("r") : QString());
        }
        return out.join(QLatin1Char(' '));
    }
    static QString flowNodesText(const QJsonObject& o)
    {
        QStringList out;
        for (const auto& v : o[QLatin1String("nodes")].toArray()) {
            const auto n = v.toObject();
            if (keys(n) != QLatin1String("cases,count,event") || !n[QLatin1String("event")].isString()
                || !isInteger(n[QLatin1String("count")]) || !isInteger(n[QLatin1String("cases")]))
                return QStringLiteral("bad node");
            out << QStringLiteral("%1=%2/%3")
                       .arg(n[QLatin1String("event")].toString())
                       .arg(n[QLatin1String("count")].toInteger())
                       .arg(n[QLatin1String("cases")].toInteger());
        }
        return out.join(QLatin1Char(' '));
    }
    // "rank:A B C=count/share/coverage".
    static QString variantText(const QJsonObject& v)
    {
        if (keys(v) != QLatin1String("count,coverage,events,rank,share")
            || !v[QLatin1String("events")].isArray() || !isInteger(v[QLatin1String("count")])
            || !isInteger(v[QLatin1String("rank")]) || !v[QLatin1String("share")].isDouble()
            || !v[QLatin1String("coverage")].isDouble())
            return QStringLiteral("bad variant");
        QStringList events;
        for (const auto& e : v[QLatin1String("events")].toArray()) {
            if (!e.isString()) return QStringLiteral("bad event");
            events << e.toString();
        }
        return QStringLiteral("%1:%2=%3/%4/%5")
            .arg(v[QLatin1String("rank")].toInteger())
            .arg(events.join(QLatin1Char(' ')))
            .arg(v[QLatin1String("count")].toInteger())
            .arg(num(v[QLatin1String("share")]), num(v[QLatin1String("coverage")]));
    }
    static QString variantsText(const QJsonObject& o)
    {
        QStringList out;
        for (const auto& v : o[QLatin1String("variants")].toArray())
            out << variantText(v.toObject());
        return out.join(QLatin1Char(' '));
    }
    // "user[identities](session/session_id) ..." checking the keys of each member.
    static QString membersText(const QJsonObject& o)
    {
        const bool sessions = o[QLatin1String("unit")].toString() == QLatin1String("sessions");
        QStringList out;
        for (const auto& v : o[QLatin1String("members")].toArray()) {
            const auto m = v.toObject();
            const QString expected = sessions ? QStringLiteral("identities,session,session_id,user")
                                              : QStringLiteral("identities,user");
            if (keys(m) != expected || !m[QLatin1String("user")].isString()
                || !m[QLatin1String("identities")].isArray())
                return QStringLiteral("bad member ") + keys(m);
            QStringList ids;
            for (const auto& id : m[QLatin1String("identities")].toArray())
                ids << id.toString();
            QString text = m[QLatin1String("user")].toString() + QLatin1Char('[') + ids.join(QLatin1Char(','))
                + QLatin1Char(']');
            if (sessions) {
                if (!isInteger(m[QLatin1String("session_id")])
                    || !(m[QLatin1String("session")].isString() || m[QLatin1String("session")].isNull()))
                    return QStringLiteral("bad session");
                text += QLatin1Char('(') + m[QLatin1String("session")].toString() + QLatin1Char(')');
            }
            out << text;
        }
        return out.join(QLatin1Char(' '));
    }
    static QString pageText(const QJsonObject& o)
    {
        if (keys(o) != QLatin1String("limit,members,offset,total,unit")
            || !isInteger(o[QLatin1String("total")]) || !isInteger(o[QLatin1String("offset")])
            || !(o[QLatin1String("limit")].isNull() || isInteger(o[QLatin1String("limit")])))
            return QStringLiteral("bad page ") + keys(o);
        return QStringLiteral("%1 total=%2 offset=%3 limit=%4: %5")
            .arg(o[QLatin1String("unit")].toString())
            .arg(o[QLatin1String("total")].toInteger())
            .arg(o[QLatin1String("offset")].toInteger())
            .arg(num(o[QLatin1String("limit")]), membersText(o));
    }

private slots:
    void initTestCase()
    {
        const auto report = m_project.import(m_project.writeFile("log.csv", kLog));
        QVERIFY(report.ok());
        m_project.close();
        m_path = QString::fromStdString(m_project.path());
    }

    void paths_forward()
    {
        const auto o = run({ QStringLiteral("paths"), QStringLiteral("--start"), QStringLiteral("A"),
            QStringLiteral("--steps"), QStringLiteral("3"), QStringLiteral("--top"), QStringLiteral("0") });
        QCOMPARE(keys(o), QStringLiteral("considered,links,max_steps,mode,nodes,unit,units"));
        QCOMPARE(pathsHeader(o), QStringLiteral("start users max=3 units=4 considered=4"));
        // First A of each user: u1 A B C, u2 A C A, u3 A, u4 A A B. --top 0 keeps every event.
        QCOMPARE(nodesText(o), QStringLiteral("1:A=4 2:A=1 2:B=1 2:C=1 2:(end)=1 3:A=1 3:B=1 3:C=1"));
        // A link's step is the step of its source node.
        QCOMPARE(linksText(o), QStringLiteral("1:A>A=1 1:A>B=1 1:A>C=1 1:A>(end)=1 2:A>B=1 2:B>C=1 2:C>A=1"));
    }

    void paths_fold_into_other_but_keep_the_anchor()
    {
        const auto o = run({ QStringLiteral("paths"), QStringLiteral("--start"), QStringLiteral("A"),
            QStringLiteral("--steps"), QStringLiteral("3"), QStringLiteral("--top"), QStringLiteral("1") });
        QCOMPARE(nodesText(o), QStringLiteral("1:A=4 2:A=1 2:Other=2 2:(end)=1 3:A=1 3:Other=2"));
        QCOMPARE(linksText(o),
            QStringLiteral("1:A>Other=2 1:A>A=1 1:A>(end)=1 2:A>Other=1 2:Other>A=1 2:Other>Other=1"));
    }

    void paths_backward_and_between()
    {
        // The last B of each user, walking back: u1 B A, u2 B A C, u3 B, u4 B A A.
        auto o = run({ QStringLiteral("paths"), QStringLiteral("--end"), QStringLiteral("B"),
            QStringLiteral("--steps"), QStringLiteral("3") });
        QCOMPARE(pathsHeader(o), QStringLiteral("end users max=3 units=4 considered=4"));
        QCOMPARE(nodesText(o), QStringLiteral("1:B=4 2:A=3 2:(end)=1 3:A=1 3:C=1 3:(end)=1"));
        QCOMPARE(linksText(o), QStringLiteral("1:B>A=3 1:B>(end)=1 2:A>A=1 2:A>C=1 2:A>(end)=1"));
        // First A, then the first C after it: u1 A B C, u2 A C; u3 and u4 have no C.
        o = run({ QStringLiteral("paths"), QStringLiteral("--start"), QStringLiteral("A"),
            QStringLiteral("--end"), QStringLiteral("C"), QStringLiteral("--steps"), QStringLiteral("3") });
        QCOMPARE(pathsHeader(o), QStringLiteral("between users max=3 units=2 considered=4"));
        QCOMPARE(nodesText(o), QStringLiteral("1:A=2 2:B=1 2:C=1 3:C=1 3:(end)=1"));
        // Two steps: u1's B is left out and its C moves up to step 2.
        o = run({ QStringLiteral("paths"), QStringLiteral("--start"), QStringLiteral("A"),
            QStringLiteral("--end"), QStringLiteral("C"), QStringLiteral("--steps"), QStringLiteral("2") });
        QCOMPARE(nodesText(o), QStringLiteral("1:A=2 2:C=2"));
        QCOMPARE(linksText(o), QStringLiteral("1:A>C=2"));
    }

    void flow_with_start_and_end()
    {
        const auto o = run({ QStringLiteral("flow") });
        QCOMPARE(keys(o),
            QStringLiteral("cases,edges,events,hidden_activities,hidden_edges,nodes,transitions,unit"));
        QCOMPARE(o[QLatin1String("unit")].toString(), QStringLiteral("sessions"));
        QCOMPARE(o[QLatin1String("cases")].toInteger(), 5);
        QCOMPARE(o[QLatin1String("events")].toInteger(), 12);
        QCOMPARE(o[QLatin1String("transitions")].toInteger(), 17); // 12 events + 5 cases
        QCOMPARE(flowNodesText(o), QStringLiteral("START=5/5 A=6/5 B=4/4 C=2/2 END=5/5"));
        // A>B: 10 s (s1), 30 s (s3), 30 s (s5): median 30, mean 70/3.
        QCOMPARE(edgesText(o),
            QStringLiteral(
                "START>A=4/4/null/null A>B=3/3/30/23.33333333 B>END=2/2/null/null C>END=2/2/null/null "
                "START>B=1/1/null/null A>A=1/1/30/30 A>C=1/1/20/20 A>END=1/1/null/null B>A=1/1/5/5 "
                "B>C=1/1/30/30"));
    }

    void flow_path_pruning_restores_connections()
    {
        // Only START>A (4/17) and A>B (3/17) reach 15%; B>END and A>C come back so that C and END
        // are reachable from START, C>END so that C reaches END.
        const auto o = run({ QStringLiteral("flow"), QStringLiteral("--paths"), QStringLiteral("0.15") });
        QCOMPARE(o[QLatin1String("hidden_edges")].toInteger(), 5);
        QCOMPARE(o[QLatin1String("transitions")].toInteger(), 17);
        QCOMPARE(flowNodesText(o), QStringLiteral("START=5/5 A=6/5 B=4/4 C=2/2 END=5/5"));
        QCOMPARE(edgesText(o),
            QStringLiteral(
                "START>A=4/4/null/null A>B=3/3/30/23.33333333 B>END=2/2/null/nullr C>END=2/2/null/nullr "
                "A>C=1/1/20/20r"));
    }

    void variants_share_coverage_and_happy_path()
    {
        auto o = run({ QStringLiteral("variants"), QStringLiteral("--top"), QStringLiteral("2"),
            QStringLiteral("--goal"), QStringLiteral("C") });
        QCOMPARE(keys(o), QStringLiteral("cases,distinct,happy_path,unit,variants"));
        QCOMPARE(o[QLatin1String("cases")].toInteger(), 5);
        QCOMPARE(o[QLatin1String("distinct")].toInteger(), 5);
        // Equal counts rank by the names in order, a prefix first.
        QCOMPARE(variantsText(o), QStringLiteral("1:A A B=1/0.2/0.2 2:A B=1/0.2/0.4"));
        // The happy path ranks below --top and is given all the same.
        QCOMPARE(variantText(o[QLatin1String("happy_path")].toObject()), QStringLiteral("3:A B C=1/0.2/0.6"));

        o = run({ QStringLiteral("variants"), QStringLiteral("--top"), QStringLiteral("0"),
            QStringLiteral("--collapse-repeats") });
        QCOMPARE(keys(o), QStringLiteral("cases,distinct,unit,variants")); // no --goal, no happy_path
        QCOMPARE(variantsText(o),
            QStringLiteral("1:A B=2/0.4/0.4 2:A B C=1/0.2/0.6 3:A C=1/0.2/0.8 4:B A=1/0.2/1"));

        // No case reaches the goal: happy_path is null.
        o = run({ QStringLiteral("variants"), QStringLiteral("--goal"), QStringLiteral("C"),
            QStringLiteral("--from"), QStringLiteral("2030-01-01") });
        QCOMPARE(keys(o), QStringLiteral("cases,distinct,happy_path,unit,variants"));
        QVERIFY(o[QLatin1String("happy_path")].isNull());
        QCOMPARE(o[QLatin1String("cases")].toInteger(), 0);
    }

    void members_of_a_funnel()
    {
        // A then B: u1, u2 and u4 reach step 2; u3 (B before A) stops at step 1.
        const auto funnel
            = run({ QStringLiteral("funnel"), QStringLiteral("--steps"), QStringLiteral("A,B") });
        const auto step2 = funnel[QLatin1String("steps")].toArray()[1].toObject();
        QCOMPARE(step2[QLatin1String("count")].toInteger(), 3);
        QCOMPARE(step2[QLatin1String("drop_off")].toInteger(), 1);
        const QStringList base { QStringLiteral("members"), QStringLiteral("--funnel"), QStringLiteral("A,B"),
            QStringLiteral("--step"), QStringLiteral("2") };
        QCOMPARE(
            pageText(run(base)), QStringLiteral("users total=3 offset=0 limit=100: u1[u1] u2[u2] u4[u4]"));
        QCOMPARE(pageText(run(base + QStringList { QStringLiteral("--dropped") })),
            QStringLiteral("users total=1 offset=0 limit=100: u3[u3]"));
        QCOMPARE(pageText(run(base
                     + QStringList { QStringLiteral("--offset"), QStringLiteral("1"),
                         QStringLiteral("--limit"), QStringLiteral("1") })),
            QStringLiteral("users total=3 offset=1 limit=1: u2[u2]"));
        QCOMPARE(pageText(run(base
                     + QStringList { QStringLiteral("--unit"), QStringLiteral("sessions"),
                         QStringLiteral("--limit"), QStringLiteral("0") })),
            QStringLiteral("sessions total=3 offset=0 limit=null: u1[u1](s1) u2[u2](s3) u4[u4](s5)"));
        // Nobody drops off at step 1; a step past the funnel fails.
        QCOMPARE(
            status(base.mid(0, 4) + QStringList { QStringLiteral("1"), QStringLiteral("--dropped") }), 1);
        QCOMPARE(status(base.mid(0, 4) + QStringList { QStringLiteral("3") }), 1);
        QCOMPARE(status({ QStringLiteral("members"), QStringLiteral("--funnel"), QStringLiteral("A,B") }), 2);
    }

    void members_of_a_path()
    {
        const QStringList path { QStringLiteral("--start"), QStringLiteral("A"), QStringLiteral("--steps"),
            QStringLiteral("3"), QStringLiteral("--top"), QStringLiteral("1") };
        auto members = [&](const QString& option, const QString& value) {
            return pageText(run(QStringList { QStringLiteral("members"), option, value } + path));
        };
        // The numbers of paths_fold_into_other_but_keep_the_anchor.
        QCOMPARE(members(QStringLiteral("--path-node"), QStringLiteral("2:Other")),
            QStringLiteral("users total=2 offset=0 limit=100: u1[u1] u2[u2]"));
        QCOMPARE(members(QStringLiteral("--path-node"), QStringLiteral("2:(end)")),
            QStringLiteral("users total=1 offset=0 limit=100: u3[u3]"));
        QCOMPARE(members(QStringLiteral("--path-link"), QStringLiteral("2:Other>A")),
            QStringLiteral("users total=1 offset=0 limit=100: u2[u2]"));
        // B is folded at step 3: it selects nobody there.
        QCOMPARE(members(QStringLiteral("--path-node"), QStringLiteral("3:B")),
            QStringLiteral("users total=0 offset=0 limit=100: "));
        QCOMPARE(status(QStringList {
                            QStringLiteral("members"), QStringLiteral("--path-node"), QStringLiteral("4:A") }
                     + path),
            1);
        QCOMPARE(status(QStringList {
                            QStringLiteral("members"), QStringLiteral("--path-link"), QStringLiteral("1:A") }
                     + path),
            2);
    }
};

QTEST_GUILESS_MAIN(TstCliJourneyJson)
#include "tst_cli_journey_json.moc"
