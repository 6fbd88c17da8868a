// sessions, timeline and tag: the sessions page of the desktop app, from the command line, so
// researchers can script the reading and tagging of sample sessions.
#include "commands.h"
#include "core/analysis/snapshot.h"
#include "core/sessions/labels.h"
#include "core/sessions/session_list.h"
#include "core/sessions/timeline.h"
#include "core/store/project.h"
#include "core/util/timestamp.h"
#include "journey_options.h"
#include "json_out.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>

namespace waymark::cli {

using namespace waymark::sessions;

namespace {

QString iso(int64_t ms)
{
    return fromStd(formatIsoUtc(ms));
}

QJsonValue labelValue(const std::optional<int>& label)
{
    return label ? QJsonValue(QString::fromLatin1(labelWord(label))) : QJsonValue();
}

SessionSort parseSort(const QString& text)
{
    static const std::pair<const char*, SessionSort> kSorts[]
        = { { "start", SessionSort::Start }, { "user", SessionSort::User },
              { "duration", SessionSort::Duration }, { "events", SessionSort::Events },
              { "segment", SessionSort::Segment }, { "label", SessionSort::Label } };
    for (const auto& [name, sort] : kSorts)
        if (text == QLatin1String(name)) return sort;
    throw UsageError(
        "--sort must be start, user, duration, events, segment or label, not '" + text.toStdString() + "'");
}

// The users.id of external user ids; throws std::invalid_argument for an unknown one.
std::vector<int64_t> userIds(store::Database& db, const QStringList& names)
{
    std::vector<int64_t> ids;
    auto st = db.prepare("SELECT user_id FROM identities WHERE external_id = ?");
    for (const QString& name : names) {
        st.reset();
        st.bind(1, name.toStdString());
        if (!st.step()) throw std::invalid_argument("no user '" + name.toStdString() + "' in this project");
        ids.push_back(st.columnInt(0));
    }
    return ids;
}

int64_t sessionOption(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    if (!parser.isSet(option)) throw UsageError("--session ID is required");
    bool ok = false;
    const qint64 id = parser.value(option).toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError("--session needs a session id, not '" + parser.value(option).toStdString() + "'");
    return id;
}

} // namespace

int runSessions(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Lists sessions with their user, time, length, events, account segment and the researcher's tag, "
        "as the sessions page of the desktop app does."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("Project file (*.waymark)"));
    const QCommandLineOption user(QStringLiteral("user"),
        QStringLiteral("Only this user's sessions (external or device id; repeatable)."),
        QStringLiteral("ID"));
    const QCommandLineOption labelled(QStringLiteral("labelled"), QStringLiteral("Only tagged sessions."));
    const QCommandLineOption sort(QStringLiteral("sort"),
        QStringLiteral("start (default), user, duration, events, segment or label."), QStringLiteral("KEY"),
        QStringLiteral("start"));
    const QCommandLineOption desc(QStringLiteral("desc"), QStringLiteral("Sort in descending order."));
    const QCommandLineOption limit(QStringLiteral("limit"),
        QStringLiteral("Sessions listed (default 50; 0 lists all)."), QStringLiteral("N"),
        QStringLiteral("50"));
    const QCommandLineOption offset(QStringLiteral("offset"), QStringLiteral("Skip this many first."),
        QStringLiteral("N"), QStringLiteral("0"));
    const FilterOptions filterOptions;
    parser.addOptions({ user, labelled, sort, desc, limit, offset, jsonOption() });
    filterOptions.addTo(parser);
    parser.process(args);

    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("sessions needs exactly one PROJECT (see --help)"), 2);
    const QString path = parser.positionalArguments().front();
    ListQuery query;
    analysis::EventFilter filter;
    int64_t first = 0, count = 0;
    try {
        query.sort = parseSort(parser.value(sort));
        query.descending = parser.isSet(desc);
        query.labelledOnly = parser.isSet(labelled);
        count = parseCount(parser.value(limit), "limit");
        first = parseCount(parser.value(offset), "offset");
        filterOptions.applyDates(parser, filter);
        query.fromMs = filter.fromMs;
        query.toMs = filter.toMs;
    } catch (const UsageError& e) {
        return fail(fromStd(e.what()), 2);
    }
    if (!QFileInfo::exists(path)) return fail(QStringLiteral("%1: no such project file").arg(path));
    try {
        auto project = store::Project::openReadOnly(path.toStdString());
        store::Database& db = project->db();
        if (parser.isSet(user)) query.userIds = userIds(db, parser.values(user));
        if (parser.isSet(filterOptions.where) || parser.isSet(filterOptions.segment)) {
            // Conditions need the snapshot: the sessions with an event that satisfies them.
            const auto snapshot = analysis::Snapshot::build(db);
            filterOptions.applyConditions(parser, *snapshot, filter);
            query.sessionIds = sessionsWithEvents(
                *snapshot, analysis::buildEventMask(*snapshot, filter, analysis::loadSegments(db)));
        }
        std::vector<int64_t> ids;
        listSessionIds(db, query, 65536,
            [&](std::vector<int64_t>&& chunk, bool) { ids.insert(ids.end(), chunk.begin(), chunk.end()); });
        const auto begin = std::min<size_t>(size_t(first), ids.size());
        const auto end = count == 0 ? ids.size() : std::min<size_t>(ids.size(), begin + size_t(count));
        const auto rows = fetchSessions(
            db, std::vector<int64_t>(ids.begin() + std::ptrdiff_t(begin), ids.begin() + std::ptrdiff_t(end)));
        if (parser.isSet(jsonOption())) {
            QJsonArray list;
            for (const auto& r : rows)
                list.append(QJsonObject { { QStringLiteral("id"), qint64(r.id) },
                    { QStringLiteral("user"), fromStd(r.user) }, { QStringLiteral("start"), iso(r.startMs) },
                    { QStringLiteral("end"), iso(r.endMs) },
                    { QStringLiteral("duration_seconds"), double(r.endMs - r.startMs) / 1000.0 },
                    { QStringLiteral("events"), qint64(r.events) },
                    { QStringLiteral("segment"),
                        r.segment.empty() ? QJsonValue() : QJsonValue(fromStd(r.segment)) },
                    { QStringLiteral("label"), labelValue(r.label) },
                    { QStringLiteral("note"),
                        r.note.empty() ? QJsonValue() : QJsonValue(fromStd(r.note)) } });
            printJson(QJsonObject {
                { QStringLiteral("total"), qint64(ids.size()) }, { QStringLiteral("sessions"), list } });
            return 0;
        }
        std::printf("%zu sessions%s\n\n", ids.size(),
            rows.size() < ids.size() ? " (showing a page: --limit, --offset)" : "");
        std::printf(
            "%-9s %-24s %-24s %9s %7s %-9s %s\n", "id", "user", "start", "seconds", "events", "tag", "note");
        for (const auto& r : rows)
            std::printf("%-9lld %-24s %-24s %9.0f %7lld %-9s %s\n", static_cast<long long>(r.id),
                r.user.c_str(), formatIsoUtc(r.startMs).c_str(), double(r.endMs - r.startMs) / 1000.0,
                static_cast<long long>(r.events), labelWord(r.label), r.note.c_str());
        return 0;
    } catch (const std::exception& e) {
        return fail(fromStd(e.what()));
    }
}

int runTimeline(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("One session event by event: time since the start, event, journey stage and "
                       "properties, with the user's "
                       "support tickets and feedback from two days before to two days after."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("Project file (*.waymark)"));
    const QCommandLineOption session(
        QStringLiteral("session"), QStringLiteral("The session id (see sessions)."), QStringLiteral("ID"));
    parser.addOptions({ session, jsonOption() });
    parser.process(args);
    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("timeline needs exactly one PROJECT (see --help)"), 2);
    const QString path = parser.positionalArguments().front();
    int64_t id = 0;
    try {
        id = sessionOption(parser, session);
    } catch (const UsageError& e) {
        return fail(fromStd(e.what()), 2);
    }
    if (!QFileInfo::exists(path)) return fail(QStringLiteral("%1: no such project file").arg(path));
    try {
        auto project = store::Project::openReadOnly(path.toStdString());
        const auto snapshot = analysis::Snapshot::build(project->db());
        const Timeline t = loadTimeline(project->db(), *snapshot, id);
        if (parser.isSet(jsonOption())) {
            QJsonArray events;
            for (const auto& e : t.events) {
                QJsonValue props;
                if (!e.props.empty())
                    props = QJsonDocument::fromJson(QByteArray::fromStdString(e.props)).object();
                events.append(QJsonObject { { QStringLiteral("id"), qint64(e.rowId) },
                    { QStringLiteral("time"), iso(e.tsMs) },
                    { QStringLiteral("offset_seconds"), double(e.tsMs - t.startMs) / 1000.0 },
                    { QStringLiteral("event"), fromStd(e.name) },
                    { QStringLiteral("stage"),
                        e.stage.empty() ? QJsonValue() : QJsonValue(fromStd(e.stage)) },
                    { QStringLiteral("properties"), props } });
            }
            QJsonArray linked;
            for (const auto& r : t.linked) {
                if (r.kind == LinkedRecord::Kind::Ticket)
                    linked.append(QJsonObject { { QStringLiteral("kind"), QStringLiteral("ticket") },
                        { QStringLiteral("time"), iso(r.tsMs) },
                        { QStringLiteral("subject"), fromStd(r.subject) },
                        { QStringLiteral("status"), fromStd(r.status) },
                        { QStringLiteral("theme"),
                            r.theme.empty() ? QJsonValue() : QJsonValue(fromStd(r.theme)) } });
                else
                    linked.append(QJsonObject { { QStringLiteral("kind"), QStringLiteral("feedback") },
                        { QStringLiteral("time"), iso(r.tsMs) },
                        { QStringLiteral("type"), fromStd(r.feedbackKind) },
                        { QStringLiteral("score"), r.score ? QJsonValue(*r.score) : QJsonValue() },
                        { QStringLiteral("comment"), fromStd(r.comment) } });
            }
            printJson(QJsonObject { { QStringLiteral("session"), qint64(t.sessionId) },
                { QStringLiteral("user"), fromStd(t.user) }, { QStringLiteral("start"), iso(t.startMs) },
                { QStringLiteral("end"), iso(t.endMs) },
                { QStringLiteral("duration_seconds"), double(t.endMs - t.startMs) / 1000.0 },
                { QStringLiteral("events"), events }, { QStringLiteral("linked"), linked } });
            return 0;
        }
        std::printf("session %lld of %s, %s .. %s, %zu events\n\n", static_cast<long long>(t.sessionId),
            t.user.c_str(), formatIsoUtc(t.startMs).c_str(), formatIsoUtc(t.endMs).c_str(), t.events.size());
        for (const auto& e : t.events)
            std::printf("%+9.1fs  %-36s %-20s %s\n", double(e.tsMs - t.startMs) / 1000.0, e.name.c_str(),
                e.stage.c_str(), e.props.c_str());
        for (const auto& r : t.linked)
            std::printf("%s  %s: %s\n", formatIsoUtc(r.tsMs).c_str(),
                r.kind == LinkedRecord::Kind::Ticket ? "ticket" : r.feedbackKind.c_str(),
                r.kind == LinkedRecord::Kind::Ticket ? r.subject.c_str() : r.comment.c_str());
        return 0;
    } catch (const std::exception& e) {
        return fail(fromStd(e.what()));
    }
}

int runTag(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Tags a session positive, negative or neutral (or removes its tag with none), with an optional note: "
        "what researchers do with keys 1, 2 and 3 on the sessions page."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("Project file (*.waymark)"));
    const QCommandLineOption session(
        QStringLiteral("session"), QStringLiteral("The session id."), QStringLiteral("ID"));
    const QCommandLineOption label(QStringLiteral("label"),
        QStringLiteral("positive, negative, neutral or none."), QStringLiteral("TAG"));
    const QCommandLineOption note(
        QStringLiteral("note"), QStringLiteral("A note kept with the tag."), QStringLiteral("TEXT"));
    parser.addOptions({ session, label, note, jsonOption() });
    parser.process(args);
    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("tag needs exactly one PROJECT (see --help)"), 2);
    const QString path = parser.positionalArguments().front();
    int64_t id = 0;
    std::optional<int> value;
    try {
        id = sessionOption(parser, session);
        if (!parser.isSet(label)) throw UsageError("--label positive|negative|neutral|none is required");
        if (!parseLabelWord(parser.value(label).toStdString(), value))
            throw UsageError("--label must be positive, negative, neutral or none, not '"
                + parser.value(label).toStdString() + "'");
    } catch (const UsageError& e) {
        return fail(fromStd(e.what()), 2);
    }
    if (!QFileInfo::exists(path)) return fail(QStringLiteral("%1: no such project file").arg(path));
    try {
        auto project = store::Project::open(path.toStdString());
        store::Database& db = project->db();
        if (db.prepare("SELECT 1 FROM sessions WHERE id = ?").bind(1, id).step() == false)
            throw std::invalid_argument("no session " + std::to_string(id) + " in this project");
        const std::string text = value ? parser.value(note).toStdString() : std::string();
        writeLabel(db, id, value, text, QDateTime::currentMSecsSinceEpoch());
        if (parser.isSet(jsonOption()))
            printJson(QJsonObject { { QStringLiteral("session"), qint64(id) },
                { QStringLiteral("label"), labelValue(value) },
                { QStringLiteral("note"), text.empty() ? QJsonValue() : QJsonValue(fromStd(text)) } });
        else
            std::printf(
                "session %lld: %s\n", static_cast<long long>(id), value ? labelWord(value) : "no tag");
        return 0;
    } catch (const std::exception& e) {
        return fail(fromStd(e.what()));
    }
}

} // namespace waymark::cli
