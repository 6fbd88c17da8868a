// Release annotations as CSV: releases, incidents and campaigns to draw on the time axes, from a
// changelog, a deploy log or a hand-kept spreadsheet.
#include "parsers.h"
#include "records_util.h"
#include "sniff_util.h"

namespace waymark::ingest {

namespace {

const Candidates kTimeColumns = { "date", "timestamp", "released_at", "release_date", "deployed_at",
    "published_at", "shipped_at", "time", "datetime", "created_at", "start", "starts_at" };
const Candidates kTitleColumns = { "title", "name", "summary", "release", "release_name", "headline" };
const Candidates kVersionColumns = { "version", "tag", "release_version", "app_version" };
const Candidates kDescriptionColumns
    = { "description", "notes", "release_notes", "details", "body", "changelog", "changes" };
const Candidates kKindColumns = { "kind", "type", "category", "annotation_type" };
// Columns that belong to people or events: such a file is not an annotation list.
const Candidates kForeignColumns = { "user_id", "email", "distinct_id", "customer_id", "respondent_id",
    "account_id", "company_id", "event", "event_name", "event_type", "score", "nps", "rating", "subject",
    "conversation_id", "session_id", "requester_id", "mrr", "plan" };

} // namespace

int sniffAnnotations(std::string_view head, std::string_view fileName)
{
    const auto header = csvHeaderOf(head);
    if (header.empty() || findColumn(header, kTimeColumns) < 0 || findColumn(header, kForeignColumns) >= 0)
        return 0;
    const bool title = findColumn(header, kTitleColumns) >= 0;
    const bool version = findColumn(header, kVersionColumns) >= 0;
    if (!title && !version) return 0;
    const bool releaseWords = hasColumn(header, "released_at") || hasColumn(header, "release_date")
        || hasColumn(header, "deployed_at") || fileNameHas(fileName, "release")
        || fileNameHas(fileName, "annotation") || fileNameHas(fileName, "changelog")
        || fileNameHas(fileName, "deploy");
    const bool detail = findColumn(header, kDescriptionColumns) >= 0 || findColumn(header, kKindColumns) >= 0;
    if (releaseWords || (version && (title || detail))) return 55;
    return title && detail ? 45 : 0;
}

ParseResult parseAnnotations(InputStream& in, const ParseOptions& options, RowSink& sink)
{
    ParseContext ctx(in, options, sink);
    int time = -1, title = -1, version = -1, description = -1, kind = -1;
    auto setup = [&](RecordColumns& c) -> std::string {
        time = c.find("time", kTimeColumns);
        title = c.find("title", kTitleColumns);
        version = c.find("version", kVersionColumns);
        description = c.find("description", kDescriptionColumns);
        kind = c.find("kind", kKindColumns);
        if (time < 0) return "no date column found (looked for " + candidateList(kTimeColumns) + ")";
        if (title < 0 && version < 0)
            return "no title column found (looked for " + candidateList(kTitleColumns) + ", "
                + candidateList(kVersionColumns) + ")";
        return {};
    };
    std::string reason, kindText;
    auto row = [&](const std::vector<std::string_view>& f, int64_t line) {
        auto get = [&](int column) { return trimmed(RecordColumns::get(f, column)); };
        AnnotationRow a;
        a.line = line;
        if (!parseTime(get(time), ctx.options(), a.timeMs, reason, "date")) return ctx.reject(line, reason);
        a.version = get(version);
        a.title = get(title);
        if (a.title.empty()) a.title = a.version; // a deploy log names releases by version only
        if (a.title.empty()) return ctx.reject(line, "missing title");
        a.description = get(description);
        kindText = lowerCase(get(kind));
        a.kind = kindText.empty() ? std::string_view("release") : std::string_view(kindText);
        return ctx.sink().annotation(a) || ctx.cancelled();
    };
    return readRecordCsv(in, ctx, setup, row);
}

} // namespace waymark::ingest
