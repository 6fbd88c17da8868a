// Zendesk tickets: API pages ({"tickets":[...]}, incremental export and search pages), NDJSON or
// arrays of ticket objects, and the CSV export of the ticket views.
#include "parsers.h"
#include "props_builder.h"
#include "records_util.h"
#include "sniff_util.h"

#include <unordered_map>

namespace waymark::ingest {

namespace {

const Candidates kIdColumns = { "id", "ticket_id" };
const Candidates kCreatedColumns = { "created_at", "created", "date_created", "created_date" };
const Candidates kRequesterColumns
    = { "requester_id", "requester_external_id", "requester_email", "requester" };

// "offered" and "unoffered" say a survey was (not) sent; only "good" and "bad" are ratings. The CSV
// export capitalises them ("Good"), the API does not.
std::string_view satisfactionOf(std::string_view score, std::string& out)
{
    out = lowerCase(trimmed(score));
    if (out == "offered" || out == "unoffered" || out == "not offered") out.clear();
    return out;
}

// A requester as a page sideloads it (?include=users) or a ticket embeds it.
struct Requester {
    std::string email, externalId;
};

struct JsonScratch {
    std::unordered_map<std::string, Requester> requesters; // of the current page, by Zendesk user id
    std::string id, requester, external, email, created, updated, channel, satisfaction, text, body, status,
        priority, scratch;
    std::string tags;
    PropsBuilder props;
};

bool jsonTicket(simdjson::dom::element t, int64_t line, ParseContext& ctx, JsonScratch& s)
{
    TicketRow row;
    row.line = line;
    row.externalId = jsonMember(t, "id", s.id);
    if (row.externalId.empty()) return ctx.reject(line, "ticket has no id");
    std::string reason;
    if (!parseTime(
            jsonMember(t, "created_at", s.created), ctx.options(), row.createdMs, reason, "created_at"))
        return ctx.reject(line, "ticket " + std::string(row.externalId) + ": " + reason);
    if (!parseTime(
            jsonMember(t, "updated_at", s.updated), ctx.options(), row.updatedMs, reason, "updated_at"))
        row.updatedMs = 0;
    row.subject = jsonMember(t, "subject", s.text);
    if (row.subject.empty()) row.subject = jsonMember(t, "raw_subject", s.text);
    row.body = jsonMember(t, "description", s.body);
    row.status = jsonMember(t, "status", s.status);
    row.priority = jsonMember(t, "priority", s.priority);
    std::string& scratch = s.scratch;

    // The requester's own external id is the app's user id when the API sideloads it, which is what
    // joins tickets to events; Zendesk's numeric requester_id is the fallback.
    const std::string_view requesterId = jsonMember(t, "requester_id", s.requester);
    std::string_view external = jsonAt(t, { "requester", "external_id" }, s.external);
    row.email = jsonAt(t, { "requester", "email" }, s.email);
    if (row.email.empty()) row.email = jsonMember(t, "requester_email", s.email);
    if (auto it = s.requesters.find(std::string(requesterId)); it != s.requesters.end()) {
        if (external.empty()) external = it->second.externalId;
        if (row.email.empty()) row.email = it->second.email;
    }
    row.userRef = external.empty() ? requesterId : external;
    row.channel = jsonAt(t, { "via", "channel" }, s.channel);
    row.satisfaction = satisfactionOf(jsonAt(t, { "satisfaction_rating", "score" }, scratch), s.satisfaction);

    s.tags.clear();
    simdjson::dom::array tags;
    if (t["tags"].get(tags) == simdjson::SUCCESS) {
        for (simdjson::dom::element tag : tags) {
            const std::string_view name = jsonString(tag, scratch);
            if (name.empty()) continue;
            if (!s.tags.empty()) s.tags.push_back(',');
            s.tags.append(name);
        }
    }
    row.tags = s.tags;

    s.props.clear();
    for (const char* key : { "type", "submitter_id", "assignee_id", "organization_id", "group_id", "brand_id",
             "external_id", "problem_id", "due_at" }) {
        simdjson::dom::element v;
        if (t[key].get(v) == simdjson::SUCCESS && !v.is_null()) s.props.addRaw(key, simdjson::minify(v));
    }
    if (!external.empty()) {
        simdjson::dom::element v;
        if (t["requester_id"].get(v) == simdjson::SUCCESS && !v.is_null())
            s.props.addRaw("requester_id", simdjson::minify(v));
    }
    const std::string_view comment = jsonAt(t, { "satisfaction_rating", "comment" }, scratch);
    if (!comment.empty()) s.props.addString("satisfaction_comment", comment);
    simdjson::dom::array fields;
    if (t["custom_fields"].get(fields) == simdjson::SUCCESS) {
        for (simdjson::dom::element field : fields) {
            simdjson::dom::element value;
            if (field["value"].get(value) != simdjson::SUCCESS || value.is_null()) continue;
            s.props.addRaw(
                "custom_field_" + std::string(jsonMember(field, "id", scratch)), simdjson::minify(value));
        }
    }
    row.propsJson = s.props.finish();
    return ctx.sink().ticket(row) || ctx.cancelled();
}

ParseResult parseJson(InputStream& in, ParseContext& ctx)
{
    JsonScratch scratch;
    return readRecordJson(
        in, ctx, { "tickets", "results" },
        [&](simdjson::dom::element rec, int64_t line) {
            // A single ticket as GET /tickets/{id} returns it.
            simdjson::dom::element inner;
            if (rec["ticket"].get(inner) == simdjson::SUCCESS && inner.is_object()) rec = inner;
            // Search pages mix users and organisations in with the tickets.
            std::string type;
            if (const std::string_view kind = jsonMember(rec, "result_type", type);
                !kind.empty() && kind != "ticket")
                return ctx.reject(line, "not a ticket (result_type '" + std::string(kind) + "')");
            return jsonTicket(rec, line, ctx, scratch);
        },
        [&](simdjson::dom::element page) {
            scratch.requesters.clear();
            simdjson::dom::array users;
            if (page["users"].get(users) != simdjson::SUCCESS) return;
            std::string id, email, external;
            for (simdjson::dom::element user : users) {
                Requester r;
                r.email = jsonMember(user, "email", email);
                r.externalId = jsonMember(user, "external_id", external);
                scratch.requesters.emplace(std::string(jsonMember(user, "id", id)), std::move(r));
            }
        });
}

ParseResult parseCsv(InputStream& in, ParseContext& ctx)
{
    int id = -1, created = -1, updated = -1, subject = -1, body = -1, status = -1, priority = -1;
    int external = -1, requester = -1, email = -1, tags = -1, channel = -1, satisfaction = -1;
    const RecordColumns* columns = nullptr;
    auto setup = [&](RecordColumns& c) -> std::string {
        columns = &c;
        id = c.find("id", kIdColumns);
        created = c.find("time", kCreatedColumns);
        if (id < 0) return "no ticket id column found (looked for " + candidateList(kIdColumns) + ")";
        if (created < 0)
            return "no creation time column found (looked for " + candidateList(kCreatedColumns) + ")";
        updated = c.find("updated", { "updated_at", "updated", "last_updated_at" });
        subject = c.find("subject", { "subject", "title", "raw_subject" });
        body = c.find("description", { "description", "body", "comment" });
        status = c.find("status", { "status", "state" });
        priority = c.find("priority", { "priority" });
        external = c.find("user_external", { "requester_external_id" });
        requester = c.find("user", { "requester_id", "user_id" });
        email = c.find("email", { "requester_email", "email" });
        tags = c.find("tags", { "tags" });
        channel = c.find("channel", { "via", "channel", "via_channel", "source" });
        satisfaction
            = c.find("satisfaction", { "satisfaction", "satisfaction_score", "satisfaction_rating" });
        return {};
    };
    PropsBuilder props;
    std::string tagText, satisfactionText, reason;
    auto row = [&](const std::vector<std::string_view>& f, int64_t line) {
        auto get = [&](int column) { return trimmed(RecordColumns::get(f, column)); };
        TicketRow t;
        t.line = line;
        t.externalId = get(id);
        if (t.externalId.empty()) return ctx.reject(line, "missing ticket id");
        if (!parseTime(get(created), ctx.options(), t.createdMs, reason, "created_at"))
            return ctx.reject(line, reason);
        if (!parseTime(get(updated), ctx.options(), t.updatedMs, reason)) t.updatedMs = 0;
        t.subject = get(subject);
        t.body = RecordColumns::get(f, body);
        t.status = get(status);
        t.priority = get(priority);
        t.userRef = get(external);
        props.clear();
        if (t.userRef.empty())
            t.userRef = get(requester);
        else if (requester >= 0)
            props.addText(columns->names()[static_cast<size_t>(requester)], get(requester));
        t.email = get(email);
        t.tags = normaliseTags(get(tags), tagText);
        t.channel = get(channel);
        t.satisfaction = satisfactionOf(get(satisfaction), satisfactionText);
        columns->addOthers(props, f);
        t.propsJson = props.finish();
        return ctx.sink().ticket(t) || ctx.cancelled();
    };
    return readRecordCsv(in, ctx, setup, row);
}

} // namespace

int sniffZendesk(std::string_view head, std::string_view fileName)
{
    if (looksLikeJson(head)) {
        const int keys = countJsonKeys(head,
            { "requester_id", "submitter_id", "assignee_id", "raw_subject", "satisfaction_rating", "via",
                "has_incidents", "ticket_form_id", "brand_id", "collaborator_ids" });
        if (keys >= 3) return jsonHasKey(head, "tickets") || jsonHasKey(head, "ticket") ? 60 : 55;
        return 0;
    }
    const auto header = csvHeaderOf(head);
    if (header.empty() || findColumn(header, kIdColumns) < 0 || findColumn(header, kCreatedColumns) < 0
        || findColumn(header, kRequesterColumns) < 0 || !hasColumn(header, "subject"))
        return 0;
    return countColumns(header, { "via", "satisfaction_score", "ticket_type", "assignee", "group", "status" })
                > 0
            || fileNameHas(fileName, "zendesk")
        ? 55
        : 45;
}

ParseResult parseZendesk(InputStream& in, const ParseOptions& options, RowSink& sink)
{
    ParseContext ctx(in, options, sink);
    try {
        return inputIsJson(in) ? parseJson(in, ctx) : parseCsv(in, ctx);
    } catch (const std::exception& e) {
        return ctx.fail(e.what());
    }
}

} // namespace waymark::ingest
