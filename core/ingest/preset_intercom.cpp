// Intercom conversations: REST API objects (single, NDJSON, arrays, {"conversations":[...]} pages)
// and the message-per-row CSV of third-party conversation exporters.
#include "parsers.h"
#include "props_builder.h"
#include "records_util.h"
#include "sniff_util.h"

#include <unordered_set>

namespace waymark::ingest {

namespace {

// Intercom has users, leads and contacts on the customer side and admins, teams and bots on ours.
std::string_view authorKind(std::string_view type)
{
    if (type == "user" || type == "lead" || type == "contact") return "user";
    if (type == "team") return "admin";
    return type;
}

struct JsonScratch {
    std::string id, created, updated, state, title, priority, rating, channel, userRef, email, tags, body,
        text;
    std::string partBody;
    PropsBuilder props;
};

// The customer of a conversation: the first contact, else the author of the opening message.
void customerOf(simdjson::dom::element c, TicketRow& row, JsonScratch& s)
{
    simdjson::dom::array contacts;
    if (c["contacts"]["contacts"].get(contacts) == simdjson::SUCCESS) {
        for (simdjson::dom::element contact : contacts) {
            row.userRef = jsonMember(contact, "external_id", s.userRef);
            if (row.userRef.empty()) row.userRef = jsonMember(contact, "id", s.userRef);
            row.email = jsonMember(contact, "email", s.email);
            break;
        }
    }
    std::string scratch;
    if (authorKind(jsonAt(c, { "source", "author", "type" }, scratch)) != "user") return;
    if (row.userRef.empty()) row.userRef = jsonAt(c, { "source", "author", "id" }, s.userRef);
    if (row.email.empty()) row.email = jsonAt(c, { "source", "author", "email" }, s.email);
}

bool jsonConversation(simdjson::dom::element c, int64_t line, ParseContext& ctx, JsonScratch& s)
{
    TicketRow row;
    row.line = line;
    row.externalId = jsonMember(c, "id", s.id);
    if (row.externalId.empty()) return ctx.reject(line, "conversation has no id");
    std::string reason;
    if (!parseTime(
            jsonMember(c, "created_at", s.created), ctx.options(), row.createdMs, reason, "created_at"))
        return ctx.reject(line, "conversation " + std::string(row.externalId) + ": " + reason);
    if (!parseTime(jsonMember(c, "updated_at", s.updated), ctx.options(), row.updatedMs, reason))
        row.updatedMs = 0;
    row.status = jsonMember(c, "state", s.state);
    row.priority = jsonMember(c, "priority", s.priority);
    row.subject = jsonMember(c, "title", s.title);
    std::string scratch;
    if (row.subject.empty()) {
        s.title = htmlToText(jsonAt(c, { "source", "subject" }, scratch));
        row.subject = s.title;
    }
    s.body = htmlToText(jsonAt(c, { "source", "body" }, scratch));
    row.body = s.body;
    row.channel = jsonAt(c, { "source", "type" }, s.channel);
    row.satisfaction = jsonAt(c, { "conversation_rating", "rating" }, s.rating);
    customerOf(c, row, s);

    s.tags.clear();
    simdjson::dom::array tags;
    if (c["tags"]["tags"].get(tags) == simdjson::SUCCESS) {
        for (simdjson::dom::element tag : tags) {
            const std::string_view name = jsonMember(tag, "name", scratch);
            if (name.empty()) continue;
            if (!s.tags.empty()) s.tags.push_back(',');
            s.tags.append(name);
        }
    }
    row.tags = s.tags;

    s.props.clear();
    for (const char* key : { "admin_assignee_id", "team_assignee_id" }) {
        simdjson::dom::element v;
        if (c[key].get(v) == simdjson::SUCCESS && !v.is_null()) s.props.addRaw(key, simdjson::minify(v));
    }
    const std::string_view deliveredAs = jsonAt(c, { "source", "delivered_as" }, scratch);
    if (!deliveredAs.empty()) s.props.addString("delivered_as", deliveredAs);
    const std::string_view remark = jsonAt(c, { "conversation_rating", "remark" }, scratch);
    if (!remark.empty()) s.props.addString("rating_remark", remark);
    simdjson::dom::object custom;
    if (c["custom_attributes"].get(custom) == simdjson::SUCCESS)
        for (auto [key, value] : custom)
            if (!value.is_null()) s.props.addRaw(key, simdjson::minify(value));
    row.propsJson = s.props.finish();
    if (!ctx.sink().ticket(row)) return ctx.cancelled();

    // The opening message, then every part that says something (assignments and state changes
    // carry no body and are not messages).
    TicketMessageRow message;
    message.ticketExternalId = row.externalId;
    message.line = line;
    if (!row.body.empty()) {
        message.timeMs = row.createdMs;
        message.authorType = authorKind(jsonAt(c, { "source", "author", "type" }, scratch));
        message.body = row.body;
        if (!ctx.sink().ticketMessage(message)) return ctx.cancelled();
    }
    simdjson::dom::array parts;
    if (c["conversation_parts"]["conversation_parts"].get(parts) != simdjson::SUCCESS) return true;
    std::string author, time;
    for (simdjson::dom::element part : parts) {
        s.partBody = htmlToText(jsonMember(part, "body", scratch));
        if (s.partBody.empty()) continue;
        message.body = s.partBody;
        message.authorType = authorKind(jsonAt(part, { "author", "type" }, author));
        if (!parseTime(jsonMember(part, "created_at", time), ctx.options(), message.timeMs, reason))
            message.timeMs = row.createdMs;
        if (!ctx.sink().ticketMessage(message)) return ctx.cancelled();
    }
    return true;
}

ParseResult parseJson(InputStream& in, ParseContext& ctx)
{
    JsonScratch scratch;
    return readRecordJson(in, ctx, { "conversations", "data" },
        [&](simdjson::dom::element rec, int64_t line) { return jsonConversation(rec, line, ctx, scratch); });
}

const Candidates kConversationColumns = { "conversation_id" };
const Candidates kMessageTimeColumns = { "message_created_at", "created_at" };

ParseResult parseCsv(InputStream& in, ParseContext& ctx)
{
    int conversation = -1, messageTime = -1, body = -1, authorType = -1, authorEmail = -1, authorUser = -1;
    int authorId = -1, messageType = -1, tags = -1, state = -1, created = -1, updated = -1, subject = -1,
        rating = -1;
    std::vector<int> ticketProps; // conversation-level columns nobody claimed
    const std::vector<std::string>* names = nullptr;
    auto setup = [&](RecordColumns& c) -> std::string {
        conversation = c.find("conversation", kConversationColumns);
        messageTime = c.find("time", kMessageTimeColumns);
        if (conversation < 0)
            return "no conversation id column found (looked for " + candidateList(kConversationColumns) + ")";
        if (messageTime < 0)
            return "no message time column found (looked for " + candidateList(kMessageTimeColumns) + ")";
        body = c.find("body", { "message_body", "body" });
        authorType = c.find("author_type", { "message_author_type", "author_type" });
        authorEmail = c.find("email", { "message_author_email", "author_email", "user_email" });
        authorUser = c.find("user", { "message_author_user_id", "user_id", "external_id" });
        authorId = c.find("author_id", { "message_author_id" });
        messageType = c.find("message_type", { "message_type", "part_type" });
        tags = c.find("tags", { "conversation_tags", "tags" });
        state = c.find("status", { "conversation_state", "state" });
        created = c.find("created", { "conversation_created_at" });
        updated = c.find("updated", { "conversation_updated_at" });
        subject = c.find("subject", { "conversation_title", "conversation_subject", "title", "subject" });
        rating = c.find("satisfaction", { "conversation_rating", "rating" });
        names = &c.names();
        for (size_t i = 0; i < c.size(); ++i)
            if (!c.used(i) && c.normalised()[i].rfind("message_", 0) != 0)
                ticketProps.push_back(static_cast<int>(i));
        return {};
    };
    std::unordered_set<std::string> seen;
    PropsBuilder props;
    std::string tagText, reason;
    auto row = [&](const std::vector<std::string_view>& f, int64_t line) {
        auto get = [&](int column) { return trimmed(RecordColumns::get(f, column)); };
        const std::string_view id = get(conversation);
        if (id.empty()) return ctx.reject(line, "missing conversation id");
        const std::string_view kind = authorKind(get(authorType));
        if (!seen.count(std::string(id))) {
            TicketRow t;
            t.line = line;
            t.externalId = id;
            if (!parseTime(get(created), ctx.options(), t.createdMs, reason, "conversation_created_at")
                && !parseTime(get(messageTime), ctx.options(), t.createdMs, reason, "message_created_at"))
                return ctx.reject(line, "conversation " + std::string(id) + ": " + reason);
            if (!parseTime(get(updated), ctx.options(), t.updatedMs, reason)) t.updatedMs = 0;
            t.status = get(state);
            t.subject = get(subject);
            t.satisfaction = get(rating);
            if (get(messageType) == "conversation_message")
                t.body = trimmed(RecordColumns::get(f, body)); // the opening message
            t.tags = normaliseTags(get(tags), tagText);
            if (kind == "user") {
                t.userRef = get(authorUser);
                if (t.userRef.empty()) t.userRef = get(authorId);
                t.email = get(authorEmail);
            }
            props.clear();
            for (int column : ticketProps)
                props.addText((*names)[static_cast<size_t>(column)], f[static_cast<size_t>(column)]);
            t.propsJson = props.finish();
            seen.emplace(id);
            if (!ctx.sink().ticket(t)) return ctx.cancelled();
        }
        TicketMessageRow m;
        m.line = line;
        m.ticketExternalId = id;
        m.authorType = kind;
        m.body = trimmed(RecordColumns::get(f, body));
        if (!parseTime(get(messageTime), ctx.options(), m.timeMs, reason, "message_created_at"))
            return ctx.reject(line, reason);
        if (m.body.empty()) return true; // open, close, assignment: a state change, not a message
        return ctx.sink().ticketMessage(m) || ctx.cancelled();
    };
    return readRecordCsv(in, ctx, setup, row);
}

} // namespace

int sniffIntercom(std::string_view head, std::string_view fileName)
{
    if (looksLikeJson(head)) {
        const int keys = countJsonKeys(head,
            { "conversation_parts", "conversation_rating", "admin_assignee_id", "team_assignee_id",
                "waiting_since", "snoozed_until", "conversations" });
        if (keys >= 2) return 60;
        return keys == 1 && jsonHasKey(head, "source") ? 50 : 0;
    }
    const auto header = csvHeaderOf(head);
    if (header.empty() || !hasColumn(header, "conversation_id")) return 0;
    return countColumns(header, { "message_id", "message_body", "message_created_at", "message_author_type" })
            >= 2
        ? 55
        : 0;
}

ParseResult parseIntercom(InputStream& in, const ParseOptions& options, RowSink& sink)
{
    ParseContext ctx(in, options, sink);
    try {
        return inputIsJson(in) ? parseJson(in, ctx) : parseCsv(in, ctx);
    } catch (const std::exception& e) {
        return ctx.fail(e.what());
    }
}

} // namespace waymark::ingest
